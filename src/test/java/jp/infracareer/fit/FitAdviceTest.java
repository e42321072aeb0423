package jp.infracareer.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.FitQuiz;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quiz's advice respects what the user said (a newcomer trial who wanted day work only was sent to
 * monitoring, and one not interested in code was told to write a backup script).
 */
class FitAdviceTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    /** For each question, the option given for it, or the first option. */
    private static List<String> answers(FitQuiz quiz, java.util.Map<String, String> chosen) {
        List<String> answers = new ArrayList<>();
        for (FitQuiz.Question q : quiz.questions()) {
            answers.add(chosen.getOrDefault(q.id(), q.options().get(0).id()));
        }
        return answers;
    }

    private static String text(Reply r) {
        return r.title() + "\n" + r.parts() + "\n" + r.actions();
    }

    @Test
    void theAnswersThatStateALimitExistInTheQuiz() {
        for (Lang lang : Lang.values()) {
            FitQuiz quiz = KB.catalog(lang).fit();
            assertThat(quiz.questions()).anySatisfy(q -> {
                assertThat(q.id()).isEqualTo(FitResult.NIGHT_SHIFTS);
                assertThat(q.options()).extracting(FitQuiz.Option::id).contains(FitResult.DAYTIME);
            });
            assertThat(quiz.questions()).anySatisfy(q -> {
                assertThat(q.id()).isEqualTo(FitResult.CODE);
                assertThat(q.options()).extracting(FitQuiz.Option::id).contains(FitResult.NOT_MUCH);
            });
        }
    }

    @Test
    void dayWorkOnlyIsNotSentToMonitoringButToTheDayTimeWaysInWithTheReason() {
        Catalog ja = KB.catalog(Lang.JA);
        // the trial's profile: infra on top, whose usual start is monitoring
        FitResult r = FitResult.of(ja.fit(), answers(ja.fit(), java.util.Map.of("night-shifts", "daytime", "code", "not-much")));
        assertThat(r.ranked().get(0)).isEqualTo("infra");
        assertThat(ja.fit().roles().get("infra").startStage()).isEqualTo("monitoring");

        Reply reply = FitReplies.result(ja, r, "");

        assertThat(text(reply)).doesNotContain("未経験から始めるなら: 監視").contains("日中だけで始めるなら")
                .contains("夜勤").contains("ヘルプデスク").contains("社内SE");
        assertThat(reply.actions().get(0).command()).isEqualTo("guide other-entries");
        assertThat(reply.data()).containsEntry("day_only", true);

        FitResult nights = FitResult.of(ja.fit(), answers(ja.fit(), java.util.Map.of("night-shifts", "fine")));
        assertThat(text(FitReplies.result(ja, nights, ""))).contains("未経験から始めるなら").doesNotContain("日中だけで始めるなら");
    }

    /** A tie at the top is said, not broken silently by the list's order (twenty-fifth and twenty-sixth trials). */
    @Test
    void aTieAtTheTopIsSaidAndATopAloneIsNot() {
        Catalog ja = KB.catalog(Lang.JA);
        FitResult tie = new FitResult(List.of("server", "network", "cloud", "infra", "database", "security", "devops"),
                java.util.Map.of("server", 10, "network", 10, "cloud", 4, "infra", 3, "database", 1, "security", 0, "devops", 0),
                List.of("a"), false, false);
        assertThat(text(FitReplies.result(ja, tie, ""))).contains(ja.ui().format("fit.tie", "roles",
                ja.requireRole("server").name() + "・" + ja.requireRole("network").name(), "first", ja.requireRole("server").name()));
        FitResult clear = new FitResult(tie.ranked(), java.util.Map.of("server", 11, "network", 10, "cloud", 4, "infra", 3,
                "database", 1, "security", 0, "devops", 0), List.of("a"), false, false);
        assertThat(text(FitReplies.result(ja, clear, ""))).doesNotContain("同じ点");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyRoleHasDayTimeWaysInThatSayWhy(Lang lang) {
        var words = lang == Lang.JA ? List.of("ヘルプデスク", "社内SE", "テクニカルサポート", "日勤") : List.of("help desk", "in-house IT", "technical support", "day shifts");
        var why = lang == Lang.JA ? List.of("交代制", "夜勤") : List.of("rotating shifts", "nights");
        KB.catalog(lang).fit().roles().forEach((role, start) -> {
            assertThat(start.dayStart()).as(lang + " " + role).isNotBlank();
            assertThat(words).as(lang + " " + role).anyMatch(start.dayStart()::contains);
            assertThat(why).as(lang + " " + role).anyMatch(start.dayStart()::contains);
        });
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aRoleNewcomersRarelyStartInSaysSoForDayWorkToo(Lang lang) {
        // a fourteenth trial's day-only result named the database engineer and said only when asked that few start there
        var saysSo = lang == Lang.JA ? List.of("直接就く") : List.of("directly", "rarely start");
        for (String role : List.of("cloud", "database", "security", "devops")) {
            var start = KB.catalog(lang).fit().roles().get(role);
            assertThat(saysSo).as(lang + " " + role + " day start").anyMatch(start.dayStart()::contains);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aHomeLabThatWritesCodeHasOneWithoutForUsersNotIntoCoding(Lang lang) {
        var code = java.util.regex.Pattern.compile(lang == Lang.JA ? "スクリプトを書|Terraform|プレイブック|コードを書"
                : "(?i)write a .*script|terraform|playbook|write code");
        KB.catalog(lang).fit().roles().forEach((role, start) -> {
            if (code.matcher(start.homeLab()).find()) {
                assertThat(start.labWithoutCode()).as(lang + " " + role).isNotBlank();
            }
            if (start.labWithoutCode() != null) {
                assertThat(start.labWithoutCode()).as(lang + " " + role).doesNotContainPattern(
                        lang == Lang.JA ? "スクリプトを書|プレイブックにし|Terraformで書" : "(?i)write a .*script|rewrite it in terraform");
            }
        });
    }

    @Test
    void aUserNotIntoCodingIsNotToldToWriteAScript() {
        Catalog ja = KB.catalog(Lang.JA);
        // database on top, whose usual home lab writes a backup script
        FitResult r = FitResult.of(ja.fit(), answers(ja.fit(), java.util.Map.of("scope", "one-area", "approach", "plan",
                "pace", "routine", "night-shifts", "sometimes", "people", "machines", "cloud", "later", "code", "not-much",
                "security", "protect-data", "accuracy", "dig-in", "hardware", "either")));
        assertThat(r.ranked().get(0)).isEqualTo("database");
        assertThat(ja.fit().roles().get("database").homeLab()).contains("スクリプトを書");

        Reply reply = FitReplies.result(ja, r, "");

        assertThat(text(reply)).doesNotContain("スクリプトを書").contains("コードを書かずに").contains("pg_dump");
        assertThat(reply.data()).containsEntry("without_code", true);
    }
}
