package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assistant pane over signed HTTP: greeting and prompts, answers in the thread, a mock interview in the thread. */
class AssistantPaneTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String THREAD = "1729999327.187299";
    private RunningAdvisor advisor;
    private FakeSlackApi slack;
    private int events;

    @BeforeEach
    void start() throws Exception {
        advisor = RunningAdvisor.start();
        slack = advisor.slack();
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    @Test
    void aNewThreadIsGreetedWithFourPromptsAndATitleInTheUsersLanguage() throws Exception {
        event(SlackPayloads.assistantThreadStarted("UAS1", THREAD, "C0GENERAL"));

        var greeting = slack.await("chat.postMessage", c -> "DUAS1".equals(c.form().get("channel")), Duration.ofSeconds(5));
        var prompts = slack.await("assistant.threads.setSuggestedPrompts", c -> "DUAS1".equals(c.form().get("channel_id")),
                Duration.ofSeconds(5));
        var title = slack.await("assistant.threads.setTitle", c -> "DUAS1".equals(c.form().get("channel_id")), Duration.ofSeconds(5));

        assertThat(greeting.form().get("thread_ts")).isEqualTo(THREAD);
        assertThat(greeting.blocks().toString()).contains("模擬面接");
        JsonNode list = MAPPER.readTree(prompts.form().get("prompts"));
        assertThat(list).hasSize(4);
        assertThat(list.toString()).contains("模擬面接を始めたい").contains("インフラエンジニアとサーバーエンジニアの違い");
        assertThat(prompts.form().get("thread_ts")).isEqualTo(THREAD);
        assertThat(title.form().get("title")).isEqualTo("インフラ転職の相談");

        // a user who chose English is greeted in English
        advisor.career("UAS2", "lang en");
        event(SlackPayloads.assistantThreadStarted("UAS2", THREAD, "C0GENERAL"));
        var english = slack.await("chat.postMessage", c -> "DUAS2".equals(c.form().get("channel")), Duration.ofSeconds(5));
        assertThat(english.blocks().toString()).contains("mock interview");
    }

    @Test
    void aQuestionInTheThreadShowsAStatusThenTheAnswerInTheThreadAndTitlesIt() throws Exception {
        event(SlackPayloads.assistantMessage("UAS3", "監視ってどんな仕事？", THREAD, "as3-1"));

        var reply = slack.await("chat.postMessage", c -> "DUAS3".equals(c.form().get("channel")), Duration.ofSeconds(5));
        var title = slack.await("assistant.threads.setTitle", c -> "DUAS3".equals(c.form().get("channel_id")), Duration.ofSeconds(5));

        assertThat(reply.form().get("thread_ts")).isEqualTo(THREAD);
        assertThat(reply.blocks().path(0).path("block_id").asText()).isEqualTo("stage/monitoring");
        List<String> order = slack.methods();
        assertThat(order.indexOf("assistant.threads.setStatus")).as("status before the answer")
                .isGreaterThanOrEqualTo(0).isLessThan(order.lastIndexOf("chat.postMessage"));
        assertThat(title.form().get("title")).isEqualTo("監視ってどんな仕事？");
    }

    @Test
    void aMockInterviewRunsInTheThreadWithAnswersAndButtons() throws Exception {
        event(SlackPayloads.assistantMessage("UAS4", "模擬面接を始めたい", THREAD, "as4-1"));
        awaitPosts("DUAS4", 2);
        event(SlackPayloads.assistantMessage("UAS4", "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、レジの障害に対応しました。",
                THREAD, "as4-2"));
        awaitPosts("DUAS4", 4);
        String hint = slack.lastButton("DUAS4", "interview hint");
        assertThat(advisor.postSigned(SlackPayloads.blockActionInThread(ActionIds.openTopic(0), hint, "UAS4", THREAD))
                .statusCode()).isEqualTo(200);
        awaitPosts("DUAS4", 5);

        var posts = slack.calls("chat.postMessage").stream().filter(c -> "DUAS4".equals(c.form().get("channel"))).toList();
        assertThat(posts).allSatisfy(c -> assertThat(c.form().get("thread_ts")).isEqualTo(THREAD));
        assertThat(posts.get(2).blocks().path(0).path("block_id").asText()).isEqualTo("interview/feedback");
        var session = advisor.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "UAS4")).interview().orElseThrow();
        assertThat(session.index()).isEqualTo(1);
        assertThat(session.results()).hasSize(1);
    }

    private void event(com.fasterxml.jackson.databind.node.ObjectNode event) throws Exception {
        String body = SlackPayloads.eventCallback("Ev-as-" + (++events), event);
        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);
    }

    private void awaitPosts(String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (slack.posted(channel).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slack.posted(channel)).hasSizeGreaterThanOrEqualTo(count);
    }
}
