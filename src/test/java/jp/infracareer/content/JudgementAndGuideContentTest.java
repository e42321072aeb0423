package jp.infracareer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.infracareer.advisor.Understanding;
import jp.infracareer.kernel.GuideIds;
import jp.infracareer.kernel.Lang;
import jp.infracareer.recognition.IntentModel;
import org.junit.jupiter.api.Test;

/**
 * The content that judges answers (rubrics.yml, scoring.yml) and answers career questions (guides.yml), and
 * the intent corpus: complete, the same ids in both languages, references that resolve, within Slack's limits.
 */
class JudgementAndGuideContentTest {
    /** A guide's short answer: a few lines, well inside one Block Kit section. */
    private static final int MAX_ANSWER = 800;
    private static final Set<String> STRUCTURE = Set.of("conclusion", "reason", "episode", "result", "link", "learning");
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void everyQuestionHasARubricWithTheSameIdsInBothLanguages() {
        Catalog ja = kb.catalog(Lang.JA);
        Catalog en = kb.catalog(Lang.EN);
        for (InterviewQuestion q : ja.questions()) {
            Rubric rj = ja.rubric(q.id()).orElseThrow(() -> new AssertionError("no ja rubric for " + q.id()));
            Rubric re = en.rubric(q.id()).orElseThrow(() -> new AssertionError("no en rubric for " + q.id()));
            assertThat(rj.concepts()).as(q.id()).hasSizeBetween(3, 6);
            assertThat(ids(rj.concepts())).as(q.id() + " concept ids").isEqualTo(ids(re.concepts()));
            assertThat(rj.misconceptions().stream().map(Rubric.Misconception::id).toList())
                    .isEqualTo(re.misconceptions().stream().map(Rubric.Misconception::id).toList());
            // a wrong decision may be overruled by the judgement model, a wrong fact never: the same in both languages,
            // and only where a situation is asked about (the judgement's categories)
            assertThat(rj.misconceptions().stream().map(Rubric.Misconception::decision).toList()).as(q.id() + " decisions")
                    .isEqualTo(re.misconceptions().stream().map(Rubric.Misconception::decision).toList());
            if (!ja.feedback().judgement().categories().contains(q.category())) {
                assertThat(rj.misconceptions()).as(q.id() + ": a decision outside a situation").noneMatch(Rubric.Misconception::decision);
            }
            assertThat(rj.essential()).as(q.id() + " essential steps").map(Rubric.Essential::id)
                    .isEqualTo(re.essential().stream().map(Rubric.Essential::id).toList());
            assertThat(rj.structure()).as(q.id()).isEqualTo(re.structure()).allMatch(STRUCTURE::contains);
            // a rule written as another reading of a slip names a rule (of any question: a shared rule's twin may be
            // one question's own), itself no reading of another, the same in both languages
            assertThat(rj.misconceptions().stream().map(Rubric.Misconception::sameAs).toList()).as(q.id() + " same_as")
                    .isEqualTo(re.misconceptions().stream().map(Rubric.Misconception::sameAs).toList());
            for (Catalog lang : List.of(ja, en)) {
                List<Rubric.Misconception> findable = new java.util.ArrayList<>(lang.feedback().judgement().mistakes());
                lang.questions().forEach(o -> findable.addAll(lang.rubric(o.id()).orElseThrow().misconceptions()));
                for (Rubric.Misconception m : lang.rubric(q.id()).orElseThrow().misconceptions()) {
                    if (!m.sameAs().isEmpty()) {
                        assertThat(findable).as(q.id() + ": " + m.id() + " same_as " + m.sameAs())
                                .anyMatch(o -> o.id().equals(m.sameAs()) && o.sameAs().isEmpty());
                    }
                }
            }
            // a follow-up asked instead when the answer already made the point the question's own follow-up asks about
            assertThat(rj.followUpIfMade().concept()).as(q.id() + " follow-up concept").isEqualTo(re.followUpIfMade().concept());
            if (!rj.followUpIfMade().concept().isEmpty()) {
                assertThat(ids(rj.concepts())).as(q.id() + " follow-up concept").contains(rj.followUpIfMade().concept());
                assertThat(rj.followUpIfMade().ask()).as(q.id()).endsWith("か。").isNotEqualTo(q.followUp());
                assertThat(re.followUpIfMade().ask()).as(q.id()).endsWith("?")
                        .isNotEqualTo(en.question(q.id()).orElseThrow().followUp());
            } else {
                assertThat(rj.followUpIfMade().ask() + re.followUpIfMade().ask()).as(q.id() + " follow-up without a concept").isEmpty();
            }
            assertThat(rj.need()).as(q.id() + " need").isBetween(1, rj.concepts().size()).isEqualTo(re.need());
            // a question about a situation (an incident, a shift, the team) names it in both languages, so that a
            // story of it is judged, not called off topic; a question of knowledge names none
            boolean situation = Set.of("incident", "teamwork", "shifts").contains(q.category()) || q.id().equals("repetitive-work");
            assertThat(rj.situation().isEmpty()).as(q.id() + " situation (ja)").isEqualTo(!situation);
            assertThat(re.situation().isEmpty()).as(q.id() + " situation (en)").isEqualTo(!situation);
            // a host-count check asks about the same network in both languages and states the worked-out figure
            assertThat(rj.hostCount().prefix()).as(q.id() + " host count").isEqualTo(re.hostCount().prefix());
            assertThat(rj.roles().of().size()).as(q.id() + " roles").isEqualTo(re.roles().of().size());
            for (Rubric r : List.of(rj, re)) {
                if (r.hostCount().prefix() > 0) {
                    assertThat(r.hostCount().prefix()).isBetween(8, 30);
                    assertThat(r.hostCount().units()).isNotEmpty();
                    assertThat(r.hostCount().correction()).contains("{usable}");
                }
            }
            for (Rubric r : List.of(rj, re)) {
                assertThat(r.example()).as(q.id() + " example").isNotBlank();
                r.concepts().forEach(c -> assertThat(c.synonyms()).as(q.id() + "/" + c.id()).isNotEmpty().allMatch(w -> !w.isBlank()));
                r.misconceptions().forEach(m -> {
                    assertThat(m.when()).as(q.id() + "/" + m.id()).isNotEmpty().allMatch(g -> !g.isEmpty());
                    assertThat(m.correction()).as(q.id() + "/" + m.id()).isNotBlank();
                    assertThat(ids(r.concepts())).as(q.id() + "/" + m.id() + " without").containsAll(m.without());
                });
                r.essential().forEach(e -> {
                    assertThat(ids(r.concepts())).as(q.id() + "/" + e.id() + " any_of").containsAll(e.anyOf());
                    assertThat(e.anyOf()).as(q.id() + "/" + e.id()).isNotEmpty();
                    assertThat(e.correction()).as(q.id() + "/" + e.id()).isNotBlank();
                });
            }
        }
        assertThat(ja.rubrics()).hasSameSizeAs(ja.questions());
    }

