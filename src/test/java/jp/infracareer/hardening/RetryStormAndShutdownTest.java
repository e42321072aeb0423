package jp.infracareer.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/** Slack retrying an event, some deliveries at once; and a graceful stop under load. */
class RetryStormAndShutdownTest {
    private static final String ANSWER = "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、レジの障害に対応しました。";

    @Test
    void theSameEventDeliveredFourTimesGivesOneReplyAndOneStateChange() throws Exception {
        try (RunningAdvisor advisor = RunningAdvisor.start()) {
            advisor.career("U850", "interview");
            awaitPosts(advisor.slack(), "DU850", 2);
            String body = SlackPayloads.eventCallback("Ev-storm", SlackPayloads.directMessage("U850", ANSWER, "storm-1"));

            assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<CompletableFuture<Integer>> retries = new ArrayList<>();
            for (int retry = 1; retry <= 3; retry++) {
                Map<String, String> headers = Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout");
                retries.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return advisor.postEvent(body, headers).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            retries.forEach(f -> assertThat(f.join()).isEqualTo(200));
            pool.shutdown();
            awaitPosts(advisor.slack(), "DU850", 4);
            advisor.barrier("U850");

            assertThat(posts(advisor.slack(), "DU850")).isEqualTo(4);
            var session = advisor.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "U850")).interview().orElseThrow();
            assertThat(session.index()).isEqualTo(1);
            assertThat(session.results()).hasSize(1);
        }
    }

    @Test
    void oneMessageArrivingAsTwoEventsIsAnsweredOnce() throws Exception {
        try (RunningAdvisor advisor = RunningAdvisor.start()) {
            // the same message (one client_msg_id) delivered under two event ids
            var message = SlackPayloads.directMessage("U851", "監視ってどんな仕事？", "same-client-msg");
            assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-twin-1", message), Map.of()).statusCode()).isEqualTo(200);
            assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-twin-2", message), Map.of()).statusCode()).isEqualTo(200);
            awaitPosts(advisor.slack(), "DU851", 1);
            advisor.barrier("U851");

            assertThat(posts(advisor.slack(), "DU851")).isEqualTo(1);
        }
    }

    @Test
    void aGracefulStopUnderLoadFinishesEveryAcknowledgedAnswer() throws Exception {
        RunningAdvisor advisor = RunningAdvisor.start();
        int users = 30;
        for (int i = 0; i < users; i++) {
            advisor.career("USTOP" + i, "interview");
        }
        for (int i = 0; i < users; i++) {
            awaitPosts(advisor.slack(), "DUSTOP" + i, 2);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String body = SlackPayloads.eventCallback("Ev-stop-" + i, SlackPayloads.directMessage("USTOP" + i, ANSWER, "stop-" + i));
            sends.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return advisor.postEvent(body, Map.of()).statusCode();
                } catch (Exception e) {
                    return -1;
                }
            }, pool));
        }
        Thread.sleep(30);
        advisor.server().stop();
        List<Integer> statuses = sends.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        int acknowledged = 0;
        for (int i = 0; i < users; i++) {
            if (statuses.get(i) == 200) {
                acknowledged++;
                var state = advisor.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "USTOP" + i));
                assertThat(state.interview().orElseThrow().results()).as("acked answer of USTOP" + i).hasSize(1);
                assertThat(posts(advisor.slack(), "DUSTOP" + i)).as("feedback for USTOP" + i).isEqualTo(4);
            }
        }
        assertThat(acknowledged).isPositive();
        advisor.slack().close();
    }

    /** Replies posted to a channel (feedback and the next question, posted as one message, count as two). */
    private static long posts(FakeSlackApi slack, String channel) {
        return slack.replies(channel);
    }

    private static void awaitPosts(FakeSlackApi slack, String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (posts(slack, channel) < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(posts(slack, channel)).isGreaterThanOrEqualTo(count);
    }
}
