package jp.infracareer.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.infracareer.kernel.Lang;

/**
 * The blind-written, hand-labelled answers of interview/judged-answers.yml, and the bands the scorer must
 * meet on them. Labels come in three grades (good and unconventional answers above fair ones above every
 * kind of failing answer), which the pairwise ordering check compares within each question.
 */
final class JudgedAnswers {
    static final String FILE = "interview/judged-answers.yml";
    /** A second set, written later; measured blind in an earlier wave, tuning data since (its header says more). */
    static final String HELDOUT2 = "interview/judged-answers-heldout2.yml";
    /** A third held-out set, by a writer who saw nothing of the scorer; only ever measured. */
    static final String HELDOUT3 = "interview/judged-answers-heldout3.yml";
    /** A fifth set, held out like the third, by a writer who saw nothing of the scorer; only ever measured. */
    static final String HELDOUT5 = "interview/judged-answers-heldout5.yml";
    /** A sixth, written like the fifth on 2026-12-02 (130 answers, all 39 questions); only ever measured. */
    static final String HELDOUT6 = "interview/judged-answers-heldout6.yml";
    /** A seventh, written like the sixth on 2026-12-02 (session 4; 130 answers); only ever measured. */
    static final String HELDOUT7 = "interview/judged-answers-heldout7.yml";
    /** An eighth, written blind in session 5 (2026-12-02, evening; 130 answers, all 39 questions); only ever measured. */
    static final String HELDOUT8 = "interview/judged-answers-heldout8.yml";
    /** A ninth, written blind in session 6 (2026-12-03; 64 answers weighted to wrong answers and wrong judgement); only ever measured. */
    static final String HELDOUT9 = "interview/judged-answers-heldout9.yml";
    /** A tenth, written blind in session 6 (2026-12-03; 78 answers, two to each question); only ever measured. */
    static final String HELDOUT10 = "interview/judged-answers-heldout10.yml";
    /**
     * An eleventh, written blind in session 7 (2026-12-03; 60 answers to twelve situational questions, weighted to
     * wrong judgement) after the judgement model was built; only ever measured.
     */
    static final String HELDOUT11 = "interview/judged-answers-heldout11.yml";
    /** A twelfth, written blind in session 8 (2026-12-03; 54 answers to technical questions, 18 wrong); only ever measured. */
    static final String HELDOUT12 = "interview/judged-answers-heldout12.yml";
    /** A thirteenth, written blind in session 8 (2026-12-03; 54 answers to situational questions, 18 wrong judgement); only ever measured. */
    static final String HELDOUT13 = "interview/judged-answers-heldout13.yml";
    /** A fourteenth, written blind at the end of session 8 (2026-12-03; 72 answers, every label); only ever measured. */
    static final String HELDOUT14 = "interview/judged-answers-heldout14.yml";
    /** A fifteenth, written blind at the start of session 9 (2026-12-03; 60 answers, every label); only ever measured. */
    static final String HELDOUT15 = "interview/judged-answers-heldout15.yml";
    /** A sixteenth, written blind late in session 9 (2026-12-03; 66 answers, every label), after its changes; only ever measured. */
    static final String HELDOUT16 = "interview/judged-answers-heldout16.yml";
    /** A seventeenth, written blind at the end of session 9 (2026-12-03; 66 answers, every label); only ever measured. */
    static final String HELDOUT17 = "interview/judged-answers-heldout17.yml";
    /** An eighteenth, written like the seventeenth at the start of session 10 (60 answers); only ever measured. */
    static final String HELDOUT18 = "interview/judged-answers-heldout18.yml";
    /** A nineteenth, written like the eighteenth later in session 10 (60 answers); only ever measured. */
    static final String HELDOUT19 = "interview/judged-answers-heldout19.yml";
    /** A twentieth, written like the nineteenth at the end of session 10 (60 answers); only ever measured. */
    static final String HELDOUT20 = "interview/judged-answers-heldout20.yml";
    /** A twenty-first, written like the twentieth at the very end of session 10 (60 answers); only ever measured. */
    static final String HELDOUT21 = "interview/judged-answers-heldout21.yml";
    /** The twenty-second, written blind at the start of session 11 over every label; only ever measured. */
    static final String HELDOUT22 = "interview/judged-answers-heldout22.yml";
    /** The twenty-third, written blind in session 11 over every label, two answers or more per question; only ever measured. */
    static final String HELDOUT23 = "interview/judged-answers-heldout23.yml";
    /** The twenty-fourth, written blind in session 11 over every label, two answers or more per question; only ever measured. */
    static final String HELDOUT24 = "interview/judged-answers-heldout24.yml";
    /** The twenty-fifth, written blind near the end of session 11 over every label; only ever measured. */
    static final String HELDOUT25 = "interview/judged-answers-heldout25.yml";
    /** A twenty-sixth, written blind early in session 12 by one writer over every label (60 answers). */
    static final String HELDOUT26 = "interview/judged-answers-heldout26.yml";
    /** A twenty-seventh, written blind in session 12 after its rules, by one writer over every label (60 answers). */
    static final String HELDOUT27 = "interview/judged-answers-heldout27.yml";
    /** A twenty-eighth, written blind at the start of session 13 by one writer over every label (60 answers). */
    static final String HELDOUT28 = "interview/judged-answers-heldout28.yml";
    /** A twenty-ninth, written blind in session 13 after its first round, three answers to each question (66 answers). */
    static final String HELDOUT29 = "interview/judged-answers-heldout29.yml";
    /** A thirtieth, written blind in session 13 after its second round, three answers to each of 22 questions (66 answers). */
    static final String HELDOUT30 = "interview/judged-answers-heldout30.yml";
    /** A thirty-first, written blind at the end of session 13, three answers to each of 22 questions (66 answers). */
    static final String HELDOUT31 = "interview/judged-answers-heldout31.yml";
    static final String HELDOUT32 = "interview/judged-answers-heldout32.yml";
    static final String HELDOUT33 = "interview/judged-answers-heldout33.yml";
    /** A thirty-fourth, written blind at the start of session 15: right practices and facts said the other way round. */
    static final String HELDOUT34 = "interview/judged-answers-heldout34.yml";
    /** A thirty-fifth, written blind at session 17 from the question texts alone, every label, ja and en. */
    static final String HELDOUT35 = "interview/judged-answers-heldout35.yml";
    /** The thirty-sixth, written blind in session 22 with the forty-third tuning set (every third answer of its three writers). */
    static final String HELDOUT36 = "interview/judged-answers-heldout36.yml";
    /** The thirty-seventh, written blind in session 23 with the forty-fourth tuning set (every third answer of its three writers). */
    static final String HELDOUT37 = "interview/judged-answers-heldout37.yml";
    /** The thirty-eighth, written blind in session 24 with the forty-fifth tuning set (every third answer of its three writers). */
    static final String HELDOUT38 = "interview/judged-answers-heldout38.yml";
    /** The thirty-ninth, written blind later in session 24 with the forty-sixth tuning set (every third answer of its three writers). */
    static final String HELDOUT39 = "interview/judged-answers-heldout39.yml";
    static final String HELDOUT40 = "interview/judged-answers-heldout40.yml";
    static final String HELDOUT41 = "interview/judged-answers-heldout41.yml";
    static final String HELDOUT42 = "interview/judged-answers-heldout42.yml";
    static final String HELDOUT43 = "interview/judged-answers-heldout43.yml";
    static final String HELDOUT44 = "interview/judged-answers-heldout44.yml";
    static final String HELDOUT45 = "interview/judged-answers-heldout45.yml";
    static final String HELDOUT46 = "interview/judged-answers-heldout46.yml";
    static final String HELDOUT47 = "interview/judged-answers-heldout47.yml";
    static final String HELDOUT48 = "interview/judged-answers-heldout48.yml";
    static final String HELDOUT49 = "interview/judged-answers-heldout49.yml";
    static final String HELDOUT50 = "interview/judged-answers-heldout50.yml";
    /** The fifty-first and fifty-second, written blind in session 36 with the sixty-first and sixty-second tuning sets. */
    static final String HELDOUT51 = "interview/judged-answers-heldout51.yml";
    static final String HELDOUT52 = "interview/judged-answers-heldout52.yml";
    /** The fifty-third and fifty-fourth, written blind later in session 36 with the sixty-third and sixty-fourth tuning sets. */
    static final String HELDOUT53 = "interview/judged-answers-heldout53.yml";
    static final String HELDOUT54 = "interview/judged-answers-heldout54.yml";
    /** The fifty-fifth to fifty-eighth, written blind in session 37 with the sixty-fifth to sixty-eighth tuning sets. */
    static final String HELDOUT55 = "interview/judged-answers-heldout55.yml";
    static final String HELDOUT56 = "interview/judged-answers-heldout56.yml";
    static final String HELDOUT57 = "interview/judged-answers-heldout57.yml";
    static final String HELDOUT58 = "interview/judged-answers-heldout58.yml";
    /** The fifty-ninth and sixtieth, written blind later in session 37 with the sixty-ninth and seventieth tuning sets. */
    static final String HELDOUT59 = "interview/judged-answers-heldout59.yml";
    static final String HELDOUT60 = "interview/judged-answers-heldout60.yml";
    /** The sixty-first and sixty-second, written blind at the end of session 37 with the seventy-first and -second tuning sets. */
    static final String HELDOUT61 = "interview/judged-answers-heldout61.yml";
    static final String HELDOUT62 = "interview/judged-answers-heldout62.yml";
    /** The sixty-third to sixty-sixth, written blind in session 38 with the seventy-third to -sixth tuning sets. */
    static final String HELDOUT63 = "interview/judged-answers-heldout63.yml";
    static final String HELDOUT64 = "interview/judged-answers-heldout64.yml";
    static final String HELDOUT65 = "interview/judged-answers-heldout65.yml";
    static final String HELDOUT66 = "interview/judged-answers-heldout66.yml";
    /** The sixty-seventh to seventieth, written blind in session 39 with the seventy-seventh to eightieth tuning sets. */
    static final String HELDOUT67 = "interview/judged-answers-heldout67.yml";
    static final String HELDOUT68 = "interview/judged-answers-heldout68.yml";
    static final String HELDOUT69 = "interview/judged-answers-heldout69.yml";
    static final String HELDOUT70 = "interview/judged-answers-heldout70.yml";
    /** The seventy-first to -fourth, written blind later in session 39 with the eighty-first to -fourth tuning sets. */
    static final String HELDOUT71 = "interview/judged-answers-heldout71.yml";
    static final String HELDOUT72 = "interview/judged-answers-heldout72.yml";
    static final String HELDOUT73 = "interview/judged-answers-heldout73.yml";
    static final String HELDOUT74 = "interview/judged-answers-heldout74.yml";
    static final String HELDOUT75 = "interview/judged-answers-heldout75.yml";
    static final String HELDOUT76 = "interview/judged-answers-heldout76.yml";
    static final String HELDOUT77 = "interview/judged-answers-heldout77.yml";
    static final String HELDOUT78 = "interview/judged-answers-heldout78.yml";
    static final String HELDOUT79 = "interview/judged-answers-heldout79.yml";
    static final String HELDOUT80 = "interview/judged-answers-heldout80.yml";
    static final String HELDOUT81 = "interview/judged-answers-heldout81.yml";
    static final String HELDOUT82 = "interview/judged-answers-heldout82.yml";
    static final String HELDOUT83 = "interview/judged-answers-heldout83.yml";
    static final String HELDOUT84 = "interview/judged-answers-heldout84.yml";
    static final String HELDOUT85 = "interview/judged-answers-heldout85.yml";
    static final String HELDOUT86 = "interview/judged-answers-heldout86.yml";
    static final String HELDOUT87 = "interview/judged-answers-heldout87.yml";
    static final String HELDOUT88 = "interview/judged-answers-heldout88.yml";
    static final String HELDOUT89 = "interview/judged-answers-heldout89.yml";
    static final String HELDOUT90 = "interview/judged-answers-heldout90.yml";
    static final String HELDOUT91 = "interview/judged-answers-heldout91.yml";
    static final String HELDOUT92 = "interview/judged-answers-heldout92.yml";
    static final String HELDOUT93 = "interview/judged-answers-heldout93.yml";
    static final String HELDOUT94 = "interview/judged-answers-heldout94.yml";
    static final String HELDOUT95 = "interview/judged-answers-heldout95.yml";
    static final String HELDOUT96 = "interview/judged-answers-heldout96.yml";
    static final String HELDOUT97 = "interview/judged-answers-heldout97.yml";
    static final String HELDOUT98 = "interview/judged-answers-heldout98.yml";
    static final String HELDOUT99 = "interview/judged-answers-heldout99.yml";
    static final String HELDOUT100 = "interview/judged-answers-heldout100.yml";
    static final String HELDOUT101 = "interview/judged-answers-heldout101.yml";
    static final String HELDOUT102 = "interview/judged-answers-heldout102.yml";
    static final String HELDOUT103 = "interview/judged-answers-heldout103.yml";
    static final String HELDOUT104 = "interview/judged-answers-heldout104.yml";
    static final String HELDOUT105 = "interview/judged-answers-heldout105.yml";
    static final String HELDOUT106 = "interview/judged-answers-heldout106.yml";
    static final String HELDOUT107 = "interview/judged-answers-heldout107.yml";
    static final String HELDOUT108 = "interview/judged-answers-heldout108.yml";
    static final String HELDOUT109 = "interview/judged-answers-heldout109.yml";
    static final String HELDOUT110 = "interview/judged-answers-heldout110.yml";
    /** A fourth set, by another writer who saw nothing of the scorer; tuning data after its first (blind) run. */
    static final String TUNING4 = "interview/judged-answers-tuning4.yml";
    /** An eighth set, by a writer who saw nothing of the scorer, weighted to the hard kinds; tuning data after its blind run. */
    static final String TUNING8 = "interview/judged-answers-tuning8.yml";
    /** A ninth, written like the eighth in a later session and weighted to wrong and unconventional answers; tuning data after its blind run. */
    static final String TUNING9 = "interview/judged-answers-tuning9.yml";
    /** A tenth, written like the ninth later the same session; tuning data after its blind run. */
    static final String TUNING10 = "interview/judged-answers-tuning10.yml";
    /** An eleventh, written like the tenth in session 5 (2026-12-02, evening); tuning data after its blind run. */
    static final String TUNING11 = "interview/judged-answers-tuning11.yml";
    /** A twelfth, written the same evening by two writers from one brief split by question; tuning data after its blind run. */
    static final String TUNING12 = "interview/judged-answers-tuning12.yml";
    /** A thirteenth, written in session 6 by two writers (technical; situational), weighted to wrong answers and wrong judgement. */
    static final String TUNING13 = "interview/judged-answers-tuning13.yml";
    /** A fourteenth, written like the thirteenth the same session, over the situational and the other questions. */
    static final String TUNING14 = "interview/judged-answers-tuning14.yml";
    /** A fifteenth, written the same session over the technical and situational questions. */
    static final String TUNING15 = "interview/judged-answers-tuning15.yml";
    /** A sixteenth, written the same session over twelve situational and understanding questions, weighted to wrong judgement. */
    static final String TUNING16 = "interview/judged-answers-tuning16.yml";
    /** A seventeenth, written blind in session 8 by two writers (situational; technical); tuning data after its blind run. */
    static final String TUNING17A = "interview/judged-answers-tuning17a.yml";
    static final String TUNING17B = "interview/judged-answers-tuning17b.yml";
    /** An eighteenth, written blind in session 8 by three writers (situational: mostly ja; mostly en; fine answers that take risky-looking steps rightly). */
    static final String TUNING18A = "interview/judged-answers-tuning18a.yml";
    static final String TUNING18B = "interview/judged-answers-tuning18b.yml";
    static final String TUNING18C = "interview/judged-answers-tuning18c.yml";
    /** A nineteenth, written blind in session 9 by two writers (situational and motivation, weighted to unconventional; technical, weighted to wrong and poor). */
    static final String TUNING19A = "interview/judged-answers-tuning19a.yml";
    static final String TUNING19B = "interview/judged-answers-tuning19b.yml";
    /** A twentieth, written blind late in session 9 by two writers (poor and fair that length does not tell apart; situational, wrong judgement in calm words). */
    static final String TUNING20A = "interview/judged-answers-tuning20a.yml";
    static final String TUNING20B = "interview/judged-answers-tuning20b.yml";
    /** A twenty-first, written blind at the end of session 9 by two writers (every kind, length apart from quality; situational). */
    static final String TUNING21A = "interview/judged-answers-tuning21a.yml";
    static final String TUNING21B = "interview/judged-answers-tuning21b.yml";
    static final String TUNING22A = "interview/judged-answers-tuning22a.yml";
    static final String TUNING22B = "interview/judged-answers-tuning22b.yml";
    static final String TUNING23A = "interview/judged-answers-tuning23a.yml";
    static final String TUNING23B = "interview/judged-answers-tuning23b.yml";
    static final String TUNING24A = "interview/judged-answers-tuning24a.yml";
    static final String TUNING24B = "interview/judged-answers-tuning24b.yml";
    static final String TUNING25A = "interview/judged-answers-tuning25a.yml";
    static final String TUNING25B = "interview/judged-answers-tuning25b.yml";
    static final String TUNING26A = "interview/judged-answers-tuning26a.yml";
    static final String TUNING26B = "interview/judged-answers-tuning26b.yml";
    static final String TUNING27A = "interview/judged-answers-tuning27a.yml";
    static final String TUNING27B = "interview/judged-answers-tuning27b.yml";
    static final String TUNING28A = "interview/judged-answers-tuning28a.yml";
    /** A twenty-ninth, written blind in session 12 by two writers (technical: confident mistakes; unusual forms). */
    static final String TUNING29A = "interview/judged-answers-tuning29a.yml";
    static final String TUNING29B = "interview/judged-answers-tuning29b.yml";
    /** A thirtieth, written blind in session 12 after its rules (technical mistakes in everyday words; fair as long as good). */
    static final String TUNING30A = "interview/judged-answers-tuning30a.yml";
    static final String TUNING30B = "interview/judged-answers-tuning30b.yml";
    /** A thirty-first, written blind at the start of session 13 (a: good against fair, fair as long as good; b: confident mistakes). */
    static final String TUNING31A = "interview/judged-answers-tuning31a.yml";
    static final String TUNING31B = "interview/judged-answers-tuning31b.yml";
    /** A thirty-second, written blind in session 13 after its first round (a: unusual forms against fair ones; b: mistakes in passing). */
    static final String TUNING32A = "interview/judged-answers-tuning32a.yml";
    static final String TUNING32B = "interview/judged-answers-tuning32b.yml";
    /** A thirty-third, written blind in session 13 after its second round (situational and motivation questions). */
    static final String TUNING33 = "interview/judged-answers-tuning33.yml";
    /** A thirty-fourth, written blind at the end of session 13 (technical questions, mistakes of new kinds). */
    static final String TUNING34 = "interview/judged-answers-tuning34.yml";
    static final String TUNING35 = "interview/judged-answers-tuning35.yml";
    static final String TUNING36 = "interview/judged-answers-tuning36.yml";
    /** A thirty-seventh, written blind at the start of session 15 like the thirty-fourth held-out set. */
    static final String TUNING37 = "interview/judged-answers-tuning37.yml";
    /** A thirty-eighth, written blind at the start of session 18: wrong facts and wrong judgement in the writer's words. */
    static final String TUNING38 = "interview/judged-answers-tuning38.yml";
    /** A thirty-ninth, written blind in session 18 after its first round: factual errors on the technical questions. */
    static final String TUNING39 = "interview/judged-answers-tuning39.yml";
    /** A fortieth, written blind at the start of session 19: one slip each about where something belongs or works. */
    static final String TUNING40 = "interview/judged-answers-tuning40.yml";
    /** A forty-first, in two halves, written blind in session 19 after the fortieth's rules: one slip each of any kind. */
    static final String TUNING41A = "interview/judged-answers-tuning41a.yml";
    static final String TUNING41B = "interview/judged-answers-tuning41b.yml";
    static final String TUNING42A = "interview/judged-answers-tuning42a.yml";
    static final String TUNING42B = "interview/judged-answers-tuning42b.yml";
    /** A forty-third, written blind at the start of session 22: one technical or factual slip each, in new wordings. */
    static final String TUNING43 = "interview/judged-answers-tuning43.yml";
    static final String TUNING44 = "interview/judged-answers-tuning44.yml";
    /** A forty-fifth, written blind at the start of session 24: slips in answers to any question, and unusual forms. */
    static final String TUNING45 = "interview/judged-answers-tuning45.yml";
    /** A forty-sixth, written blind later in session 24: slips in technical and in other questions, unusual forms. */
    static final String TUNING46 = "interview/judged-answers-tuning46.yml";
    static final String TUNING48 = "interview/judged-answers-tuning48.yml";
    static final String TUNING49 = "interview/judged-answers-tuning49.yml";
    static final String TUNING50 = "interview/judged-answers-tuning50.yml";
    static final String TUNING53 = "interview/judged-answers-tuning53.yml";
    /** A fifty-fourth, written blind in session 33: technically wrong answers, each a different error, to eight questions. */
    static final String TUNING54 = "interview/judged-answers-tuning54.yml";
    /** A fifty-fifth, written blind in session 34: the same, to eight questions whose wrong answers are still missed most. */
    static final String TUNING55 = "interview/judged-answers-tuning55.yml";
    /** A fifty-sixth, the same again (session 34), to eight more questions, among them certifications and working time. */
    static final String TUNING56 = "interview/judged-answers-tuning56.yml";
    /** A fifty-seventh, written blind in session 35: eight questions whose wrong answers are still missed most (cloud, night work, stages, DNS). */
    static final String TUNING57 = "interview/judged-answers-tuning57.yml";
    /** A fifty-eighth, the same (session 35), to eight network, IAM, home-lab and slow-server questions. */
    static final String TUNING58 = "interview/judged-answers-tuning58.yml";
    /** A fifty-ninth and a sixtieth, written blind late in session 35, to sixteen more questions (Linux, OSI, the cloud, career, DNS, subnets, VLANs, shifts, mistakes). */
    static final String TUNING59 = "interview/judged-answers-tuning59.yml";
    static final String TUNING60 = "interview/judged-answers-tuning60.yml";
    /** A sixty-first and a sixty-second, written blind in session 36, to the sixteen questions whose wrong answers the held-out sets miss most. */
    static final String TUNING61 = "interview/judged-answers-tuning61.yml";
    static final String TUNING62 = "interview/judged-answers-tuning62.yml";
    /** A sixty-third and a sixty-fourth, written blind later in session 36, to the sixteen questions the held-out sets miss most after it. */
    static final String TUNING63 = "interview/judged-answers-tuning63.yml";
    static final String TUNING64 = "interview/judged-answers-tuning64.yml";
    /** The sixty-fifth to sixty-eighth, written blind in session 37 to the thirty-two questions the held-out sets miss most. */
    static final String TUNING65 = "interview/judged-answers-tuning65.yml";
    static final String TUNING66 = "interview/judged-answers-tuning66.yml";
    static final String TUNING67 = "interview/judged-answers-tuning67.yml";
    static final String TUNING68 = "interview/judged-answers-tuning68.yml";
    /** The sixty-ninth and seventieth, written blind later in session 37 to the sixteen questions the held-out sets miss most. */
    static final String TUNING69 = "interview/judged-answers-tuning69.yml";
    static final String TUNING70 = "interview/judged-answers-tuning70.yml";
    /** The seventy-first and -second, written blind at the end of session 37 to sixteen questions not in sets 69-70. */
    static final String TUNING71 = "interview/judged-answers-tuning71.yml";
    static final String TUNING72 = "interview/judged-answers-tuning72.yml";
    /** The seventy-third to -sixth, written blind in session 38 to the questions the held-out sets miss most. */
    static final String TUNING73 = "interview/judged-answers-tuning73.yml";
    static final String TUNING74 = "interview/judged-answers-tuning74.yml";
    static final String TUNING75 = "interview/judged-answers-tuning75.yml";
    static final String TUNING76 = "interview/judged-answers-tuning76.yml";
    /** The seventy-seventh to eightieth, written blind in session 39 to the questions the held-out sets miss most. */
    static final String TUNING77 = "interview/judged-answers-tuning77.yml";
    static final String TUNING78 = "interview/judged-answers-tuning78.yml";
    static final String TUNING79 = "interview/judged-answers-tuning79.yml";
    static final String TUNING80 = "interview/judged-answers-tuning80.yml";
    /** The eighty-first to -fourth, written blind later in session 39 to the questions the held-out sets miss most. */
    static final String TUNING81 = "interview/judged-answers-tuning81.yml";
    static final String TUNING82 = "interview/judged-answers-tuning82.yml";
    static final String TUNING83 = "interview/judged-answers-tuning83.yml";
    static final String TUNING84 = "interview/judged-answers-tuning84.yml";
    static final String TUNING85 = "interview/judged-answers-tuning85.yml";
    static final String TUNING86 = "interview/judged-answers-tuning86.yml";
    static final String TUNING87 = "interview/judged-answers-tuning87.yml";
    static final String TUNING88 = "interview/judged-answers-tuning88.yml";
    static final String TUNING89 = "interview/judged-answers-tuning89.yml";
    static final String TUNING90 = "interview/judged-answers-tuning90.yml";
    static final String TUNING91 = "interview/judged-answers-tuning91.yml";
    static final String TUNING92 = "interview/judged-answers-tuning92.yml";
    static final String TUNING93 = "interview/judged-answers-tuning93.yml";
    static final String TUNING94 = "interview/judged-answers-tuning94.yml";
    static final String TUNING95 = "interview/judged-answers-tuning95.yml";
    static final String TUNING96 = "interview/judged-answers-tuning96.yml";
    static final String TUNING97 = "interview/judged-answers-tuning97.yml";
    static final String TUNING98 = "interview/judged-answers-tuning98.yml";
    static final String TUNING99 = "interview/judged-answers-tuning99.yml";
    static final String TUNING100 = "interview/judged-answers-tuning100.yml";
    static final String TUNING101 = "interview/judged-answers-tuning101.yml";
    static final String TUNING102 = "interview/judged-answers-tuning102.yml";
    static final String TUNING103 = "interview/judged-answers-tuning103.yml";
    static final String TUNING104 = "interview/judged-answers-tuning104.yml";
    static final String TUNING105 = "interview/judged-answers-tuning105.yml";
    static final String TUNING106 = "interview/judged-answers-tuning106.yml";
    static final String TUNING107 = "interview/judged-answers-tuning107.yml";
    static final String TUNING108 = "interview/judged-answers-tuning108.yml";
    static final String TUNING109 = "interview/judged-answers-tuning109.yml";
    static final String TUNING110 = "interview/judged-answers-tuning110.yml";
    static final String TUNING111 = "interview/judged-answers-tuning111.yml";
    static final String TUNING112 = "interview/judged-answers-tuning112.yml";
    static final String TUNING113 = "interview/judged-answers-tuning113.yml";
    static final String TUNING114 = "interview/judged-answers-tuning114.yml";
    static final String TUNING115 = "interview/judged-answers-tuning115.yml";
    static final String TUNING116 = "interview/judged-answers-tuning116.yml";
    static final String TUNING117 = "interview/judged-answers-tuning117.yml";
    static final String TUNING118 = "interview/judged-answers-tuning118.yml";
    static final String TUNING119 = "interview/judged-answers-tuning119.yml";
    static final String TUNING120 = "interview/judged-answers-tuning120.yml";

