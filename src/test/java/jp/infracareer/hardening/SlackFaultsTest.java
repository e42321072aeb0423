package jp.infracareer.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.FakeSlackApi.Fault;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's Web API misbehaving: 429, 500, a hang past the client timeout, malformed JSON. */
class SlackFaultsTest {
    private RunningAdvisor advisor;
    private FakeSlackApi slack;

    @BeforeEach
    void start() throws Exception {
        advisor = RunningAdvisor.start(Map.of("SLACK_TIMEOUT_MS", "700"));
        slack = advisor.slack();
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    @Test
    void aRateLimitedPostWaitsForRetryAfterAndIsPostedExactlyOnce() throws Exception {
        slack.script("chat.postMessage", new Fault.Status(429, 1));

        dm("U800", "監視ってどんな仕事？", "Ev-429");

        slack.await("chat.postMessage", c -> "DU800".equals(c.form().get("channel")), Duration.ofSeconds(8));
        advisor.barrier("U800");
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> "DU800".equals(c.form().get("channel"))).hasSize(1);
        // it waited as long as Slack asked (1 s), without the test waiting for real
        assertThat(advisor.sleeps()).contains(1000L);
        assertThat(slack.refused()).hasSize(1);
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"429\"")).isEqualTo(1.0);
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"ok\"")).isEqualTo(1.0);
    }

    @Test
    void feedbackAndTheNextQuestionThatSlackRefusesAsOneMessageArriveOneByOne() throws Exception {
        advisor.career("U807", "interview");
        awaitPosts("DU807", 2);
        long before = slack.posted("DU807").size();
        slack.script("chat.postMessage", new Fault.Refused("msg_blocks_too_long"));

        dm("U807", "私がインフラを選んだのは、安定稼働を支えたいからです。", "Ev-too-long");

        // refused together, nothing landed: the feedback and the next question as two messages, no apology
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (slack.posted("DU807").size() < before + 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        var posts = slack.posted("DU807").subList((int) before, slack.posted("DU807").size());
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).blocks()).contains("interview/feedback");
        assertThat(posts.get(1).blocks()).contains("interview/question");
        assertThat(slack.refused()).hasSize(1);
        assertThat(slack.posted("DU807")).noneMatch(p -> p.blocks().contains("sorry") || p.text().contains("申し訳"));
    }

    @Test
    void aServerErrorIsRetriedAndTheStateIsKept() throws Exception {
        advisor.career("U801", "interview");
        slack.await("chat.postMessage", c -> "DU801".equals(c.form().get("channel")), Duration.ofSeconds(5));
        slack.script("chat.postMessage", new Fault.Status(500, 0));

        dm("U801", "私がインフラを選んだのは、安定稼働を支えたいからです。", "Ev-500");

        awaitPosts("DU801", 4);
        // the 500 left it open whether the post landed: history said it had not, so it was sent again
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"error\"")).isEqualTo(1.0);
        assertThat(slack.calls("conversations.history")).anyMatch(c -> "DU801".equals(c.form().get("channel")));
        assertThat(advisor.advisor().store().get(new jp.infracareer.kernel.UserKey(FakeSlackApi.TEAM_ID, "U801"))
                .interview().orElseThrow().index()).isEqualTo(1);
    }

    @Test
    void aReplyThatCannotBeDeliveredIsFollowedByAnApology() throws Exception {
        slack.script("chat.postMessage", new Fault.Status(500, 0), new Fault.Status(500, 0), new Fault.Status(500, 0));

        dm("U806", "監視ってどんな仕事？", "Ev-sorry");

        var apology = slack.await("chat.postMessage", c -> "DU806".equals(c.form().get("channel")), Duration.ofSeconds(8));
        assertThat(apology.blocks().path(0).path("text").path("text").asText()).contains("申し訳ありません");
        // three failed tries before the apology; on a loaded machine one of the 500s may arrive after the client's
        // timeout and count as a timeout instead
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"error\"")
                + metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"timeout\"")).isEqualTo(3.0);
    }

    @Test
    void whenTheDirectMessageCannotBeOpenedTheUserGetsAnApologyWhereTheyTyped() throws Exception {
        slack.script("conversations.open", new Fault.Status(500, 0), new Fault.Status(500, 0), new Fault.Status(500, 0));

        var ack = advisor.career("U802", "interview");

        assertThat(ack.toString()).contains("DMで模擬面接を始めました");
        var apology = slack.await("response_url", c -> c.path().endsWith("cmd-U802"), Duration.ofSeconds(8));
        assertThat(apology.json().path("text").asText()).contains("申し訳ありません");
        assertThat(metric("slack_api_calls_total", "method=\"conversations.open\"", "outcome=\"failed\"")).isEqualTo(1.0);
    }

    @Test
    void aHangThatDidNotLandIsSentAgainOnceHistoryShowsItMissing() throws Exception {
        slack.script("chat.postMessage", new Fault.Hang(2000));

        dm("U803", "day", "Ev-hang");

        slack.await("chat.postMessage", c -> "DU803".equals(c.form().get("channel")), Duration.ofSeconds(8));
        advisor.barrier("U803");
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"timeout\"")).isEqualTo(1.0);
        // history was read, the reply was not there, so it was sent once more; no apology
        assertThat(slack.calls("conversations.history")).isNotEmpty();
        assertThat(slack.posted("DU803")).hasSize(1);
        assertThat(slack.posted("DU803").get(0).blocks()).doesNotContain("申し訳ありません");
    }

    @Test
    void aReplyStoredBySlackThatAnswered500IsNotPostedTwice() throws Exception {
        slack.script("chat.postMessage", new Fault.LandedThen(500, 0));

        dm("U807", "監視ってどんな仕事？", "Ev-landed-500");

        slack.await("conversations.history", c -> "DU807".equals(c.form().get("channel")), Duration.ofSeconds(8));
        advisor.barrier("U807");
        assertThat(slack.posted("DU807")).as("exactly one copy, no apology").hasSize(1);
        assertThat(slack.posted("DU807").get(0).blocks()).doesNotContain("申し訳ありません");
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"landed\"")).isEqualTo(1.0);
    }

    @Test
    void aReplyWhoseCallHungButLandedIsNotFollowedByAnApology() throws Exception {
        slack.script("chat.postMessage", new Fault.LandedThen(200, 2000));

        dm("U808", "day", "Ev-landed-hang");

        slack.await("conversations.history", c -> "DU808".equals(c.form().get("channel")), Duration.ofSeconds(8));
        advisor.barrier("U808");
        assertThat(slack.posted("DU808")).hasSize(1);
        assertThat(slack.posted("DU808").get(0).blocks()).doesNotContain("申し訳ありません");
    }

    @Test
    void malformedJsonFromSlackIsCountedAndTheNextRequestStillWorks() throws Exception {
        slack.script("chat.postMessage", new Fault.Malformed());

        dm("U804", "day", "Ev-bad-json");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"error\"") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(metric("slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"error\"")).isEqualTo(1.0);

        dm("U804", "day", "Ev-good-json");
        awaitPosts("DU804", 1);
    }

    @Test
    void metricsAreScrapedInPrometheusFormat() throws Exception {
        advisor.career("U805", "day");
        dm("U805", "roles", "Ev-metrics");
        awaitPosts("DU805", 1);

        var response = advisor.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String body = response.body();
        assertThat(body).contains("# TYPE slack_requests_total counter")
                .contains("slack_ack_seconds_bucket").contains("advisor_conversations_active")
                .contains("advisor_interviews_active").contains("cache_size{cache=\"conversations\"")
                .contains("cache_evictions_total{cache=\"conversations\"").contains("advisor_broadcasts_total");
        assertThat(metric("slack_requests_total", "kind=\"command\"")).isGreaterThanOrEqualTo(1.0);
        assertThat(metric("slack_requests_total", "kind=\"event\"")).isGreaterThanOrEqualTo(1.0);
    }

    private void dm(String user, String text, String eventId) throws Exception {
        var response = advisor.postEvent(SlackPayloads.eventCallback(eventId, SlackPayloads.directMessage(user, text, eventId)), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Waits for {@code count} replies in a channel (feedback and the next question, one message, count as two). */
    private void awaitPosts(String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (slack.replies(channel) < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(slack.replies(channel)).isGreaterThanOrEqualTo(count);
    }

    /** The value of one sample of a metric in the Prometheus scrape, 0 when absent. */
    private double metric(String name, String... labels) {
        for (String line : advisor.metrics().scrape().split("\n")) {
            if (line.startsWith(name + "{") && java.util.Arrays.stream(labels).allMatch(line::contains)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
