package jp.infracareer.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.FakeSlackApi.Fault;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/**
 * Work after the ack under faults: a user whose Slack call hangs delays nobody else; work that cannot be
 * taken is refused in a way Slack retries (or the user is told), never acknowledged and dropped; a stop
 * finishes acknowledged work or apologises for it.
 */
class WorkUnderFaultsTest {

    @Test
    void aHungUserDoesNotDelayOthers() throws Exception {
        try (RunningAdvisor advisor = RunningAdvisor.start(Map.of("SLACK_TIMEOUT_MS", "6000"))) {
            FakeSlackApi slack = advisor.slack();
            slack.script("chat.postMessage", new Fault.Hang(4_000));
            dm(advisor, "UHUNG", "監視ってどんな仕事？", "Ev-hung");
            awaitRefused(slack, 1);

            // users who shared the hung user's stripe when work ran on 16 hashed lanes
            List<String> neighbours = sameStripe("UHUNG", 16, 3);
            long started = System.nanoTime();
            for (String user : neighbours) {
                dm(advisor, user, "監視ってどんな仕事？", "Ev-" + user);
            }
            for (String user : neighbours) {
                slack.await("chat.postMessage", c -> ("D" + user).equals(c.form().get("channel")), Duration.ofSeconds(10));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            // the hung call holds for 4 s; before, the neighbours' replies waited behind it
            assertThat(millis).as("replies to users beside a hung one").isLessThan(2_000);
            assertThat(slack.calls("chat.postMessage")).noneMatch(c -> "DUHUNG".equals(c.form().get("channel")));
        }
    }

    @Test
    void workThatCannotBeTakenIsRefusedWithARetryableStatusOrAPlainAnswer() throws Exception {
        try (RunningAdvisor advisor = RunningAdvisor.start(Map.of("SLACK_TIMEOUT_MS", "6000", "WORK_QUEUE_LIMIT", "2"))) {
            FakeSlackApi slack = advisor.slack();
            slack.script("chat.postMessage", new Fault.Hang(3_000), new Fault.Hang(3_000));
            dm(advisor, "UFULL1", "監視ってどんな仕事？", "Ev-full-1");
            dm(advisor, "UFULL2", "監視ってどんな仕事？", "Ev-full-2");
            awaitRefused(slack, 2);

            String event = SlackPayloads.eventCallback("Ev-full-3", SlackPayloads.directMessage("UFULL3", "day", "full-3"));
            var refusedDm = advisor.postEvent(event, Map.of());
            var interview = advisor.career("UFULL4", "interview");
            var button = advisor.postSigned(SlackPayloads.blockAction(jp.infracareer.slack.ActionIds.openTopic(0), "day", "UFULL5", slack.responseUrl("b-UFULL5")));

            // a DM refused with 503 (Slack delivers it again), not acked, not Bolt's 404
            assertThat(refusedDm.statusCode()).isEqualTo(503);
            // the slash command says plainly to try again instead of promising a DM
            assertThat(interview.toString()).contains("混み合って").doesNotContain("DMで模擬面接を始めました");
            assertThat(button.statusCode()).isEqualTo(503);

            // once the hung calls end, Slack's retry of the refused DM is answered
            awaitPending(advisor, 0);
            var retried = advisor.postEvent(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"));
            assertThat(retried.statusCode()).isEqualTo(200);
            slack.await("chat.postMessage", c -> "DUFULL3".equals(c.form().get("channel")), Duration.ofSeconds(10));
            // and trying the command again, as told, starts the interview in the DM
            assertThat(advisor.career("UFULL4", "interview").toString()).contains("DMで模擬面接を始めました");
            slack.await("chat.postMessage", c -> "DUFULL4".equals(c.form().get("channel")), Duration.ofSeconds(10));
        }
    }

    @Test
    void aStopWithSlowSlackAnswersOrApologisesForEveryAcknowledgedMessage() throws Exception {
        RunningAdvisor advisor = RunningAdvisor.start(Map.of("SHUTDOWN_GRACE_SECONDS", "4"));
        FakeSlackApi slack = advisor.slack();
        try {
            slack.latency(500);
            List<String> users = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                users.add("USLOW" + i);
            }
            int acked = 0;
            for (String user : users) {
                acked += dm(advisor, user, "day", "Ev-" + user) ? 1 : 0;
            }
            // one user with a backlog that cannot finish in the grace period (12 replies at 0.5 s each)
            int backlog = 0;
            for (int i = 0; i < 12; i++) {
                backlog += dm(advisor, "UBACKLOG", "day", "Ev-backlog-" + i) ? 1 : 0;
            }
            assertThat(acked).isEqualTo(users.size());
            assertThat(backlog).isEqualTo(12);

            advisor.server().stop();

            for (String user : users) {
                assertThat(posts(slack, "D" + user)).as("reply to " + user).hasSize(1);
            }
            List<String> toBacklog = posts(slack, "DUBACKLOG");
            long apologies = toBacklog.stream().filter(text -> text.contains("再起動")).count();
            assertThat(toBacklog).as("every acknowledged message of the backlog answered or apologised for").hasSize(12);
            assertThat(apologies).as("the backlog that could not finish was apologised for").isPositive();
        } finally {
            slack.close();
        }
    }

    /** True when the DM was acknowledged. */
    private static boolean dm(RunningAdvisor advisor, String user, String text, String eventId) throws Exception {
        var response = advisor.postEvent(SlackPayloads.eventCallback(eventId, SlackPayloads.directMessage(user, text, eventId)), Map.of());
        return response.statusCode() == 200;
    }

    private static List<String> posts(FakeSlackApi slack, String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.form().get("channel")))
                .map(c -> c.form().getOrDefault("text", "")).toList();
    }

    private static List<String> sameStripe(String userId, int stripes, int count) {
        int stripe = Math.floorMod(new UserKey(FakeSlackApi.TEAM_ID, userId).hashCode(), stripes);
        List<String> found = new ArrayList<>();
        for (int i = 0; found.size() < count; i++) {
            String candidate = "UNEXT" + i;
            if (Math.floorMod(new UserKey(FakeSlackApi.TEAM_ID, candidate).hashCode(), stripes) == stripe) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static void awaitRefused(FakeSlackApi slack, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (slack.refused().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slack.refused()).hasSizeGreaterThanOrEqualTo(count);
    }

    private static void awaitPending(RunningAdvisor advisor, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (advisor.workPending() > count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(advisor.workPending()).isLessThanOrEqualTo(count);
    }
}