    record Answer(String id, String question, Lang lang, String label, boolean holdout, String misconception,
            String answers, String text) {
        int grade() {
            return switch (label) {
                case "good", "unconventional" -> 3;
                case "fair" -> 2;
                default -> 1;
            };
        }
    }

    /** What the scorer made of one answer: its score, and what it said was wrong with it. */
    record Judged(Answer answer, int score, List<String> misconceptions, String relevance, String looksLike) {}

    /** Band per label: the highest (or lowest) score allowed. */
    static final Map<String, Predicate<Judged>> BANDS = Map.of(
            "stuffed", j -> j.score() <= 30,
            "off-topic", j -> j.score() <= 30,
            "other-question", j -> j.score() <= 30,
            "wrong", j -> j.score() <= 40 && !j.misconceptions().isEmpty(),
            "bad-judgement", j -> j.score() <= 40 && !j.misconceptions().isEmpty(),
            "unconventional", j -> j.score() >= 70,
            "good", j -> j.score() >= 75,
            "poor", j -> j.score() <= 15);

    /** The scorer's feedback on one labelled answer, in its own language. */
    static Feedback feedback(jp.infracareer.content.KnowledgeBase kb, Answer a) {
        var c = kb.catalog(a.lang());
        return AnswerAnalyzer.analyze(c, c.question(a.question()).orElseThrow(), a.text());
    }