    @Test
    void rolesContrastAtLeastTwoThingsWithTheSameShapeInBothLanguages() {
        Catalog ja = kb.catalog(Lang.JA);
        Catalog en = kb.catalog(Lang.EN);
        long withRoles = 0;
        for (Rubric rj : ja.rubrics()) {
            Rubric re = en.rubric(rj.question()).orElseThrow();
            assertThat(rj.roles().of()).as(rj.question() + " roles").hasSameSizeAs(re.roles().of());
            if (rj.roles().of().isEmpty()) {
                continue;
            }
            withRoles++;
            for (Rubric r : List.of(rj, re)) {
                assertThat(r.roles().of()).as(r.question()).hasSizeGreaterThanOrEqualTo(2)
                        .allMatch(role -> !role.entity().isEmpty() && !role.does().isEmpty());
                assertThat(r.roles().correction()).as(r.question() + " roles correction").isNotBlank();
            }
        }
        assertThat(withRoles).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theSharedJudgementMistakesAreTheSameInBothLanguagesAndApplyToQuestionsThatExist() {
        FeedbackRules.Judgement ja = kb.catalog(Lang.JA).feedback().judgement();
        FeedbackRules.Judgement en = kb.catalog(Lang.EN).feedback().judgement();
        assertThat(ja.mistakes()).isNotEmpty();
        assertThat(ja.mistakes().stream().map(Rubric.Misconception::id).toList())
                .isEqualTo(en.mistakes().stream().map(Rubric.Misconception::id).toList());
        assertThat(ja.categories()).isEqualTo(en.categories()).isNotEmpty();
        Set<String> categories = kb.catalog(Lang.JA).questions().stream().map(InterviewQuestion::category).collect(Collectors.toSet());
        assertThat(categories).containsAll(ja.categories());
        for (FeedbackRules.Judgement j : List.of(ja, en)) {
            j.mistakes().forEach(m -> {
                assertThat(m.when()).as(m.id()).isNotEmpty().allMatch(g -> !g.isEmpty());
                assertThat(m.correction()).as(m.id()).isNotBlank();
                assertThat(m.without()).as(m.id() + ": no rubric's concepts to name").isEmpty();
            });
            assertThat(j.course()).as("what the judgement model's finding says").isNotBlank();
        }
        for (Lang lang : Lang.values()) {
            assertThat(kb.catalog(lang).feedback().thin()).as(lang + ": what the thinness model's finding says").isNotBlank();
        }
    }

    @Test
    void rubricsNameOnlyWeakMotivesThatExist() {
        for (Lang lang : Lang.values()) {
            Catalog c = kb.catalog(lang);
            Set<String> motives = c.feedback().weakMotives().stream().map(FeedbackRules.WeakMotive::id).collect(Collectors.toSet());
            c.rubrics().forEach(r -> assertThat(motives).as(lang + " " + r.question()).containsAll(r.weakMotives()));
            assertThat(c.feedback().markers("conclusion_last")).isNotEmpty();
            assertThat(c.feedback().markers("hearsay")).isNotEmpty();
            assertThat(c.feedback().markers("vague")).isNotEmpty();
            assertThat(c.feedback().markers("stance")).isNotEmpty();
            assertThat(c.feedback().markers("intention")).isNotEmpty();
            assertThat(c.feedback().markers("refers_back")).isNotEmpty();
            assertThat(c.feedback().markers("closing")).isNotEmpty();
            assertThat(c.feedback().markers("contrast")).isNotEmpty();
        }
    }

    @Test
    void scoringHasEveryNumberTheScorerReads() {
        Scoring s = kb.catalog(Lang.JA).scoring();
        assertThat(s.weight("structure") + s.weight("concepts") + s.weight("length")).isEqualTo(100);
        for (String cap : List.of("off_topic", "other_question", "stuffed", "misconception", "weak_only", "thin")) {
            assertThat(s.cap(cap)).as(cap).isBetween(0, 40);
        }
        assertThat(s.penalty("weak_motive")).isPositive();
        for (String t : List.of("other_question_own_max_hits", "other_question_min_share", "other_question_lead",
                "explaining_share_floor", "explaining_share_min", "term_run_share_min", "explaining_sentence_min_words", "function_share_min_ja", "function_share_min_en", "repeated_sentence_alike", "repeated_sentences_max", "head_on_terms_min", "stray_max_points", "stray_max_sentences", "stray_min_sentences",
                "stray_key_term_sentences", "judgement_model_min", "judgement_model_min_short", "judgement_short_min_sentences", "decision_veto_max", "other_question_model_min", "other_question_model_alone_min", "thin_model_min", "sound_thin_max", "sound_judgement_max", "term_list_min_words")) {
            assertThat(s.thresholds()).as(t).containsKey(t);
        }
    }

    @Test
    void everyGuideTopicIsWrittenInBothLanguagesWithinLimits() {
        for (Lang lang : Lang.values()) {
            Catalog c = kb.catalog(lang);
            assertThat(c.guides().stream().map(Guide::id).toList()).as(lang + " guide ids").isEqualTo(GuideIds.ALL);
            List<String> problems = new ArrayList<>();
            for (Guide g : c.guides()) {
                String where = lang + " guide/" + g.id();
                long lines = g.answer().strip().lines().count();
                if (lines < 1 || lines > 6 || g.answer().length() > MAX_ANSWER) {
                    problems.add(where + ": the answer must be 1-6 lines within " + MAX_ANSWER + " characters");
                }
                if (g.sections().isEmpty()) {
                    problems.add(where + ": no sections");
                }
                for (Guide.Section s : g.sections()) {
                    if (s.text().length() > 600 || s.bullets().size() > 8 || s.bullets().stream().anyMatch(b -> b.length() > 200)) {
                        problems.add(where + " '" + s.heading() + "': over the length limits");
                    }
                }
                for (Guide.Fact f : g.facts()) {
                    if (f.asOf() < 2000 || f.asOf() > 2027 || f.source() == null || f.source().isBlank()) {
                        problems.add(where + ": a fact without a year or a source: " + f.text());
                    }
                }
                for (String related : g.related()) {
                    if (!resolves(c, related)) {
                        problems.add(where + ": related topic does not exist: " + related);
                    }
                }
                String all = g.title() + g.answer() + g.sections() + g.facts();
                if (all.contains("<") || all.contains(">")) {
                    problems.add(where + ": angle brackets");
                }
            }
            assertThat(problems).isEmpty();
            assertThat(c.guides()).allMatch(g -> !g.facts().isEmpty());
        }
    }

    @Test
    void theGuidesThatGiveOnePickGiveItInBothLanguagesInAParagraph() {
        Set<String> ja = kb.catalog(Lang.JA).guides().stream().filter(g -> !g.verdict().isEmpty()).map(Guide::id).collect(Collectors.toSet());
        Set<String> en = kb.catalog(Lang.EN).guides().stream().filter(g -> !g.verdict().isEmpty()).map(Guide::id).collect(Collectors.toSet());
        // the guides whose pages weigh choices a reader asks to have narrowed to one (「で、結局どれ？」)
        assertThat(ja).isEqualTo(en).contains("certifications", "ses", "school", "on-prem-cloud", "other-entries");
        for (Lang lang : Lang.values()) {
            kb.catalog(lang).guides().forEach(g -> assertThat(g.verdict().length()).as(lang + " " + g.id()).isLessThanOrEqualTo(600));
            assertThat(kb.catalog(lang).ui().text("verdict.roles")).hasSizeLessThanOrEqualTo(600);
        }
    }

    @Test
    void tipThemesAreTipCategoriesAndEveryCategoryCanBeAskedFor() {
        Set<String> categories = kb.catalog(Lang.JA).tips().tips().stream().map(Tips.Tip::category).collect(Collectors.toSet());
        assertThat(kb.aliases().tipThemes().keySet()).containsExactlyInAnyOrderElementsOf(categories);
        assertThat(kb.aliases().tipThemes().values()).allMatch(words -> !words.isEmpty());
        assertThat(kb.aliases().interview().filler()).isNotEmpty();
    }

    // a newcomer trial saw "CONTENT-FACTS.md" among a guide's sources: a file of this project, not a source
    @Test
    void guideSourcesNameWhereAFactComesFromNotAFileOfThisProject() {
        for (Lang lang : Lang.values()) {
            for (Guide g : kb.catalog(lang).guides()) {
                for (Guide.Fact f : g.facts()) {
                    assertThat(f.source()).as(lang + " " + g.id() + ": " + f.text()).isNotBlank()
                            .doesNotContainIgnoringCase(".md").doesNotContainIgnoringCase("content-facts");
                }
            }
        }
    }

    @Test
    void theIntentCorpusIsLargeAndCoversEveryIntent() {
        List<IntentModel.Example> corpus = Understanding.corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1500);
        Set<String> intents = corpus.stream().map(IntentModel.Example::intent).collect(Collectors.toSet());
        for (String g : GuideIds.ALL) {
            assertThat(intents).contains("guide/" + g);
        }
        assertThat(intents).contains("help", "roles", "role", "compare", "stages", "stage", "day", "interview", "jobpost", "fit",
                "tip", "thanks", "greeting");
        assertThat(corpus).allMatch(e -> e.lang().equals("ja") || e.lang().equals("en"));
    }

    private static boolean resolves(Catalog c, String topic) {
        String[] p = topic.split("/");
        return switch (p[0]) {
            case "guide" -> p.length == 2 && GuideIds.ALL.contains(p[1]);
            case "role" -> p.length == 2 && c.role(p[1]).isPresent();
            case "stage" -> p.length == 2 && c.stage(p[1]).isPresent();
            case "compare" -> p.length == 3 && c.role(p[1]).isPresent() && c.role(p[2]).isPresent() && !p[1].equals(p[2]);
            case "stages", "roles", "day", "interview", "jobpost", "fit", "tip", "help" -> p.length == 1;
            default -> false;
        };
    }

    private static List<String> ids(List<Rubric.Concept> concepts) {
        return concepts.stream().map(Rubric.Concept::id).toList();
    }
}
