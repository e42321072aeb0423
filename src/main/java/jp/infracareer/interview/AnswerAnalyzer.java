package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.FeedbackRules;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.Rubric;
import jp.infracareer.content.Scoring;
import jp.infracareer.interview.Feedback.Finding;
import jp.infracareer.interview.Feedback.Flag;
import jp.infracareer.interview.Feedback.Length;
import jp.infracareer.interview.Feedback.Point;
import jp.infracareer.interview.Feedback.Relevance;
import jp.infracareer.interview.Feedback.Status;
import jp.infracareer.interview.Feedback.Verdict;
import jp.infracareer.kernel.Texts;
import jp.infracareer.recognition.JapaneseWords;

/**
 * Judges one answer to one question against that question's rubric (content/{ja,en}/rubrics.yml): does it
 * address this question at all (or another question in the bank), does it explain in sentences or only
 * list terms, does it state something wrong, which of the question's points it makes, and which structure
 * points of this question it meets, each quoted from the answer where it really is. Numbers come from
 * content/scoring.yml. Pure: same input, same result.
 */
public final class AnswerAnalyzer {
    static final String CONCLUSION = "conclusion";
    static final String RESULT = "result";
    static final String REASON = "reason";
    static final String EPISODE = "episode";
    static final String LINK = "link";
    static final String LEARNING = "learning";

    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]|[一二三四五六七八九十百千]+(?=[人件台年か月ヶカ時間分割倍回店日名])"
            + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred|dozen)\\b");
    private static final int QUOTE_MAX = 80;
    static final String SELF_INTRO = "self-intro";
    static final String STRENGTHS = "strengths-weaknesses";
    static final String SHIFTS = "shifts";

    private AnswerAnalyzer() {}

    /**
     * {@code feedback} on a Japanese answer, with what its English sentences say wrong read against the English rubric
     * ({@code english}): 「…。NAT changes the private IP address into the MAC address.」 was scored 100 by a nineteenth
     * newcomer trial, since the Japanese readings do not read English. A finding there holds the score at the cap for a
     * mistake, as one in Japanese would; nothing else of the English reading is used.
     */
    public static Feedback withEnglishSentences(Feedback feedback, Catalog catalog, Catalog english, InterviewQuestion question,
            String answer) {
        String sentences = englishSentences(answer == null ? "" : answer);
        Optional<InterviewQuestion> inEnglish = english.question(question.id());
        if (sentences.isEmpty() || inEnglish.isEmpty()) {
            return feedback;
        }
        List<Finding> found = analyze(english, inEnglish.get(), sentences).misconceptions();
        if (found.isEmpty()) {
            return feedback;
        }
        Set<String> told = new java.util.HashSet<>(feedback.misconceptions().stream().map(Finding::id).toList());
        // told in the reply's language where the same reading exists in it (most do: the ids are the same in both files)
        Map<String, String> ownCorrection = new HashMap<>();
        catalog.rubric(question.id()).ifPresent(r -> r.misconceptions().forEach(m -> ownCorrection.putIfAbsent(m.id(), m.correction())));
        List<Finding> added = found.stream().filter(f -> told.add(f.id()))
                .map(f -> new Finding(f.id(), f.quote(), ownCorrection.getOrDefault(f.id(), f.correction()))).toList();
        if (added.isEmpty()) {
            return feedback;
        }
        List<Finding> all = new ArrayList<>(feedback.misconceptions());
        all.addAll(added);
        Feedback capped = new Feedback(Math.min(feedback.score(), catalog.scoring().cap("misconception")), feedback.relevance(),
                feedback.looksLike(), feedback.about(), feedback.stuffed(), feedback.points(), feedback.length(),
                feedback.covered(), feedback.uncovered(), all, feedback.weakMotives(), "");
        return capped.withNextStep(NextStep.choose(catalog, question, capped));
    }

    /** The sentences of a mostly Japanese answer that are written in English (four words or more), joined. */
    static String englishSentences(String answer) {
        StringBuilder out = new StringBuilder();
        for (String sentence : SENTENCE_END.split(answer)) {
            String s = sentence.strip();
            long latin = s.chars().filter(ch -> ch < 0x80 && Character.isLetter(ch)).count();
            long letters = s.chars().filter(Character::isLetter).count();
            if (letters > 0 && latin * 10 >= letters * 9 && s.split("\\s+").length >= 4) {
                out.append(out.length() == 0 ? "" : " ").append(s).append(s.matches(".*[.!?]$") ? "" : ".");
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[。．！？!?])|(?<=\\.)\\s+|\\n+");

    public static Feedback analyze(Catalog catalog, InterviewQuestion question, String answer) {
        FeedbackRules rules = catalog.feedback();
        Scoring scoring = catalog.scoring();
        Rubric rubric = catalog.rubric(question.id()).orElseThrow(
                () -> new IllegalStateException("no rubric for question " + question.id()));
        // read against the whole bank's phrasings at once: every question's points are looked for (bestOther)
        AnswerText text = new AnswerText(answer == null ? "" : answer, catalog.lang(), PhraseTable.of(catalog));
        FeedbackRules.Length band = rules.lengthFor(question.category());
        Length length = length(text.whole(), band);

        List<Integer> ownHits = conceptHits(text, rubric);
        int hits = (int) ownHits.stream().filter(i -> i >= 0).count();

        // every check reads the answer; a sentence one check corrected is not corrected again by the next, so an
        // answer is told of each wrong sentence without the same sentence coming back in other words
        Set<Integer> faulty = new java.util.HashSet<>();
        List<Finding> misconceptions = new ArrayList<>(mistakes(text, catalog, question, rubric, ownHits, faulty, true));
        if (length.verdict() != Verdict.TOO_SHORT && soundCourseOverrules(misconceptions, text, catalog, question, rubric)) {
            // a phrase read out of its context ("I restarted it", as the runbook said and after the lead agreed)
            faulty.clear();
            misconceptions.clear();
            misconceptions.addAll(mistakes(text, catalog, question, rubric, ownHits, faulty, false));
        }
        // a point is made only by a sentence that says it right: the sentence corrected above is not also praised
        // for the point it got wrong (a swapped NAT/DHCP definition makes neither point)
        List<Integer> rightHits = faulty.isEmpty() ? ownHits : question.category().equals("technical")
                ? madeOnlyRight(text, rubric, faulty, ownHits, misconceptions, catalog) : conceptHits(text.without(faulty), rubric);
        List<String> covered = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (int i = 0; i < rubric.concepts().size(); i++) {
            (rightHits.get(i) >= 0 ? covered : uncovered).add(rubric.concepts().get(i).label());
        }
        double ownShare = Math.min(1.0, (double) covered.size() / Math.max(1, rubric.need()));
        List<Flag> flags = weakMotives(text, rules, rubric, faulty);

        // relevance: the question this answer fits best, and whether it is about the job at all
        Relevance relevance = Relevance.ON_TOPIC;
        String looksLike = "";
        String about = "";
        boolean reverse = question.isReverse();
        // the other question whose points this answer makes most: read only for the branches below that ask for it (a
        // reverse question, or an answer making few of its own points), as it reads every rubric of the bank
        Optional<Other> other = reverse || hits <= scoring.threshold("other_question_own_max_hits")
                ? bestOther(text, catalog, rubric) : Optional.empty();
        Optional<QuestionModel.Closest> closest;
        QuestionWords asked = new QuestionWords(question.question(), text.english());
        if (reverse && asksBack(text, rules)) {
            // a question put to the interviewer answers "do you have any questions?", whatever it is about
        } else if (reverse && length.verdict() != Verdict.TOO_SHORT && other.isPresent()
                && other.get().share() >= scoring.threshold("other_question_min_share")) {
            relevance = Relevance.OTHER_QUESTION;
            looksLike = other.get().question();
        } else if (question.id().equals(SELF_INTRO) && introducesSelf(text, rules)) {
            // naming oneself is a self-introduction, however much of it is about why infrastructure
        } else if (!question.id().equals(SELF_INTRO) && text.size() > 0
                && (text.has(0, rules.markers("introduces")) || !reverse && closesAnIntroduction(text, rules))
                && hits <= scoring.threshold("other_question_own_max_hits")
                && !takesUp(text, asked, (int) scoring.threshold("question_echo_min"))) {
            // an answer that opens by giving one's name, or closes as one (「…よろしくお願いします」), is a self-introduction,
            // whatever question was asked
            relevance = Relevance.OTHER_QUESTION;
            looksLike = SELF_INTRO;
        } else if (!reverse && text.size() > 0 && scoring.thresholdIn("strength_opening_is_other_question", question.id()) > 0
                && text.has(0, rules.markers("states_strength"))
                && hits <= scoring.threshold("other_question_own_max_hits")
                && !takesUp(text, asked, (int) scoring.threshold("question_echo_min"))
                && catalog.question(STRENGTHS).isPresent()) {
            // an answer that opens by stating one's strength answers the strengths question, whatever was asked (a
            // seventeenth trial's, given to the night-shift question, scored 31 as on topic)
            relevance = Relevance.OTHER_QUESTION;
            looksLike = STRENGTHS;
        } else if (hits <= scoring.threshold("other_question_own_max_hits") && other.isPresent()
                && !takesUp(text, asked, (int) scoring.threshold("question_echo_min"))
                && other.get().share() >= scoring.threshold("other_question_min_share")
                && other.get().hits() - hits >= scoring.threshold("other_question_lead")
                && !closesOnThisQuestion(text, rules, rubric, asked)
                // the points say another question; what people wrote to each of the two must agree
                && PhraseTable.of(catalog).questions().leansTo(text, question.id(), other.get().question())
                        >= scoring.threshold("other_question_model_min")) {
            relevance = Relevance.OTHER_QUESTION;
            looksLike = other.get().question();
        } else if ((closest = PhraseTable.of(catalog).questions().closestOther(text, question.id())
                .filter(c -> c.leansTo() >= scoring.threshold("other_question_model_alone_min"))).isPresent()) {
            // whatever points the rules found, it reads like what people wrote to another question, far beyond any
            // answer written to this one
            relevance = Relevance.OTHER_QUESTION;
            looksLike = closest.get().question();
        } else if (length.verdict() != Verdict.TOO_SHORT && misconceptions.isEmpty()
                && (hits == 0 || strayPoint(text, question, rubric, hits, scoring) || unanchored(text, question, rubric, hits, scoring))
                && !toldOfTheSituation(text, question, rubric, catalog, rules)
                && !closesByNamingTheQuestion(text, rules, asked, (int) scoring.threshold("question_echo_min"))) {
            // an answer that states something wrong about the question's subject is about it, whatever it misses;
            // so is the story of a situation like the one asked about, whatever it does in it (judged below), and one
            // whose last sentence says it is the answer in the question's own words (「それが転職の理由です」)
            relevance = Relevance.OFF_TOPIC;
            about = topicWords(text, vocabulary(catalog), Set.copyOf(rules.markers("not_topic")));
        }

        AnswerShape shape = AnswerShape.of(text, rules.markers("courtesy"));
        AnswerShape.Thresholds shapeThresholds = new AnswerShape.Thresholds(scoring.threshold("explaining_share_floor"),
                scoring.threshold("explaining_share_min"), scoring.threshold("term_run_share_min"),
                scoring.threshold(text.english() ? "function_share_min_en" : "function_share_min_ja"),
                (int) scoring.threshold("explaining_sentence_min_words"), scoring.threshold("repeated_sentence_alike"),
                (int) scoring.threshold("repeated_sentences_max"), (int) scoring.threshold("term_list_min_words"));
        boolean stuffed = shape.stuffed(shapeThresholds);
        if (stuffed) {
            // a line of terms states no conclusion, reason or plan: it is never quoted as meeting a structure point
            faulty.addAll(shape.notExplaining(shapeThresholds));
        }

        // a course of action without a step it cannot do without (a mistake never reported nor contained) is
        // wrong judgement, however well it is told; only an answer that is on the question and long enough to
        // have taken the step is held to it
        boolean tooShort = length.verdict() == Verdict.TOO_SHORT;
        if (relevance == Relevance.ON_TOPIC && !stuffed && !tooShort) {
            misconceptions.addAll(missingSteps(rubric, rightHits));
        }
        if (relevance == Relevance.ON_TOPIC && !stuffed && misconceptions.isEmpty() && situational(question, rules)
                && (!tooShort || text.size() >= scoring.threshold("judgement_short_min_sentences"))) {
            // no rule named a mistake; the course of action may still read like the wrong ones. A short answer holds
            // fewer words to read it from, so it is held to a threshold of its own, chosen the same way; a single
            // sentence tells no course of action
            double threshold = scoring.threshold(tooShort ? "judgement_model_min_short" : "judgement_model_min");
            courseOfAction(text, PhraseTable.of(catalog).judgement(), threshold, rules, question.category()).ifPresent(f -> {
                misconceptions.add(f.finding());
                faulty.add(f.sentence());
            });
        }

        // read before the structure, so that the sentence told as thin is not also praised as a conclusion
        JudgementModel thinModel = PhraseTable.of(catalog).thinness();
        double thinness = relevance == Relevance.ON_TOPIC ? text.reading(thinModel) : 0;
        int thinCap = relevance == Relevance.ON_TOPIC
                ? thinReading(text, thinModel, thinness, scoring, rules, misconceptions, flags, faulty) : 100;
        // how concrete the answer reads, against the fair answers people wrote, in all and per feature (for the uses
        // below), read once
        JudgementModel strengthModel = PhraseTable.of(catalog).strength();
        double strength = relevance == Relevance.ON_TOPIC ? text.reading(strengthModel) : 0;
        double strengthPerFeature = relevance == Relevance.ON_TOPIC ? strengthModel.perFeature(text) : 0;
        // a line or two that reads general is a poor answer, except on questions whose good answers are short and general,
        // and unless it names every point the question needs without a vague phrase ("depending on the situation"): then it
        // is a brief fair answer, held below the good ones by the generic cap, not a failing one
        boolean shortCapped = tooShort && scoring.thresholdIn("generic_short_applies", question.id()) > 0
                && (ownShare < 1.0 || text.first(rules.markers("vague")).isPresent());
        int genericCap = relevance == Relevance.ON_TOPIC && !stuffed && thinCap == 100
                ? genericReading(text, strength, strengthPerFeature, tooShort, shortCapped, covered.isEmpty(), catalog, rules,
                        misconceptions, flags, question.category()) : 100;
        // between generic and strong, the more general an answer reads, the lower its ceiling: a fluent answer that makes
        // every point in general words stays under one that makes them with its own scenes and numbers
        int concreteCap = relevance == Relevance.ON_TOPIC && !stuffed && thinCap == 100 && genericCap == 100
                && misconceptions.isEmpty() ? concreteCap(strengthPerFeature, catalog, question) : 100;

        // a sentence is evidence only of what it really does: one that states something wrong, a weak motive or
        // the thinnest of a thin answer is never quoted as a strength
        AnswerText evidence = text.without(faulty);
        List<Point> points = new ArrayList<>();
        Closing closing = new Closing(asked,
                (int) scoring.threshold("question_echo_min"));
        double structure = structure(evidence, rules, rubric, headOn(question), (int) scoring.threshold("head_on_terms_min"),
                closing, points);
        if (!faulty.isEmpty() && !stuffed) {
            // a conclusion said in a sentence noted below (a weak motive, a wrong fact) still earns nothing, but the user
            // is shown it is there rather than told none was found (a twenty-eighth trial's 「…求人に書いてあったからです。」)
            Point said = conclusion(text, rules, pointsIn(text, rubric), headOn(question),
                    (int) scoring.threshold("head_on_terms_min"), closing);
            points.replaceAll(p -> p.id().equals(CONCLUSION) && p.status() == Status.MISSED && said.status() == Status.MET
                    && faultyQuote(text, faulty, said.quote()) ? new Point(CONCLUSION, Status.MISSED, said.quote()) : p);
        }

        if (relevance == Relevance.ON_TOPIC && ownShare < 1.0 && misconceptions.isEmpty() && flags.isEmpty() && !stuffed
                && strength <= scoring.thresholdIn("strong_model_max", question.category())) {
            // fewer of the question's points found by name than it needs, yet it reads like the strong answers people
            // wrote, far from the fair ones: its points are made in words no synonym list holds, so it is scored as complete
            // and not told to add points it has made in other words
            ownShare = 1.0;
            uncovered = List.of();
        }
        if (relevance == Relevance.ON_TOPIC && ownShare >= 1.0 && length.verdict() != Verdict.TOO_SHORT
                && length.verdict() != Verdict.TOO_LONG && misconceptions.isEmpty() && motives(flags) == 0 && !stuffed) {
            // every point this question needs, made soundly in a minute or so: the reasoning the structure points look
            // for is there in the answer's own order, so a structure point not found costs half (still told as missing)
            structure = (structure + 1) / 2;
        }
        // points made beyond what the question needs: the depth that sets a good answer above a complete but bare one
        int extraPoints = rubric.concepts().size() - rubric.need();
        double beyond = extraPoints <= 0 || covered.size() <= rubric.need() ? 0
                : (double) (covered.size() - rubric.need()) / extraPoints;
        double raw = scoring.weight("structure") * structure
                + scoring.weight("concepts") * ownShare + scoring.weight("concepts_beyond") * beyond
                + scoring.weight("length") * switch (length.verdict()) {
                    case GOOD -> 1.0;
                    case SHORT, LONG -> 0.5;
                    // rising towards the half a little-short answer earns: 60 characters are not 140
                    case TOO_SHORT -> 0.5 * length.count() / band.tooShort();
                    case TOO_LONG -> 0.0;
                };
        // a very short answer cannot score well however it is built: scale it down by how little of a
        // minute it fills (square root, so a well-built but short answer keeps about half its points); one that
        // makes every point this question needs is complete, however brief, and only loses the length points
        if (length.verdict() == Verdict.TOO_SHORT && ownShare < 1.0) {
            raw = raw * Math.sqrt((double) length.count() / band.idealMin());
        }
        int score = (int) Math.round(raw)
                - Math.min(scoring.penalty("weak_motive_max"), motives(flags) * scoring.penalty("weak_motive"));
        int built = Math.max(0, Math.min(100, score));
        if (relevance == Relevance.OFF_TOPIC) {
            score = Math.min(score, failing(built, scoring.cap("off_topic")));
        }
        if (relevance == Relevance.OTHER_QUESTION) {
            score = Math.min(score, failing(built, scoring.cap("other_question")));
        }
        if (stuffed) {
            score = Math.min(score, failing(built, scoring.cap("stuffed")));
        }
        if (!misconceptions.isEmpty()) {
            score = Math.min(score, failing(built, scoring.cap("misconception")));
        }
        if (motives(flags) > 0 && covered.size() < rubric.need()) {
            score = Math.min(score, failing(built, scoring.cap("weak_only")));
        }
        if (relevance == Relevance.ON_TOPIC) {
            if (concreteCap < score && concreteCap < scoring.threshold("concrete_told_below") && !rules.generic().isBlank()) {
                // held below the good answers by how general it reads: told so, as a generic answer is
                flags.add(generic(text, strengthModel, rules.genericFor(question.category())));
            }
            score = Math.min(score, Math.min(concreteCap, Math.min(thinCap, genericCap)));
            if (misconceptions.isEmpty() && motives(flags) == 0 && !stuffed && readsSound(text, thinness, question, catalog)) {
                if (covered.isEmpty()) {
                    // an honest attempt at this question, in words no point's synonyms hold, ranks above every failing answer
                    score = Math.max(score, (int) scoring.cap("attempt_floor"));
                } else if (missingSteps(rubric, rightHits).isEmpty()) {
                    // a sound answer that makes a point and skips no essential step (a brief answer is not held to the
                    // steps above), however brief, stays above every answer capped for a mistake
                    score = Math.max(score, (int) scoring.cap("sound_floor"));
                }
            }
        }
        score = Math.max(0, Math.min(100, score));
        Feedback draft = new Feedback(score, relevance, looksLike, about, stuffed, points, length, covered,
                uncovered.subList(0, Math.min(3, uncovered.size())), misconceptions, flags, "");
        return draft.withNextStep(NextStep.choose(catalog, question, draft));
    }

    /**
     * What the answer states wrongly: the question's own misconceptions, things mixed up, numbers that do not add up,
     * and for a situation the judgement every situation shares. Without {@code decisions}, only wrong facts.
     */
    private static List<Finding> mistakes(AnswerText text, Catalog catalog, InterviewQuestion question, Rubric rubric,
            List<Integer> ownHits, Set<Integer> faulty, boolean decisions) {
        FeedbackRules rules = catalog.feedback();
        List<Finding> out = new ArrayList<>(misconceptions(text, rubric.misconceptions(), decisions,
                rubric, rules, ownHits, faulty));
        out.addAll(roleMixUp(text, rubric.roles(), rules, faulty, "roles-mixed-up", true));
        out.addAll(hostCount(text, rubric.hostCount(), rules, faulty));
        out.addAll(reservedAddress(text, rubric.hostCount(), rules, faulty));
        out.addAll(prefixMask(text, rubric.prefixMask(), rules, faulty));
        out.addAll(layerNumber(text, rubric.layerNumbers(), rules, faulty));
        if (rules.ports().categories().contains(question.category())) {
            out.addAll(wrongPort(text, rules, faulty));
            out.addAll(wrongTransport(text, rules, faulty));
            out.addAll(invalidAddress(text, rules, faulty));
        }
        if (rules.sequences().categories().contains(question.category())) {
            out.addAll(outOfOrder(text, rules, faulty));
        }
        if (rules.headers().categories().contains(question.category())) {
            out.addAll(misplacedField(text, rules, faulty));
        }
        if (rules.facts().categories().contains(question.category())) {
            for (FeedbackRules.FactGroup group : rules.facts().groups()) {
                out.addAll(roleMixUp(text, group.roles(), rules, faulty, group.id(), false));
            }
        }
        List<Rubric.Misconception> shared = situational(question, rules) ? rules.judgement().mistakes() : List.of();
        // the judgement every situation shares, beside the question's own list
        out.addAll(misconceptions(text, shared, decisions, rubric, rules, ownHits, faulty));
        return toldOnce(out, rubric.misconceptions(), shared);
    }

    /**
     * The findings without a second reading of a slip already told for the same sentence: the same id found twice,
     * or a rule written as another reading of one found before it ({@link Rubric.Misconception#sameAs}).
     */
    private static List<Finding> toldOnce(List<Finding> found, List<Rubric.Misconception> own, List<Rubric.Misconception> shared) {
        if (found.size() < 2) {
            return found;
        }
        java.util.Map<String, String> readingOf = new java.util.HashMap<>();
        for (Rubric.Misconception m : own) {
            readingOf.putIfAbsent(m.id(), m.sameAs());
        }
        for (Rubric.Misconception m : shared) {
            readingOf.putIfAbsent(m.id(), m.sameAs());
        }
        List<Finding> out = new ArrayList<>();
        Set<String> told = new java.util.HashSet<>();
        for (Finding f : found) {
            String sameAs = readingOf.getOrDefault(f.id(), "");
            String slip = sameAs.isEmpty() ? f.id() : sameAs;
            if (told.add(f.quote() + "\u0000" + slip)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the answer's last sentence closes a self-introduction and does nothing else (「よろしくお願いします」). */
    private static boolean closesAnIntroduction(AnswerText text, FeedbackRules rules) {
        int last = text.size() - 1;
        return text.size() >= 2 && text.has(last, rules.markers("introduces_close")) && text.sentence(last).length() <= 20;
    }

    /** True for a question about a situation, whose answer tells a course of action (the judgement's categories). */
    private static boolean situational(InterviewQuestion question, FeedbackRules rules) {
        return rules.judgement().categories().contains(question.category());
    }

    /**
     * True when a phrase rule named a wrong decision but the judgement model reads the whole course of action as
     * clearly sound ({@code decision_veto_max}): far on the side of the fine answers, where no labelled
     * wrong-judgement answer that a rule names reads. Only an answer of about a minute is read so (the caller's check:
     * not far too short), long enough to tell a whole course of action.
     */
    private static boolean soundCourseOverrules(List<Finding> found, AnswerText text, Catalog catalog,
            InterviewQuestion question, Rubric rubric) {
        FeedbackRules rules = catalog.feedback();
        if (found.isEmpty() || !situational(question, rules)) {
            return false;
        }
        return found.stream().anyMatch(f -> decision(f.id(), rubric.misconceptions()) || decision(f.id(), rules.judgement().mistakes()))
                && text.reading(PhraseTable.of(catalog).judgement()) < catalog.scoring().threshold("decision_veto_max");
    }

    /** True when the finding {@code id} is one of {@code mistakes} marked as a wrong decision. */
    private static boolean decision(String id, List<Rubric.Misconception> mistakes) {
        return mistakes.stream().anyMatch(m -> m.decision() && m.id().equals(id));
    }

    /** The rubric's essential steps the answer takes none of; such a finding quotes nothing, there being no sentence. */
    private static List<Finding> missingSteps(Rubric rubric, List<Integer> hits) {
        List<String> made = made(rubric, hits);
        return rubric.essential().stream().filter(e -> e.anyOf().stream().noneMatch(made::contains))
                .map(e -> new Finding(e.id(), "", e.correction())).toList();
    }

    private record Doubt(Finding finding, int sentence) {}

    /**
     * The answer's course of action read as a whole by the judgement model: when it reads as wrong judgement, the
     * sentence that reads most so is quoted with the shared correction ({@code judgement.course}).
     */
    private static Optional<Doubt> courseOfAction(AnswerText text, JudgementModel model, double threshold, FeedbackRules rules,
            String category) {
        if (rules.judgement().course().isBlank() || text.reading(model) < threshold) {
            return Optional.empty();
        }
        int worst = readsMostSo(text, model);
        if (category.equals(SHIFTS) && text.has(worst, rules.markers("asks_to_consult"))) {
            // 「多すぎると体がもたないので、そこは相談させてもらえたら」: offering to talk the workload over is no risky course; in an
            // incident, "restart it and bring it up with my manager later" still is
            return Optional.empty();
        }
        return Optional.of(new Doubt(new Finding(COURSE, quote(text.sentence(worst)), rules.judgement().course()), worst));
    }

    /**
     * The score of an answer that fails the question: its cap scaled by how well it is built otherwise (structure,
     * points, length), so that a sound answer wrongly thought to fail still ranks above one that truly does
     */
    private static int failing(int built, double cap) {
        return (int) Math.round(cap * built / 100.0);
    }

    /**
     * The ceiling of an answer by how general it reads per feature (the strength model): the generic cap where a
     * generic reading begins, rising by {@code concrete_cap_slope} points for each unit it reads stronger, up to 100
     * (at once, for a category whose start lies above any reading).
     */
    private static int concreteCap(double perFeature, Catalog catalog, InterviewQuestion question) {
        Scoring scoring = catalog.scoring();
        // the latest of its question's, its category's and its language's start
        double from = Math.max(scoring.thresholdIn("concrete_cap_from", question.id()), Math.max(
                scoring.thresholdIn("concrete_cap_from", question.category()),
                scoring.thresholdIn("concrete_cap_from", catalog.lang().code())));
        double below = Math.max(0, from - perFeature);
        return (int) Math.min(100, Math.round(scoring.cap("generic") + scoring.threshold("concrete_cap_slope") * below));
    }

    /** The sentence (index) that {@code model} reads most as the kind it learnt; 0 for an answer without sentences. */
    private static int readsMostSo(AnswerText text, JudgementModel model) {
        int most = 0;
        double mostScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < text.size(); i++) {
            double s = model.score(text.sentence(i));
            if (s > mostScore) {
                most = i;
                mostScore = s;
            }
        }
        return most;
    }

    /**
     * The cap of an answer that the thinness model reads as poor (vague, guessed, or about what the speaker gets
     * rather than the work), 100 when it does not. Told with the sentence that reads most so, unless something
     * more precise (a mistake, a weak motive) has been said of it already.
     */
    private static int thinReading(AnswerText text, JudgementModel model, double thinness, Scoring scoring,
            FeedbackRules rules, List<Finding> misconceptions, List<Flag> flags, Set<Integer> faulty) {
        if (rules.thin().isBlank() || thinness < scoring.threshold("thin_model_min")) {
            return 100;
        }
        if (misconceptions.isEmpty() && flags.isEmpty() && text.size() > 0) {
            int thinnest = readsMostSo(text, model);
            flags.add(new Flag(THIN, quote(text.sentence(thinnest)), rules.thin()));
            faulty.add(thinnest);
        }
        return (int) scoring.cap("thin");
    }

    /**
     * An answer on the question, with nothing wrong and not thin, that the strength model reads like the fair answers
     * people wrote (at or above {@code generic_model_min}, or per feature at or above {@code generic_model_mean_min}: a
     * long answer's sum reads strong by its length alone) is generic: it is told so, quoting its most generic sentence,
     * and held below the good answers ({@code caps.generic}). {@code tooShort}: under a minute by far (then its own
     * numbers, or making none of the question's points, spare it the note); {@code shortCapped}: held to
     * {@code caps.generic_short} instead (short, and missing a needed point or vague). Returns the cap, or 100.
     */
    private static int genericReading(AnswerText text, double strength, double perFeature, boolean tooShort,
            boolean shortCapped, boolean noPoint, Catalog catalog, FeedbackRules rules, List<Finding> misconceptions,
            List<Flag> flags, String category) {
        Scoring scoring = catalog.scoring();
        boolean readsGeneric = strength >= scoring.threshold("generic_model_min")
                || perFeature >= scoring.thresholdIn("generic_model_mean_min", catalog.lang().code());
        if (rules.generic().isBlank() || !misconceptions.isEmpty() || text.size() == 0 || !readsGeneric) {
            return 100;
        }
        if (tooShort && (holdsNumber(text) || noPoint)) {
            // a line or two with its own numbers is short, not general: the length verdict says what to add, and
            // "add a number" would be wrong advice (the short English answers of the second trial were told so). Nor is
            // a line that makes none of the question's points told "it makes sense, but sounds general" (「ラーメンが好き
            // です」, "idk"): the points to add say what it lacks
            return (int) scoring.cap(shortCapped ? "generic_short" : "generic");
        }
        // still evidence of what it does: a general sentence can state a conclusion
        flags.add(generic(text, PhraseTable.of(catalog).strength(), rules.genericFor(category)));
        return (int) scoring.cap(shortCapped ? "generic_short" : "generic");
    }

    private static boolean holdsNumber(AnswerText text) {
        for (int i = 0; i < text.size(); i++) {
            if (NUMBER.matcher(AnswerText.fold(text.sentence(i))).find()) {
                return true;
            }
        }
        return false;
    }

    /** An answer told it reads general, quoting the sentence the strength model reads as most like the fair answers. */
    private static Flag generic(AnswerText text, JudgementModel strength, String why) {
        return new Flag(GENERIC, quote(text.sentence(readsMostSo(text, strength))), why);
    }

    /** The flags that cost points: all but the generic reading, which carries a cap of its own and no penalty. */
    private static int motives(List<Flag> flags) {
        return (int) flags.stream().filter(f -> !f.id().equals(GENERIC)).count();
    }

    /** The id of a finding of the strength model: an answer that reads like the fair ones. */
    static final String GENERIC = "generic-answer";

    /**
     * True when both models read the answer as sound: the thinness model well below poor ({@code sound_thin_max})
     * and, for a situational question, the judgement model on the side of the fine answers ({@code
     * sound_judgement_max}).
     */
    private static boolean readsSound(AnswerText text, double thinness, InterviewQuestion question, Catalog catalog) {
        Scoring scoring = catalog.scoring();
        return thinness < scoring.threshold("sound_thin_max")
                && (!situational(question, catalog.feedback())
                        || text.reading(PhraseTable.of(catalog).judgement()) < scoring.threshold("sound_judgement_max"));
    }

    /** The id of a finding of the thinness model. */
    static final String THIN = "thin-answer";

    /** The id of a finding of the judgement model (see {@link JudgementModel}). */
    static final String COURSE = "course-of-action";

    /** The ids of the rubric's concepts that {@code hits} (a sentence index per concept, -1 for none) says are made. */
    private static List<String> made(Rubric rubric, List<Integer> hits) {
        List<String> made = new ArrayList<>();
        for (int c = 0; c < rubric.concepts().size(); c++) {
            if (hits.get(c) >= 0) {
                made.add(rubric.concepts().get(c).id());
            }
        }
        return made;
    }

    private static final Pattern NAMES_SELF_EN = Pattern.compile("\\b(I'm|I am|I’m) [A-Z][a-z]+ [A-Z][a-z]+");

    /** True when the answer puts a question to the interviewer ("…ですか", "?", 「…を伺いたいです」). */
    private static boolean asksBack(AnswerText text, FeedbackRules rules) {
        return text.sentences().stream().anyMatch(s -> text.rules().asksBack().matcher(s).find())
                || text.first(rules.markers("asks_back")).isPresent();
    }

    /**
     * True when the speaker introduces themselves by name: "…と申します" or "My name is…" anywhere (a story told
     * first may give the name in its sixth sentence), or "I'm Aya Morimoto" in the first {@value #INTRODUCES_WITHIN}
     * sentences (later, such a phrase is more often something else).
     */
    private static boolean introducesSelf(AnswerText text, FeedbackRules rules) {
        for (int i = 0; i < text.size(); i++) {
            if (text.has(i, rules.markers("introduces"))) {
                return true; // "my name is", 申します: anywhere, a story told first included
            }
        }
        int within = Math.min(INTRODUCES_WITHIN, text.size());
        for (int i = 0; i < within; i++) {
            if (text.has(i, rules.markers("introduces")) || (text.english() && NAMES_SELF_EN.matcher(text.sentence(i)).find())) {
                return true;
            }
        }
        return false;
    }

    private static final int INTRODUCES_WITHIN = 3;

    /**
     * True when the answer takes up the question it was asked: a sentence restates the question in its own
     * words ("だから私はエンジニアを目指しています" to "why did you aim to be an engineer"). Such an answer may
     * wander into another question's ground (study plans), but it is not an answer to that other question.
     */
    private static boolean takesUp(AnswerText text, QuestionWords asked, int echoMin) {
        for (int i = 0; i < text.size(); i++) {
            if (asked.echoed(text, i) >= echoMin) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an answer to a situational question keeps to the situation asked about though it makes none of
     * the points a good answer makes: it names the situation (the rubric's {@code situation} words, or the
     * question's key terms) in two sentences, or names it once and reads like the wrong courses of action the
     * judgement model learnt from (a mistake covered up with one's own money is told in 「ミス」, not in the
     * rubric's 報告 and 再発防止). Such an answer is about the question, and what it does is then judged. The
     * model alone does not decide it: it learnt from answers to situations, and says nothing of a story about
     * something else.
     */
    private static boolean toldOfTheSituation(AnswerText text, InterviewQuestion question, Rubric rubric, Catalog catalog,
            FeedbackRules rules) {
        if (rubric.situation().isEmpty() || !situational(question, rules)) {
            return false;
        }
        Scoring scoring = catalog.scoring();
        long naming = sentencesNaming(text, rubric.situation(), question.keyTerms());
        return naming >= scoring.threshold("stray_key_term_sentences") || (naming >= 1
                && text.reading(PhraseTable.of(catalog).judgement()) >= scoring.threshold("judgement_model_min"));
    }

    /** How many sentences of the answer hold a word of any of {@code lists}. */
    @SafeVarargs
    private static long sentencesNaming(AnswerText text, List<String>... lists) {
        return java.util.stream.IntStream.range(0, text.size())
                .filter(i -> java.util.Arrays.stream(lists).anyMatch(list -> text.has(i, list))).count();
    }

    /**
     * True when an answer of several sentences touches this question in one sentence only, with one point and
     * nothing wrong about it: a story about something else with a stray word ("keep the kitchen running").
     */
    private static boolean strayPoint(AnswerText text, InterviewQuestion question, Rubric rubric, int hits, Scoring scoring) {
        if (hits > scoring.threshold("stray_max_points") || text.size() < scoring.threshold("stray_min_sentences")) {
            return false;
        }
        // an answer that keeps naming what the question is about (its key terms, in several sentences) is about it,
        // in words the rubric's points did not foresee: 「報連相で意識していたのは…」 with 「上司に伝え」 is not a stray word
        if (sentencesNaming(text, question.keyTerms()) >= scoring.threshold("stray_key_term_sentences")) {
            return false;
        }
        long touching = java.util.Arrays.stream(pointsIn(text, rubric)).filter(n -> n > 0).count();
        return touching <= scoring.threshold("stray_max_sentences");
    }

    /**
     * True when an answer names none of the question's key terms (interview.yml {@code key_terms}) nor of its
     * rubric's {@code anchors}, with nothing stated wrongly about it, and either the rubric lists anchors or the
     * answer makes at most {@code unanchored_max_points} of its points (per category where scoring.yml sets it):
     * a fluent story about moving house given to a subnet question touches "住所" (an address) and nothing else.
     */
    private static boolean unanchored(AnswerText text, InterviewQuestion question, Rubric rubric, int hits, Scoring scoring) {
        if (question.keyTerms().isEmpty() || text.first(question.keyTerms()).isPresent()
                || text.first(rubric.anchors()).isPresent() || hits > rubric.need()) {
            // more of the question's points than it needs is an answer to it in words the lists did not foresee
            return false;
        }
        // where the rubric lists the field's words, naming none of them is enough: "built", "checked" and "took
        // three weekends" make points of a home lab in any story about building a shed
        return !rubric.anchors().isEmpty() || hits <= scoring.thresholdIn("unanchored_max_points", question.category());
    }

    /**
     * False for keyboard noise ("asdfgh qwerty", 「あいうえお ほげほげ」): no word of the language ({@code reading.readable})
     * and none of the bank's terms. Such an answer is asked again instead of scored.
     */
    public static boolean readable(Catalog catalog, String answer) {
        String folded = AnswerText.fold(answer == null ? "" : answer);
        if (folded.isBlank()) {
            return false;
        }
        PhraseTable table = PhraseTable.of(catalog);
        return table.sentenceRules().readable().matcher(folded).find()
                || table.vocabulary().stream().anyMatch(term -> holdsTerm(folded, term));
    }

    /** A term of the bank in folded text; a Latin one as a whole word ("df" is not in "asdfgh"). */
    private static boolean holdsTerm(String folded, String term) {
        if (term.isEmpty()) {
            return false;
        }
        return term.chars().allMatch(ch -> ch < 0x80) ? AnswerText.wordAt(folded, term) >= 0 : folded.contains(term);
    }

    /**
     * For a technical question, the points made by the sentences that state nothing wrong, less any point whose first
     * statement is a corrected sentence: a fact said wrongly is not made by naming its subject again later (「DNSはドメイン
     * 名をMACアドレスに変換する」 and, later, 「名前解決」 was told it had made the point it got wrong), while a point stated
     * right before a wrong sentence that shares its words stays made (a review: a router said to join networks, then to
     * read MAC addresses). A point the correction itself restates is taken back, though, however right another sentence
     * said part of it: the gateway given by DHCP, then "but it cannot hand out the DNS servers".
     */
    private static List<Integer> madeOnlyRight(AnswerText text, Rubric rubric, Set<Integer> faulty, List<Integer> firstHits,
            List<Finding> findings, Catalog catalog) {
        List<Integer> right = new ArrayList<>(conceptHits(text.without(faulty), rubric));
        List<AnswerText> corrections = new ArrayList<>();
        for (int s : faulty) {
            String said = quote(text.sentence(s));
            findings.stream().filter(f -> f.quote().equals(said) && !f.correction().isBlank()).findFirst()
                    .ifPresent(f -> corrections.add(new AnswerText(f.correction(), catalog.lang(), PhraseTable.of(catalog))));
        }
        for (int i = 0; i < right.size(); i++) {
            Rubric.Concept concept = rubric.concepts().get(i);
            boolean firstSaidWrong = firstHits.get(i) >= 0 && faulty.contains(firstHits.get(i));
            boolean takenBack = faulty.stream().anyMatch(s -> text.makes(s, concept.synonyms()))
                    && corrections.stream().anyMatch(c -> c.firstMaking(concept.synonyms()).isPresent());
            if (firstSaidWrong || takenBack) {
                right.set(i, -1);
            }
        }
        return right;
    }

    /** For each concept of the rubric, the first sentence that makes it without denying it, or -1. */
    private static List<Integer> conceptHits(AnswerText text, Rubric rubric) {
        List<Integer> hits = new ArrayList<>();
        for (Rubric.Concept concept : rubric.concepts()) {
            hits.add(text.firstCrediting(concept).or(() -> text.firstNegating(concept.whenNegated())).orElse(-1));
        }
        return hits;
    }

    /**
     * For each concept of another question's rubric, whether the answer speaks of it at all: what it is about,
     * denied or not, says which question it answers.
     */
    private static long conceptsTouched(AnswerText text, Rubric rubric) {
        return rubric.concepts().stream().filter(c -> text.makesAnywhere(c.synonyms())).count();
    }

    /**
     * True for a question no answer is ever said to be meant for, by the rules or the question model: a
     * self-introduction touches every topic a little.
     */
    static boolean neverMeantFor(InterviewQuestion question) {
        return question.category().equals(SELF_INTRO);
    }

    /** Another question of the bank, how many of its points an answer makes, and their share of its need. */
    private record Other(String question, long hits, double share) {}

    /** The other question of the bank whose points this answer makes best. */
    private static Optional<Other> bestOther(AnswerText text, Catalog catalog, Rubric own) {
        Other best = null;
        PhraseTable table = PhraseTable.of(catalog);
        for (Rubric r : catalog.rubrics()) {
            // a self-introduction touches every topic a little: never say an answer was meant for it
            boolean selfIntro = table.knows(r) ? table.selfIntro(r)
                    : catalog.question(r.question()).map(AnswerAnalyzer::neverMeantFor).orElse(false);
            if (r.question().equals(own.question()) || selfIntro) {
                continue;
            }
            long made = conceptsTouched(text, r);
            double share = Math.min(1.0, (double) made / Math.max(1, r.need()));
            if (best == null || share > best.share() || (share == best.share() && made > best.hits())) {
                best = new Other(r.question(), made, share);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every synonym of every rubric of the bank, folded: the job's vocabulary. */
    private static Set<String> vocabulary(Catalog catalog) {
        return PhraseTable.of(catalog).vocabulary(); // folded once per bank
    }

    /**
     * A few of the answer's own content words that are not the job's vocabulary, most frequent first: what
     * an off-topic answer is about instead. Empty when there are none.
     */
    private static String topicWords(AnswerText text, Set<String> vocabulary, Set<String> notTopics) {
        Map<String, Integer> counts = new HashMap<>();
        if (text.english()) {
            for (String w : text.whole().toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                if (w.length() >= 5 && !w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("ly")
                        && !vocabulary.contains(w) && !AnswerShape.isFunctionWord(w) && !notTopics.contains(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        } else {
            for (JapaneseWords.Word w : JapaneseWords.of(text.whole())) {
                if ((w.is("名詞-一般") || w.is("名詞-固有名詞") || w.is("名詞-サ変接続")) && w.surface().length() >= 2
                        && !vocabulary.contains(AnswerText.fold(w.surface())) && !notTopics.contains(w.surface())) {
                    counts.merge(w.surface(), 1, Integer::sum);
                }
            }
        }
        if (text.english()) {
            // "addresses" and "address" are one topic: the plural counts for the singular the answer also uses
            for (String w : List.copyOf(counts.keySet())) {
                String singular = w.endsWith("es") && counts.containsKey(w.substring(0, w.length() - 2)) ? w.substring(0, w.length() - 2)
                        : w.endsWith("s") && counts.containsKey(w.substring(0, w.length() - 1)) ? w.substring(0, w.length() - 1) : null;
                if (singular != null) {
                    counts.merge(singular, counts.remove(w), Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).reduce((a, b) -> a + (text.english() ? ", " : "・") + b).orElse("");
    }

    /**
     * The misconceptions the answer states: within one sentence, or across a sentence and the one before it
     * when it refers back to it ("NATを使います。これは…を配る仕組みです", "Let me start with NAT. It gives each
     * PC…"). One that holds only {@code without} some concepts is skipped when the answer makes any of them. Without
     * {@code decisions}, the rules that are wrong decisions are left out (the list itself is passed whole, so that its
     * index is found by identity).
     */
    private static List<Finding> misconceptions(AnswerText text, List<Rubric.Misconception> catalogue, boolean decisions,
            Rubric rubric, FeedbackRules rules, List<Integer> conceptHits, Set<Integer> faulty) {
        List<String> made = made(rubric, conceptHits);
        List<Finding> found = new ArrayList<>();
        Set<Integer> corrected = Set.copyOf(faulty); // by another check; within this list a sentence may be wrong twice
        // what depends on the sentence alone is read once per sentence, not once per rule (hundreds of rules: a
        // profile of a mid-interview DM, 2026-12-07, found these reads a quarter of the matching)
        boolean[] skipped = new boolean[text.size()];
        boolean[] refersBack = new boolean[text.size()];
        Boolean[] othersDid = new Boolean[text.size()];
        for (int i = 0; i < text.size(); i++) {
            skipped[i] = corrected.contains(i) || text.disowns(i);
            refersBack[i] = i > 0 && text.startsWith(i, rules.markers("refers_back"));
        }
        // the rules that may be met, from the phrases the answer holds (an index per list of the bank's)
        RuleIndex index = text.table() == null ? null : text.table().ruleIndex(catalogue);
        boolean[] mayBeMet = index == null ? null : index.mayBeMet(text.heldAnywhere());
        for (int r = 0; r < catalogue.size(); r++) {
            Rubric.Misconception m = catalogue.get(r);
            if ((mayBeMet != null && !mayBeMet[r]) || (!decisions && m.decision()) || !mayApply(m, made, text)) {
                continue;
            }
            for (int i = 0; i < text.size(); i++) {
                int at = i;
                if (skipped[i]) {
                    continue;
                }
                if (m.decision()) {
                    if (othersDid[i] == null) {
                        othersDid[i] = text.tellsOfOthers(i);
                    }
                    if (othersDid[i]) {
                        continue;
                    }
                }
                boolean alone = m.when().stream().allMatch(group -> text.affirms(at, group))
                        && (!text.has(i, m.unless()) || inOneClause(text, i, m, rules));
                boolean withPrevious = !alone && refersBack[i]
                        && m.when().stream().allMatch(group -> text.has(at, group) || text.has(at - 1, group))
                        && m.when().stream().anyMatch(group -> text.has(at, group))
                        && !text.has(i, m.unless()) && !text.has(i - 1, m.unless());
                if (alone || withPrevious) {
                    found.add(new Finding(m.id(), quote(text.sentence(i)), m.correction()));
                    faulty.add(i);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * False for a rule that cannot be met in this answer: a point it is waived by is made, or one of its groups is held in
     * no sentence (each must be in the sentence or the one before). Most rules, for most answers; read with plain loops,
     * as it runs for hundreds of rules per answer.
     */
    private static boolean mayApply(Rubric.Misconception m, List<String> made, AnswerText text) {
        for (String point : m.without()) {
            if (made.contains(point)) {
                return false;
            }
        }
        for (List<String> group : m.when()) {
            if (!text.mayHave(group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One thing given another's job (see {@link Rubric.Roles}): a clause that names exactly one of the things a
     * question contrasts and says what another one does, with no negation anywhere in the clause (a clause that
     * negates or contrasts is left alone: "UDPは再送しない" and "unlike TCP, UDP…" are right). With {@code carries}, a
     * sentence that names none of them goes on about the one the sentence before named: right for the two or three
     * things a question compares, not for the shared groups read in every answer ("…802.1Q tags. It's used for guest
     * Wi-Fi" is not about 802.1Q alone).
     */
    private static List<Finding> roleMixUp(AnswerText text, Rubric.Roles roles, FeedbackRules rules, Set<Integer> faulty,
            String id, boolean carries) {
        if (roles.of().size() < 2) {
            return List.of();
        }
        List<String> names = roles.of().stream().flatMap(r -> r.entity().stream()).toList();
        if (!carries && java.util.stream.IntStream.range(0, text.size()).noneMatch(i -> text.has(i, names))) {
            return List.of(); // a shared group none of whose things the answer names: most answers, for most groups
        }
        List<String> jobs = JOBS.computeIfAbsent(roles.of(), AnswerAnalyzer::jobs);
        for (int i = 0; i < text.size(); i++) {
            if (faulty.contains(i) || text.disowns(i)) {
                continue;
            }
            // "VLANは…技術です。通信を暗号化して…": a sentence with no subject of its own goes on about the one thing
            // the sentence before named
            Optional<Rubric.Role> carried = Optional.empty();
            if (carries && i > 0 && !text.has(i, names) && !text.rules().ownSubject().matcher(text.folded(i)).find()) {
                int previous = i - 1;
                List<Rubric.Role> before = roles.of().stream().filter(r -> text.has(previous, r.entity())).toList();
                carried = before.size() == 1 ? Optional.of(before.get(0)) : Optional.empty();
            }
            for (String clause : text.clauses(i, rules.markers("contrast"))) {
                if (text.clauseHas(clause, roles.unless())) {
                    continue;
                }
                // "NATは…割り当てる仕組みで、DHCPは…変換する仕組みです": each subject's part is read on its own
                for (String part : text.topicParts(clause, names)) {
                    // "it does resend lost packets, it just doesn't reorder them": each clause keeps its own negation.
                    // A thing named in a later clause is not the subject of the ones before it ("the switch had learned
                    // its MAC, so I checked layer 3": the switch is not said to work at layer 3)
                    Optional<Rubric.Role> subject = carried;
                    for (String piece : text.rules().clauseBreak().split(part)) {
                        Optional<Rubric.Role> own = named(text, piece, roles);
                        // a piece with a subject of its own that is none of the things ("; and the top three deal with
                        // …") does not go on about the one named before it
                        subject = own.isPresent() ? own
                                : text.rules().ownSubject().matcher(piece.strip()).find() ? Optional.empty() : subject;
                        if (!text.clauseNegates(withoutJobs(piece, jobs)) && givesAnotherRole(text, piece, roles, subject)) {
                            faulty.add(i);
                            return List.of(new Finding(id, quote(text.sentence(i)), roles.correction()));
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /** Each group's {@link #jobs}, made once: content does not change while the process runs. */
    private static final Map<List<Rubric.Role>, List<String>> JOBS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The jobs' words, folded, the longest first: "not found" goes whole before "found" could split it. */
    private static List<String> jobs(List<Rubric.Role> of) {
        return of.stream().flatMap(r -> r.does().stream()).map(w -> AnswerText.Phrasing.of(w).folded())
                .filter(f -> !f.isEmpty()).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The part without the words that say what the things do: a job that is itself said with a negation ("not found",
     * 「権限がない」) does not negate the clause that gives it to the wrong thing.
     */
    private static String withoutJobs(String part, List<String> jobs) {
        String out = part;
        for (String f : jobs) {
            if (out.contains(f)) {
                out = out.replace(f, " ");
            }
        }
        return out;
    }

    /** The compared things a part names. */
    private static List<Rubric.Role> namedIn(AnswerText text, String part, Rubric.Roles roles) {
        return roles.of().stream().filter(r -> text.clauseHas(part, r.entity())).toList();
    }

    /** The one compared thing a part names, if it names exactly one. */
    private static Optional<Rubric.Role> named(AnswerText text, String part, Rubric.Roles roles) {
        List<Rubric.Role> named = namedIn(text, part, roles);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static boolean givesAnotherRole(AnswerText text, String part, Rubric.Roles roles, Optional<Rubric.Role> carried) {
        List<Rubric.Role> named = namedIn(text, part, roles);
        if (named.isEmpty() && carried.isPresent()) {
            // a part naming nothing that also says the job of the thing the sentence before named is not about that
            // thing alone: it sets the jobs side by side (「配る係と、変換する係。」)
            if (text.clauseHas(part, carried.get().does())) {
                return false;
            }
            named = List.of(carried.get());
        }
        if (named.size() != 1) {
            return false;
        }
        Rubric.Role own = named.get(0);
        return roles.of().stream().filter(r -> r != own)
                .anyMatch(other -> text.clauseHas(part, other.does()) && !text.clauseHas(part, other.entity()));
    }

    private static List<Finding> wrongPort(AnswerText text, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, PortCheck.wrongPort(text, rules.ports(), rules.markers("contrast")), PortCheck.Hit::sentence,
                hit -> "wrong-port", hit -> PortCheck.correction(rules.ports(), hit));
    }

    private static List<Finding> misplacedField(AnswerText text, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, HeaderCheck.misplaced(text, rules.headers(), rules.markers("contrast")), HeaderCheck.Hit::sentence,
                hit -> "field-in-wrong-header", hit -> HeaderCheck.correction(rules.headers(), hit));
    }

    private static List<Finding> wrongTransport(AnswerText text, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, TransportCheck.wrongTransport(text, rules.ports(), rules.markers("contrast")),
                TransportCheck.Hit::sentence, hit -> "wrong-transport", hit -> TransportCheck.correction(rules.ports(), hit));
    }

    private static List<Finding> invalidAddress(AnswerText text, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, InvalidAddressCheck.invalid(text, rules.ports()), InvalidAddressCheck.Hit::sentence,
                hit -> "invalid-address", hit -> InvalidAddressCheck.correction(rules.ports(), hit));
    }

    private static List<Finding> outOfOrder(AnswerText text, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, SequenceCheck.outOfOrder(text, rules.sequences()), SequenceCheck.Hit::sentence,
                hit -> hit.sequence().id(), hit -> hit.sequence().correction());
    }

    private static List<Finding> layerNumber(AnswerText text, Rubric.LayerNumbers rule, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, LayerNumberCheck.wrongNumber(text, rule, rules.markers("contrast")), LayerNumberCheck.Hit::sentence,
                hit -> "layer-number", hit -> LayerNumberCheck.correction(rule, hit));
    }

    private static List<Finding> prefixMask(AnswerText text, Rubric.PrefixMask rule, FeedbackRules rules, Set<Integer> faulty) {
        if (!rule.applies()) {
            return List.of();
        }
        return found(text, faulty, PrefixMaskCheck.wrongMask(text, rules.markers("contrast"), rule.unless()),
                PrefixMaskCheck.Hit::sentence, hit -> "prefix-mask", hit -> PrefixMaskCheck.correction(rule.correction(), hit));
    }

    private static List<Finding> hostCount(AnswerText text, Rubric.HostCount rule, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, HostCountCheck.wrongSentence(text, rule, rules.markers("contrast")), HostCountCheck.Hit::sentence,
                hit -> "host-count", hit -> HostCountCheck.correction(rule, hit.prefix()));
    }

    private static List<Finding> reservedAddress(AnswerText text, Rubric.HostCount rule, FeedbackRules rules, Set<Integer> faulty) {
        return found(text, faulty, ReservedAddressCheck.wrongAddress(text, rule, rules.markers("contrast")),
                ReservedAddressCheck.Hit::sentence, hit -> "reserved-address", hit -> ReservedAddressCheck.correction(rule, hit));
    }

    /**
     * A claim check's hit as the one finding of its sentence, quoting it; none when another check already corrected
     * that sentence. The sentence is then marked corrected, so no later check names it again.
     */
    private static <H> List<Finding> found(AnswerText text, Set<Integer> faulty, Optional<H> hit,
            java.util.function.ToIntFunction<H> sentenceOf, java.util.function.Function<H, String> id,
            java.util.function.Function<H, String> correction) {
        if (hit.isEmpty() || faulty.contains(sentenceOf.applyAsInt(hit.get()))) {
            return List.of();
        }
        int sentence = sentenceOf.applyAsInt(hit.get());
        faulty.add(sentence);
        return List.of(new Finding(id.apply(hit.get()), quote(text.sentence(sentence)), correction.apply(hit.get())));
    }

    /**
     * True when one clause of sentence {@code i} states the misconception on its own: "送った直後に気づきましたが、
     * 報告は次の週に伝えました" reports late although "直後" (at once) is in the other clause.
     */
    private static boolean inOneClause(AnswerText text, int i, Rubric.Misconception m, FeedbackRules rules) {
        for (String clause : text.clauses(i, rules.markers("contrast"))) {
            // "IP works at layer 4, and TCP sits below it at layer 3": each subject's piece is read on its own
            for (String piece : text.rules().clauseBreak().split(clause)) {
                if (m.when().stream().allMatch(group -> text.clauseHas(piece, group)) && !text.clauseHas(piece, m.unless())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Flag> weakMotives(AnswerText text, FeedbackRules rules, Rubric rubric, Set<Integer> faulty) {
        List<Flag> flags = new ArrayList<>();
        for (FeedbackRules.WeakMotive motive : rules.weakMotives()) {
            if (!rubric.weakMotives().contains(motive.id())) {
                continue;
            }
            text.firstAvowed(motive.patterns()).or(() -> text.firstAvowedTogether(motive.together())).ifPresent(i -> {
                flags.add(new Flag(motive.id(), quote(text.sentence(i)), motive.why()));
                faulty.add(i);
            });
        }
        return flags;
    }

    /** The question as asked, and how many of its words a last sentence takes up to restate it. */
    private record Closing(QuestionWords question, int echoMin) {}

    /** The structure points of this question, met where they are; returns the share of structure earned. */
    private static double structure(AnswerText text, FeedbackRules rules, Rubric rubric, List<String> questionTerms,
            int headOnMin, Closing closing, List<Point> points) {
        int[] pointsIn = pointsIn(text, rubric);
        double earned = 0;
        for (String id : rubric.structure()) {
            Point p = switch (id) {
                case CONCLUSION -> conclusion(text, rules, pointsIn, questionTerms, headOnMin, closing);
                case EPISODE -> episode(text, rules);
                // 「資格はまだありません。来月ITパスポートを受けます」: the learning is in the plan, not in what is not there yet
                case LEARNING -> found(id, text.firstNotDisclaimed(rules.markers(id)).or(() -> text.first(rules.markers(id))), text);
                default -> found(id, text.first(rules.markers(id)), text);
            };
            if (id.equals(REASON) && p.status() == Status.MISSED) {
                p = reasonWithoutMarkers(text, rules, pointsIn, closing);
            }
            if (id.equals(LINK) && p.status() == Status.MISSED) {
                p = linkWithoutMarkers(text, rules, pointsIn, questionTerms);
            }
            points.add(p);
            earned += p.status() == Status.MET ? 1 : p.status() == Status.PARTIAL ? 0.5 : 0;
        }
        return rubric.structure().isEmpty() ? 1 : earned / rubric.structure().size();
    }

    /** True when {@code quote} is one of the noted sentences, as {@link #quote} gives it. */
    private static boolean faultyQuote(AnswerText text, Set<Integer> faulty, String quote) {
        return faulty.stream().anyMatch(i -> i < text.size() && quote(text.sentence(i)).equals(quote));
    }

    /** For each sentence, how many of this question's points it makes. */
    private static int[] pointsIn(AnswerText text, Rubric rubric) {
        int[] made = new int[text.size()];
        for (int i = 0; i < text.size(); i++) {
            for (Rubric.Concept concept : rubric.concepts()) {
                made[i] += text.makes(i, concept.synonyms()) ? 1 : 0;
            }
        }
        return made;
    }

    /**
     * A reason given without a reason word: a story told first and closed with the answer (the story is the
     * reason, and the last sentence ties it to the answer), or one sentence that connects two of this
     * question's points ("UDP skips the checks, so calls and games use it": a property tied to its use).
     */
    private static Point reasonWithoutMarkers(AnswerText text, FeedbackRules rules, int[] pointsIn, Closing closing) {
        if (storyFirst(text, rules, pointsIn, closing)) {
            return new Point(REASON, Status.MET, quote(text.sentence(text.size() - 1)));
        }
        for (int i = 0; i < text.size(); i++) {
            int at = i;
            if (pointsIn[at] >= 2) {
                return new Point(REASON, Status.MET, quote(text.sentence(i)));
            }
        }
        return new Point(REASON, Status.MISSED, "");
    }

    /**
     * The link to the job said in the speaker's own words: after the opening, a sentence saying what the speaker
     * means to do ({@code intention}: "…していきたいです", "I want to…", not an opinion such as 「…と思います」) that
     * makes one of this question's points or names its key terms ("監視の経験を積みながら、構築にも関わっていきたい
     * です"), where no listed linking phrase was used.
     */
    private static Point linkWithoutMarkers(AnswerText text, FeedbackRules rules, int[] pointsIn, List<String> questionTerms) {
        for (int i = 1; i < text.size(); i++) {
            if (text.has(i, rules.markers("intention")) && (pointsIn[i] > 0 || text.has(i, questionTerms))) {
                return new Point(LINK, Status.MET, quote(text.sentence(i)));
            }
        }
        return new Point(LINK, Status.MISSED, "");
    }

    /** The question's own terms (its key terms and names): a first sentence that takes them up answers head-on. */
    private static List<String> headOn(InterviewQuestion question) {
        List<String> terms = new ArrayList<>(question.keyTerms());
        terms.addAll(question.names());
        return terms;
    }

    /**
     * The answer stated plainly: in the first sentence (PREP), or in the last (story first: "that is why I
     * chose infrastructure", or a closing stance such as "I want to be the one who keeps it running"). A
     * sentence counts when it says the answer: a conclusion phrase, one of this question's points, or (first)
     * the question's own terms taken up head-on ("DNSは、ドメイン名とIPアドレスを対応づける仕組みです"). The
     * question's everyday words taken up are not enough: a poor or off-topic answer restates them as readily.
     */
    private static Point conclusion(AnswerText text, FeedbackRules rules, int[] pointsIn, List<String> questionTerms,
            int headOnMin, Closing closing) {
        if (text.size() == 0) {
            return new Point(CONCLUSION, Status.MISSED, "");
        }
        // a story told first and closed with the answer: its last sentence is the conclusion, not the opening scene
        // (whose 「私は…」 or "I was…" reads like a conclusion phrase)
        // 「はい。」 or "Sure." said first only acknowledges the question: the answer opens with the next sentence (a
        // twenty-third trial saw 「はい。」 quoted as the conclusion of every answer, and named the best point in the summary)
        int open = text.size() > 1 && text.rules().acknowledgement().matcher(text.folded(0).strip()).matches() ? 1 : 0;
        boolean storyOpens = text.size() > open + 2 && text.has(open, rules.markers(EPISODE)) && storyFirst(text, rules, pointsIn, closing);
        List<Integer> candidates = text.size() == open + 1 ? List.of(open)
                : storyOpens ? List.of(text.size() - 1, open) : List.of(open, text.size() - 1);
        for (int i : candidates) {
            String s = text.sentence(i);
            boolean shortEnough = text.english() ? AnswerText.words(s) <= 45 : s.length() <= 130;
            boolean last = i == text.size() - 1 && i > open;
            // a first sentence that opens a story makes the episode's point, not the answer's
            boolean says = last
                    ? closesWithTheAnswer(text, rules, pointsIn, closing)
                    : text.has(i, rules.markers(CONCLUSION))
                            || ((pointsIn[i] > 0 || text.countOf(i, questionTerms) >= headOnMin)
                                    && (text.size() == open + 1 || !text.has(i, rules.markers(EPISODE))));
            if (shortEnough && says) {
                return new Point(CONCLUSION, Status.MET, quote(s));
            }
        }
        return new Point(CONCLUSION, Status.MISSED, "");
    }

    /**
     * True when the last sentence states the answer: a closing phrase ("だから私は…", "that is why I…"), a
     * summing-up opening ("つまり…", "So…") or the speaker's own stance ("…したいと思います", "I want to…"),
     * together with one of this question's points, a conclusion phrase, or the question's own words taken up
     * again ("それが、開発ではなくインフラを選んだ理由です": the motive restated, whichever question it is).
     */
    private static boolean closesWithTheAnswer(AnswerText text, FeedbackRules rules, int[] pointsIn, Closing closing) {
        int last = text.size() - 1;
        return last > 0 && (text.has(last, rules.markers("conclusion_last")) || text.has(last, rules.markers("stance"))
                || text.startsWith(last, rules.markers("closing")))
                && (pointsIn[last] > 0 || text.has(last, rules.markers(CONCLUSION))
                        || closing.question().echoed(text, last) >= closing.echoMin());
    }

    /**
     * The last sentence, after a story, says in the question's own words that this is the answer: 「それが御社を志望した
     * 理由です」, "that's why I applied to you".
     */
    private static boolean closesByNamingTheQuestion(AnswerText text, FeedbackRules rules, QuestionWords asked, int echoMin) {
        int last = text.size() - 1;
        return last > 0 && (text.has(last, rules.markers("conclusion_last")) || text.startsWith(last, rules.markers("closing")))
                && asked.echoed(text, last) >= echoMin;
    }

    /**
     * True when a story's last sentence sums up ("So…", "that is why…") with one of this question's points and one of
     * its words: the story answers this question, however much of it another question's points describe.
     */
    private static boolean closesOnThisQuestion(AnswerText text, FeedbackRules rules, Rubric rubric, QuestionWords asked) {
        int last = text.size() - 1;
        return closesByNamingTheQuestion(text, rules, asked, 1) && rubric.concepts().stream().anyMatch(c -> text.makes(last, c.synonyms()));
    }

    /**
     * True when the talk comes first and the last sentence closes it: with a closing phrase ("that is why…"),
     * or, after an own story, with the answer in the speaker's own stance.
     */
    private static boolean storyFirst(AnswerText text, FeedbackRules rules, int[] pointsIn, Closing closing) {
        if (text.size() <= 2) {
            return false;
        }
        if (text.has(text.size() - 1, rules.markers("conclusion_last"))) {
            return true;
        }
        Optional<Integer> story = text.first(rules.markers(EPISODE), rules.markers("hearsay"));
        return story.isPresent() && story.get() < text.size() - 1 && closesWithTheAnswer(text, rules, pointsIn, closing);
    }

    /** One's own experience, not hearsay; concrete when it has a number or a scene. */
    private static Point episode(AnswerText text, FeedbackRules rules) {
        Optional<Integer> at = text.first(rules.markers(EPISODE), rules.markers("hearsay"));
        if (at.isEmpty()) {
            at = toldInThePast(text, rules);
        }
        if (at.isEmpty()) {
            return new Point(EPISODE, Status.MISSED, "");
        }
        boolean concrete = false;
        for (int i = 0; i < text.size(); i++) {
            if (NUMBER.matcher(AnswerText.fold(text.sentence(i))).find() && (i == at.get() || text.has(i, rules.markers("specifics")))) {
                concrete = true;
                break;
            }
        }
        return new Point(EPISODE, concrete ? Status.MET : Status.PARTIAL, quote(text.sentence(at.get())));
    }

    /**
     * The first sentence, neither hearsay nor imagined, in which the speaker did something in the past ("I ran the same
     * script a hundred times a day", "we had a checklist"): the language's {@code reading.past_deed}, for English, where an
     * episode need not open with a marker phrase
     */
    private static Optional<Integer> toldInThePast(AnswerText text, FeedbackRules rules) {
        SentenceRules reading = text.rules();
        for (int i = 0; i < text.size(); i++) {
            String s = text.folded(i);
            if (reading.pastDeed().matcher(s).find() && !reading.imagined().matcher(s).find()
                    && !text.has(i, rules.markers("hearsay"))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Point found(String id, Optional<Integer> at, AnswerText text) {
        return at.map(i -> new Point(id, Status.MET, quote(text.sentence(i)))).orElseGet(() -> new Point(id, Status.MISSED, ""));
    }

    static Length length(String answer, FeedbackRules.Length band) {
        int count = band.countsWords() ? AnswerText.words(answer)
                : (int) answer.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        Verdict verdict;
        if (count < band.tooShort()) {
            verdict = Verdict.TOO_SHORT;
        } else if (count < band.idealMin()) {
            verdict = Verdict.SHORT;
        } else if (count <= band.idealMax()) {
            verdict = Verdict.GOOD;
        } else if (count <= band.tooLong()) {
            verdict = Verdict.LONG;
        } else {
            verdict = Verdict.TOO_LONG;
        }
        return new Length(count, band.unit(), verdict);
    }

    static String quote(String sentence) {
        return Texts.cut(sentence.strip(), QUOTE_MAX);
    }
}