    private JudgedAnswers() {}

    static List<Answer> load() {
        return load(FILE);
    }

    static List<Answer> load(String file) {
        List<Answer> answers = new ArrayList<>();
        for (JsonNode a : read(file).path("answers")) {
            answers.add(new Answer(a.path("id").asText(), a.path("question").asText(),
                    Lang.parse(a.path("lang").asText()).orElseThrow(), a.path("label").asText(),
                    "holdout".equals(a.path("set").asText()), a.path("misconception").asText(""),
                    a.path("answers").asText(""), a.path("text").asText()));
        }
        return answers;
    }

    /**
     * The figures a set is held to, written in its file ({@code blind_floor}: per label answers in band, and
     * {@code pairs}, as "in/of"): its first, blind run. Empty for a set that has none.
     */
    static Map<String, Double> blindFloor(String file) {
        Map<String, Double> floor = new java.util.TreeMap<>();
        JsonNode set = read(file);
        // the blind run's figures, then any lowered on purpose ("floor", with the reason written beside it in the file)
        for (String key : List.of("blind_floor", "floor")) {
            set.path(key).fields().forEachRemaining(e -> {
                String[] share = e.getValue().asText().split("/");
                floor.put(e.getKey(), Double.parseDouble(share[0]) / Double.parseDouble(share[1]));
            });
        }
        return floor;
    }

