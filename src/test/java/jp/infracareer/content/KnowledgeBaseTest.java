package jp.infracareer.content;

import jp.infracareer.kernel.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The knowledge base is complete in both languages, consistent, and within the lengths replies can carry. */
class KnowledgeBaseTest {
    private static final List<String> ROLE_IDS = List.of("infra", "server", "network", "cloud", "database", "security", "devops");
    private static final List<String> STAGE_IDS = List.of("requirements", "design", "build", "maintenance", "operations", "monitoring");
    private static final int MAX_PARAGRAPH = 600;
    private static final int MAX_ITEMS = 8;
    private static final int MAX_ITEM = 200;

    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void bothLanguagesHaveTheSevenRolesInCatalogueOrder() {
        for (Lang lang : Lang.values()) {
            assertThat(ids(kb.catalog(lang).roles(), Role::id)).as(lang + " roles").isEqualTo(ROLE_IDS);
        }
    }

    @Test
    void bothLanguagesHaveTheSixStagesInOrderWithTheRightStream() {
        for (Lang lang : Lang.values()) {
            List<Stage> stages = kb.catalog(lang).stages().stages();
            assertThat(ids(stages, Stage::id)).as(lang + " stages").isEqualTo(STAGE_IDS);
            assertThat(stages.subList(0, 3)).allMatch(Stage::upstream);
            assertThat(stages.subList(3, 6)).noneMatch(Stage::upstream);
            assertThat(stages).allMatch(s -> s.difficulty() >= 1 && s.difficulty() <= 5);
        }
    }

