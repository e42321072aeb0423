package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Specific questions answered with the passage that answers them, general ones with the page, end to end
 * through the engine, on questions labelled before retrieval existed (recognition/passage-questions.tsv).
 * The "holdout" third was never used to choose thresholds, synonyms or generic words. Figures and misses go
 * to target/passage-retrieval.txt.
 */
class PassageRetrievalTest {
    record Row(String file, String split, String lang, List<String> expected, String text, String got) {
        boolean right() {
            return expected.stream().anyMatch(e -> e.equals(got) || (e.endsWith("#answer")
                    && got.equals("page:" + e.substring(0, e.length() - "#answer".length()))));
        }
    }

    /** The first set (written before retrieval existed) and a second, written blind later; see their headers. */
    static final String FIRST = "recognition/passage-questions.tsv";
    static final String SECOND = "recognition/passage-questions-2.tsv";
    static final String THIRD = "recognition/passage-questions-3.tsv";
    private static final List<Row> ROWS = new ArrayList<>();
    private static Advisor advisor;

    @BeforeAll
    static void answerEveryQuestion() throws IOException {
        advisor = new Advisor(KnowledgeBase.load(), new CaffeineConversationStore(10_000, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
        int i = 0;
        for (String file : List.of(FIRST, SECOND, THIRD)) {
            String tsv;
            try (InputStream in = PassageRetrievalTest.class.getClassLoader().getResourceAsStream(file)) {
                tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : tsv.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Reply r = advisor.command(new UserKey("T", "P" + i++), f[3]).replies().get(0);
                Object passage = r.data().get("passage");
                String got = passage != null ? passage.toString() : "page:" + r.topic();
                ROWS.add(new Row(file, f[0], f[1], Arrays.asList(f[2].split("\\|")), f[3], got));
            }
        }
        StringBuilder report = new StringBuilder();
        for (String file : List.of(FIRST, SECOND, THIRD)) {
            report.append(file).append('\n');
            for (String split : List.of("tune", "holdout")) {
                List<Row> rows = rows(file, split);
                report.append(String.format(Locale.ROOT, "  %s: %.1f%% of %d (passages expected: %.1f%% of %d; pages: %.1f%% of %d)%n",
                        split, 100 * share(rows), rows.size(), 100 * share(passages(rows, true)), passages(rows, true).size(),
                        100 * share(passages(rows, false)), passages(rows, false).size()));
            }
        }
        // only the tuning questions' misses are listed: reading the held-out ones would be tuning on them
        ROWS.stream().filter(r -> !r.right() && r.split().equals("tune")).forEach(r -> report.append("  ").append(r.file())
                .append(' ').append(String.join("|", r.expected())).append(" -> ").append(r.got()).append(" | ").append(r.text()).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/passage-retrieval.txt"), report.toString());
    }

    private static List<Row> rows(String file, String split) {
        return ROWS.stream().filter(r -> r.file().equals(file) && r.split().equals(split)).toList();
    }

    private static List<Row> passages(List<Row> rows, boolean passage) {
        return rows.stream().filter(r -> r.expected().get(0).startsWith("page:") != passage).toList();
    }

    private static double share(List<Row> rows) {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(Row::right).count() / rows.size();
    }

    // blind, before tuning: 42.9% (tune) and 52.4% (held out); after: 73.8% and 76.2%; with the question's form
    // and the defined terms (2026-12-02): 76.2% and 76.2%; with the questions each passage answers (asked.yml,
    // 2026-12-04): 88.1% and 90.5%
    @Test
    void theQuestionsUsedForTuningGetTheirPassageOrPage() {
        assertThat(share(rows(FIRST, "tune")))
                .as("see target/passage-retrieval.txt").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void heldOutQuestionsGetTheirPassageOrPage() {
        assertThat(share(rows(FIRST, "holdout")))
                .as("see target/passage-retrieval.txt").isGreaterThanOrEqualTo(0.85);
    }

    // the second set, blind on 2026-12-02 (build e7b1914): 42.5% (tune) and 50.0% (held out). After tuning on its
    // tuning part only (the question's form: a verdict or a choice gets the short answer, a definition question
    // the passage that defines the term; a section of the chosen page at 25% of the words instead of 30%; a few
    // intents): 50.0% and 52.5% held out. With asked.yml (2026-12-04): 68.8% and 72.5%
    @Test
    void theSecondBlindSetDoesNotGetWorse() {
        assertThat(share(rows(SECOND, "tune"))).as("see target/passage-retrieval.txt").isGreaterThanOrEqualTo(0.66);
        assertThat(share(rows(SECOND, "holdout"))).as("see target/passage-retrieval.txt").isGreaterThanOrEqualTo(0.70);
    }

    // the third set, written blind on 2026-12-04 (150 questions, 12 of them outside what the guide covers), run
    // first on 6acbd54: 40.0% (tune) and 38.0% (held out). With asked.yml and the subjects not covered: 63.0% and
    // 62.0%. Still a gap; the floors keep it from getting worse
    @Test
    void theThirdBlindSetDoesNotGetWorse() {
        assertThat(share(rows(THIRD, "tune"))).as("see target/passage-retrieval.txt").isGreaterThanOrEqualTo(0.58);
        assertThat(share(rows(THIRD, "holdout"))).as("see target/passage-retrieval.txt").isGreaterThanOrEqualTo(0.58);
    }

    private static Reply ask(String question) {
        return advisor.command(new UserKey("T", "trial-" + question.hashCode()), question).replies().get(0);
    }

    // questions from a newcomer trial that got a section which did not answer them
    @Test
    void aVerdictOrAChoiceGetsThePagesShortAnswer() {
        assertThat(ask("SESってやめたほうがいいって聞くんですが本当ですか？").data())
                .containsEntry("guide", "ses").containsEntry("detail", "short");
        // not the excerpt on legal age limits that says older applicants fail more often
        assertThat(ask("45歳女性、事務職20年です。さすがに厳しいですか").data())
                .containsEntry("guide", "age").containsEntry("detail", "short");
        assertThat(ask("Is joining an SES company a bad idea for someone with no experience?").data())
                .containsEntry("guide", "ses").containsEntry("detail", "short");
        assertThat(ask("CCNAとLPICどっちから？").data())
                .containsEntry("guide", "certifications").containsEntry("detail", "short");
    }

    @Test
    void aDefinitionQuestionGetsTheDefinition() {
        Reply ja = ask("オンコールってなんですか");
        assertThat(ja.data()).containsEntry("passage", "guide/night-shift#s6");
        assertThat(ja.toString()).contains("オンコールとは");
        assertThat(ask("What is on-call?").data()).containsEntry("passage", "guide/night-shift#s6");
        // the bullet that defines the term, not the section that only lists it among questions to ask
        assertThat(ask("SESの還元率ってなに？").data()).containsEntry("passage", "guide/ses#s1");
    }

    // a newcomer trial: "1年目" shares 年 and 目 with the section on years 3 and 5, which BM25 ranked first
    @Test
    void firstYearPayGetsTheFirstYearFiguresNotTheLaterYears() {
        for (String q : List.of("未経験1年目の年収ってどれくらい？", "1年目の給料は？", "How much will I earn in my first year?")) {
            Reply r = ask(q);
            assertThat(r.topic()).as(q).isEqualTo("guide/salary");
            // the short answer opens with the first year's range; the section on it is as good
            assertThat(r.data().get("passage")).as(q).isIn(null, "guide/salary#s0");
        }
    }

    // newcomer trial 4: a how-to question the model guessed at 0.24 to be a wish to practise started a drill, and the
    // user's next question was scored as an answer (0 points)
    @Test
    void aQuestionAboutInterviewsDoesNotStartOneOnAGuess() {
        UserKey user = new UserKey("T", "drill-guess");
        Reply first = advisor.command(user, "面接では志望動機をどのように話せば").replies().get(0);
        assertThat(first.topic()).isNotEqualTo("interview");
        Reply next = advisor.command(user, "逆質問では何を聞けばいいですか").replies().get(0);
        assertThat(next.topic()).isEqualTo("guide/reverse-questions");
        // asked for in words, the practice still starts
        assertThat(ask("面接の練習がしたい").topic()).isEqualTo("interview");
    }

    // newcomer trial 4: 「AとBの違い」 between two stages got the overview's section on on-premises and cloud, which
    // shares only the word 違い
    @Test
    void aComparisonOfTwoStagesGetsASectionAboutBothOrTheOverview() {
        for (String q : List.of("要件定義と設計の違いは？", "監視と運用の違いって何ですか", "What's the difference between operations and maintenance?")) {
            Reply r = ask(q);
            assertThat(r.topic()).as(q).isEqualTo("stages");
            assertThat(r.data().get("passage")).as(q).isNotEqualTo("stages#onprem_vs_cloud");
        }
        assertThat(ask("運用と保守ってなにが違うの").data()).containsEntry("passage", "stages#downstream");
    }

    @Test
    void aShortPayQuestionInEnglishGetsThePayGuide() {
        assertThat(ask("How much do beginners earn?").topic()).isEqualTo("guide/salary");
    }

    @Test
    void generalQuestionsStillGetTheWholePage() {
        assertThat(passages(ROWS.stream().filter(r -> r.file().equals(FIRST)).toList(), false)).isNotEmpty().allMatch(Row::right);
    }
}