    private static JsonNode read(String file) {
        try (InputStream in = JudgedAnswers.class.getClassLoader().getResourceAsStream(file)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Share of answers of each label within its band, and the pairwise ordering, as one readable report. */
    record Figures(Map<String, double[]> bandsByLabel, int pairs, int orderedPairs, Map<String, Double> meanByLabel) {
        double pairwise() {
            return pairs == 0 ? 1.0 : (double) orderedPairs / pairs;
        }

        String report(String title) {
            StringBuilder out = new StringBuilder(title).append('\n');
            bandsByLabel.forEach((label, r) -> out.append(String.format(Locale.ROOT, "  %-15s %3.0f%% in band (%d of %d)%n",
                    label, 100 * r[0] / r[1], (int) r[0], (int) r[1])));
            out.append("  mean score:");
            meanByLabel.forEach((label, mean) -> out.append(String.format(Locale.ROOT, " %s %.1f", label, mean)));
            out.append('\n');
            out.append(String.format(Locale.ROOT, "  pairwise order  %5.1f%% (%d of %d pairs)%n", 100 * pairwise(),
                    orderedPairs, pairs));
            return out.toString();
        }
    }

    static Figures figures(List<Judged> judged) {
        Map<String, double[]> bands = new java.util.TreeMap<>();
        for (Judged j : judged) {
            Predicate<Judged> band = BANDS.get(j.answer().label());
            if (band != null) {
                double[] r = bands.computeIfAbsent(j.answer().label(), k -> new double[2]);
                r[0] += band.test(j) ? 1 : 0;
                r[1] += 1;
            }
        }
        int pairs = 0;
        int ordered = 0;
        Map<String, List<Judged>> byQuestion = judged.stream().collect(Collectors.groupingBy(j -> j.answer().question()));
        for (List<Judged> group : byQuestion.values()) {
            for (Judged a : group) {
                for (Judged b : group) {
                    if (a.answer().grade() > b.answer().grade()) {
                        pairs++;
                        ordered += a.score() > b.score() ? 1 : 0;
                    }
                }
            }
        }
        Map<String, Double> means = new java.util.TreeMap<>(judged.stream().collect(
                Collectors.groupingBy(j -> j.answer().label(), Collectors.averagingInt(Judged::score))));
        return new Figures(bands, pairs, ordered, means);
    }
}
