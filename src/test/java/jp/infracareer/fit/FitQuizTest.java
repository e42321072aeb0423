package jp.infracareer.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.infracareer.content.FitQuiz;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.BlockLimits;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The aptitude quiz: its content, and a whole quiz clicked through over signed HTTP. */
class FitQuizTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

    @Test
    void bothLanguagesHaveTheSameQuestionsOptionsAndWeights() {
        FitQuiz ja = KB.catalog(Lang.JA).fit();
        FitQuiz en = KB.catalog(Lang.EN).fit();
        assertThat(ja.questions()).hasSizeBetween(8, 12);
        for (int i = 0; i < ja.questions().size(); i++) {
            var qj = ja.questions().get(i);
            var qe = en.questions().get(i);
            assertThat(qj.id()).isEqualTo(qe.id());
            assertThat(qj.options()).hasSizeBetween(2, 4);
            for (int o = 0; o < qj.options().size(); o++) {
                assertThat(qj.options().get(o).id()).isEqualTo(qe.options().get(o).id());
                assertThat(qj.options().get(o).weights()).isEqualTo(qe.options().get(o).weights());
                assertThat(qj.options().get(o).label().length()).isLessThanOrEqualTo(30);
                assertThat(KB.catalog(Lang.JA).roles()).extracting(r -> r.id())
                        .containsAll(qj.options().get(o).weights().keySet());
            }
        }
        assertThat(ja.roles().keySet()).containsExactlyInAnyOrder("infra", "server", "network", "cloud", "database", "security", "devops");
        ja.roles().values().forEach(r -> assertThat(KB.catalog(Lang.JA).stage(r.startStage())).isPresent());
    }

    @Test
    void everyRoleCanComeOutOnTop() {
        FitQuiz quiz = KB.catalog(Lang.JA).fit();
        Random random = new Random(42);
        Map<String, Integer> wins = new HashMap<>();
        for (int n = 0; n < 5000; n++) {
            List<String> answers = new ArrayList<>();
            for (var q : quiz.questions()) {
                answers.add(q.options().get(random.nextInt(q.options().size())).id());
            }
            wins.merge(FitResult.of(quiz, answers).ranked().get(0), 1, Integer::sum);
        }
        assertThat(wins.keySet()).containsExactlyInAnyOrder("infra", "server", "network", "cloud", "database", "security", "devops");
        wins.values().forEach(w -> assertThat(w).isGreaterThan(50));
    }

    @Test
    void aWholeQuizClickedThroughEndsWithRankedRolesAndReasonsFromTheAnswers() throws Exception {
        JsonNode reply = advisor.career("U700", "診断");
        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("fit");
        int questions = KB.catalog(Lang.JA).fit().questions().size();

        JsonNode current = reply;
        for (int i = 0; i < questions; i++) {
            String value = firstButton(current);
            String tag = "/fit-" + i;
            advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), value, "U700", advisor.slack().responseUrl("fit-" + i)));
            current = advisor.slack().await("response_url", c -> c.path().endsWith(tag), Duration.ofSeconds(5)).json();
            assertThat(BlockKitLimits.violations(current.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();
        }
        assertThat(current.path("blocks").path(0).path("block_id").asText()).isEqualTo("fit");
        String result = current.toString();
        assertThat(result).contains("診断結果").contains("理由").contains("未経験から始めるなら").contains("自宅で作ってみるもの");
        String firstReason = KB.catalog(Lang.JA).fit().questions().get(0).options().get(0).reason();
        assertThat(result).contains(firstReason);
    }

    @Test
    void aClickOnAnOldQuestionShowsTheCurrentOneInsteadOfSkipping() throws Exception {
        JsonNode first = advisor.career("U701", "fit");
        String answerOne = firstButton(first);
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), answerOne, "U701", advisor.slack().responseUrl("old-1")));
        advisor.slack().await("response_url", c -> c.path().endsWith("/old-1"), Duration.ofSeconds(5));

        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), answerOne, "U701", advisor.slack().responseUrl("old-2")));
        JsonNode again = advisor.slack().await("response_url", c -> c.path().endsWith("/old-2"), Duration.ofSeconds(5)).json();
        assertThat(again.toString()).contains("もう答えています").contains("（2/");

        advisor.career("U701", "fit");
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), answerOne, "U701", advisor.slack().responseUrl("old-3")));
        JsonNode stale = advisor.slack().await("response_url", c -> c.path().endsWith("/old-3"), Duration.ofSeconds(5)).json();
        assertThat(stale.toString()).contains("この診断は終わっています");
    }

    @Test
    void aDirectMessageAskingWhichRoleSuitsStartsTheQuiz() throws Exception {
        String body = SlackPayloads.eventCallback("Ev-fit-1", SlackPayloads.directMessage("U702", "向いている職種は？", "f-1"));
        advisor.postEvent(body, Map.of());

        FakeSlackApi.Call posted = advisor.slack().await("chat.postMessage", c -> "DU702".equals(c.form().get("channel")),
                Duration.ofSeconds(5));
        assertThat(posted.blocks().path(0).path("block_id").asText()).isEqualTo("fit");
    }

    @Test
    void theBackButtonTakesTheLastAnswerBackSoItCanBeGivenAgain() throws Exception {
        // a fourteenth trial: a wrong answer to the night-shift question could not be changed, and decided the result
        JsonNode first = advisor.career("U703", "fit");
        assertThat(buttonStartingWith(first, "fit back")).isNull(); // nothing before the first question
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), firstButton(first), "U703", advisor.slack().responseUrl("b-1")));
        JsonNode second = advisor.slack().await("response_url", c -> c.path().endsWith("/b-1"), Duration.ofSeconds(5)).json();
        assertThat(second.toString()).contains("（2/");
        String back = buttonStartingWith(second, "fit back");
        assertThat(back).isNotNull();

        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), back, "U703", advisor.slack().responseUrl("b-2")));
        JsonNode again = advisor.slack().await("response_url", c -> c.path().endsWith("/b-2"), Duration.ofSeconds(5)).json();
        assertThat(again.toString()).contains("（1/").contains("戻りました");
        // the old question's answer buttons work again, and a second click on the same back button does not go further
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), back, "U703", advisor.slack().responseUrl("b-3")));
        JsonNode stay = advisor.slack().await("response_url", c -> c.path().endsWith("/b-3"), Duration.ofSeconds(5)).json();
        assertThat(stay.toString()).contains("（1/").doesNotContain("戻りました").contains("診断の位置が変わっています");
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), firstButton(again), "U703", advisor.slack().responseUrl("b-4")));
        JsonNode forward = advisor.slack().await("response_url", c -> c.path().endsWith("/b-4"), Duration.ofSeconds(5)).json();
        assertThat(forward.toString()).contains("（2/");
    }

    private static String buttonStartingWith(JsonNode message, String prefix) {
        for (JsonNode block : message.path("blocks")) {
            for (JsonNode e : block.path("elements")) {
                if (e.path("value").asText().startsWith(prefix)) {
                    return e.path("value").asText();
                }
            }
        }
        return null;
    }

    private static String firstButton(JsonNode message) {
        for (JsonNode block : message.path("blocks")) {
            for (JsonNode e : block.path("elements")) {
                if (e.path("value").asText().startsWith("fit answer")) {
                    return e.path("value").asText();
                }
            }
        }
        throw new AssertionError("no quiz button in " + message);
    }

    @Test
    void theHelpSaysHowManyQuestionsTheQuizHas() {
        for (Lang lang : Lang.values()) {
            var c = KB.catalog(lang);
            String size = String.valueOf(c.fit().questions().size());
            assertThat(c.ui().list("help.commands")).as(lang.code())
                    .anyMatch(line -> line.contains("/career fit") && line.matches(".*\\D" + size + "\\D.*"));
        }
    }
}