    @Test
    void everyRoleFieldIsFilledAndWithinLimits() {
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (Role r : kb.catalog(lang).roles()) {
                String where = lang + " role " + r.id();
                paragraph(problems, where + " name", r.name());
                paragraph(problems, where + " short", r.shortName());
                if (r.shortName() != null && r.shortName().length() > 20) {
                    problems.add(where + " short is longer than 20");
                }
                for (String p : new String[] {r.summary(), r.scope(), r.entry()}) {
                    paragraph(problems, where, p);
                }
                for (List<String> list : List.of(r.tasks(), r.skills(), r.tools(), r.suits(), r.nextSteps(), r.certifications())) {
                    list(problems, where, list);
                }
                for (Axis axis : Axis.values()) {
                    paragraph(problems, where + " axis " + axis.key(), r.axes() == null ? null : r.axes().get(axis));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStageAndTheDayAreFilledAndWithinLimits() {
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Catalog c = kb.catalog(lang);
            Stages.Overview o = c.stages().overview();
            for (String p : new String[] {o.summary(), o.upstream(), o.downstream(), o.whereNewcomersStart(), o.onpremVsCloud()}) {
                paragraph(problems, lang + " overview", p);
            }
            for (Stage s : c.stages().stages()) {
                String where = lang + " stage " + s.id();
                for (String p : new String[] {s.name(), s.purpose(), s.who(), s.newcomers(), s.onpremVsCloud()}) {
                    paragraph(problems, where, p);
                }
                for (List<String> list : List.of(s.tasks(), s.deliverables(), s.tools())) {
                    list(problems, where, list);
                }
            }
            Day day = c.day();
            paragraph(problems, lang + " day", day.title());
            paragraph(problems, lang + " day", day.intro());
            paragraph(problems, lang + " day", day.closing());
            assertThat(day.schedule()).as(lang + " schedule").hasSizeBetween(6, MAX_ITEMS);
            day.schedule().forEach(b -> {
                for (String p : new String[] {b.time(), b.activity(), b.detail(), b.lesson()}) {
                    paragraph(problems, lang + " day " + b.time(), p);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDayHasTheSameTimetableInBothLanguages() {
        assertThat(ids(kb.catalog(Lang.JA).day().schedule(), Day.Block::time))
                .isEqualTo(ids(kb.catalog(Lang.EN).day().schedule(), Day.Block::time));
    }

    @Test
    void crossReferencesResolve() {
        for (Lang lang : Lang.values()) {
            Catalog c = kb.catalog(lang);
            for (Role r : c.roles()) {
                assertThat(r.related()).as(lang + " " + r.id() + " related").isNotEmpty().doesNotContain(r.id());
                assertThat(ROLE_IDS).as(lang + " " + r.id() + " related").containsAll(r.related());
            }
            for (Comparison comparison : c.comparisons()) {
                assertThat(comparison.pair()).hasSize(2).allMatch(ROLE_IDS::contains);
                for (Axis axis : Axis.values()) {
                    for (String side : comparison.pair()) {
                        assertThat(comparison.side(axis, side)).as(lang + " " + comparison.pair() + " " + axis + " " + side).isNotBlank();
                    }
                }
                assertThat(comparison.suits().keySet()).containsExactlyInAnyOrderElementsOf(comparison.pair());
                assertThat(comparison.shared()).hasSize(5);
                assertThat(comparison.jobPosting()).hasSize(3);
            }
        }
        assertThat(kb.aliases().roles().keySet()).containsExactlyInAnyOrderElementsOf(ROLE_IDS);
        assertThat(kb.aliases().stages().keySet()).containsExactlyInAnyOrderElementsOf(STAGE_IDS);
        assertThat(kb.aliases().intents().keySet()).containsExactlyInAnyOrder("compare", "day", "stages", "roles", "help");
    }

    @Test
    void infraVersusServerHasAHandWrittenComparisonInBothLanguages() {
        for (Lang lang : Lang.values()) {
            assertThat(kb.catalog(lang).comparison("infra", "server")).as(lang.code()).isPresent();
            assertThat(kb.catalog(lang).comparison("server", "infra")).as(lang.code()).isPresent();
        }
    }

    @Test
    void interfaceWordingHasTheSameKeysInBothLanguages() {
        Ui ja = kb.catalog(Lang.JA).ui();
        Ui en = kb.catalog(Lang.EN).ui();
        assertThat(ja.texts().keySet()).isEqualTo(en.texts().keySet());
        assertThat(ja.lists().keySet()).isEqualTo(en.lists().keySet());
        assertThat(ja.texts()).allSatisfy((k, v) -> assertThat(v).as("ja " + k).isNotBlank());
        assertThat(en.texts()).allSatisfy((k, v) -> assertThat(v).as("en " + k).isNotBlank());
    }

    @Test
    void contentIsPlainTextWithoutAngleBracketsOrMarkup() throws Exception {
        var resolver = KnowledgeBase.class.getClassLoader();
        for (String file : List.of("roles.yml", "comparisons.yml", "stages.yml", "day.yml", "ui.yml", "tips.yml", "fit.yml",
                "interview.yml")) {
            for (Lang lang : Lang.values()) {
                String path = "content/" + lang.code() + "/" + file;
                try (var in = resolver.getResourceAsStream(path)) {
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(text).as(path).doesNotContain("<", ">", "http://", "https://");
                }
            }
        }
    }

    @Test
    void englishContentHasNoJapaneseLeftOverExceptNamedTerms() {
        Catalog en = kb.catalog(Lang.EN);
        for (Role r : en.roles()) {
            assertThat(r.summary()).as("en " + r.id() + " summary").doesNotContainPattern("[ぁ-ん]{3,}");
        }
        for (Stage s : en.stages().stages()) {
            assertThat(s.purpose()).as("en " + s.id() + " purpose").doesNotContainPattern("[ぁ-ん]{3,}");
        }
    }

    @Test
    void theQuestionBankIsCompleteInBothLanguages() {
        List<InterviewQuestion> ja = kb.catalog(Lang.JA).questions();
        List<InterviewQuestion> en = kb.catalog(Lang.EN).questions();
        assertThat(ja).hasSizeGreaterThanOrEqualTo(25);
        assertThat(ids(ja, InterviewQuestion::id)).isEqualTo(ids(en, InterviewQuestion::id));
        assertThat(ids(ja, InterviewQuestion::id)).doesNotHaveDuplicates();
        Set<String> categories = Set.of("self-intro", "motivation", "understanding", "learning", "technical", "incident",
                "shifts", "career", "teamwork", "reverse");
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (InterviewQuestion q : kb.catalog(lang).questions()) {
                String where = lang + " question " + q.id();
                for (String p : new String[] {q.question(), q.intent(), q.hint(), q.followUp()}) {
                    paragraph(problems, where, p);
                }
                for (List<String> list : List.of(q.outline(), q.keyTerms(), q.names())) {
                    list(problems, where, list);
                }
                if (!categories.contains(q.category())) {
                    problems.add(where + ": unknown category " + q.category());
                }
                if (!List.of("PREP", "STAR").contains(q.method())) {
                    problems.add(where + ": method " + q.method());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(ja).extracting(InterviewQuestion::category).containsAll(categories);
        for (String track : List.of("general", "server", "network", "cloud")) {
            assertThat(ja.stream().filter(q -> q.inTrack(track)).count()).as(track + " track").isGreaterThanOrEqualTo(8);
        }
        for (int i = 0; i < ja.size(); i++) {
            assertThat(ja.get(i).tracks()).as(ja.get(i).id() + " tracks").isEqualTo(en.get(i).tracks());
            assertThat(ja.get(i).method()).isEqualTo(en.get(i).method());
        }
    }

    @Test
    void feedbackRulesHaveEveryMarkerAndTheSameWeakMotivesInBothLanguages() {
        for (Lang lang : Lang.values()) {
            FeedbackRules rules = kb.catalog(lang).feedback();
            for (String kind : List.of("conclusion", "reason", "episode", "specifics", "link", "learning", "result")) {
                assertThat(rules.markers(kind)).as(lang + " " + kind).isNotEmpty();
            }
            assertThat(rules.length().tooShort()).isLessThan(rules.length().idealMin());
            assertThat(rules.length().idealMin()).isLessThan(rules.length().idealMax());
            assertThat(rules.length().idealMax()).isLessThan(rules.length().tooLong());
        }
        assertThat(kb.catalog(Lang.JA).feedback().weakMotives()).extracting(FeedbackRules.WeakMotive::id)
                .containsExactlyElementsOf(kb.catalog(Lang.EN).feedback().weakMotives().stream().map(FeedbackRules.WeakMotive::id).toList())
                .contains("pay", "stable", "skill-for-life", "remote", "vague", "blame");
    }

    @Test
    void thereAreAtLeastFortyTipsInBothLanguagesWithTheSameIds() {
        var ja = kb.catalog(Lang.JA).tips().tips();
        var en = kb.catalog(Lang.EN).tips().tips();
        assertThat(ja).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ids(ja, Tips.Tip::id)).isEqualTo(ids(en, Tips.Tip::id)).doesNotHaveDuplicates();
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (Tips.Tip tip : kb.catalog(lang).tips().tips()) {
                paragraph(problems, lang + " tip " + tip.id(), tip.text());
                kb.catalog(lang).ui().text("broadcast.category." + tip.category());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void paragraph(List<String> problems, String where, String text) {
        if (text == null || text.isBlank()) {
            problems.add(where + ": empty");
        } else if (text.length() > MAX_PARAGRAPH) {
            problems.add(where + ": " + text.length() + " characters > " + MAX_PARAGRAPH);
        }
    }

    private static void list(List<String> problems, String where, List<String> list) {
        if (list == null || list.isEmpty()) {
            problems.add(where + ": empty list");
            return;
        }
        if (list.size() > MAX_ITEMS) {
            problems.add(where + ": " + list.size() + " items > " + MAX_ITEMS);
        }
        Set<String> seen = list.stream().collect(Collectors.toSet());
        if (seen.size() != list.size()) {
            problems.add(where + ": repeated item");
        }
        list.forEach(item -> {
            if (item == null || item.isBlank() || item.length() > MAX_ITEM) {
                problems.add(where + ": bad item (" + (item == null ? "null" : item.length() + " chars") + ")");
            }
        });
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
