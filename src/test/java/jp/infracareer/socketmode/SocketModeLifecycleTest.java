package jp.infracareer.socketmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.infracareer.testing.FakeSocketModeServer;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/** Starting and stopping in Socket Mode: a refused app token, and a graceful stop. */
class SocketModeLifecycleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anAppTokenSlackRefusesStopsStartUpWithOneLineNamingIt() {
        assertThatThrownBy(() -> RunningAdvisor.startSocketMode(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("could not open a Socket Mode connection with SLACK_APP_TOKEN (apps.connections.open): "
                        + "not_allowed_token_type")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(RunningAdvisor.APP_TOKEN).doesNotContain("\n"));
    }

    /** The WebSocket closes first, then the work already acked finishes. */
    @Test
    void stoppingClosesTheSocketThenDrainsTheAckedWork() throws Exception {
        List<String> users = List.of("U9S1", "U9S2", "U9S3");
        try (FakeSocketModeServer socket = new FakeSocketModeServer()) {
            RunningAdvisor advisor = RunningAdvisor.startSocketMode(socket);
            socket.awaitHellos(1, WAIT);
            // a slow Slack: every reply is still on its way when the stop begins
            advisor.slack().latency(2_000);
            AtomicLong postedWhenClosed = new AtomicLong(-1);
            socket.onClientClose(() -> postedWhenClosed.set(advisor.slack().calls("chat.postMessage").size()));
            for (String user : users) {
                socket.send(FakeSocketModeServer.envelope("events_api", "env-stop-" + user,
                        FakeSocketModeServer.json(SlackPayloads.eventCallback("Ev-stop-" + user,
                                SlackPayloads.directMessage(user, "インフラエンジニアとは？", "msg-stop-" + user))), 0));
            }
            for (String user : users) {
                socket.awaitAck("env-stop-" + user, WAIT);
            }

            advisor.close();

            assertThat(socket.clientCloses()).as("the app closed its connection").isEqualTo(1);
            assertThat(postedWhenClosed.get()).as("replies out when the socket closed").isBetween(0L, 2L);
            for (String user : users) {
                assertThat(advisor.slack().calls("chat.postMessage")).as("the reply to " + user + " after the drain")
                        .anyMatch(c -> ("D" + user).equals(c.form().get("channel")));
            }
            assertThat(advisor.workPending()).isZero();
        }
    }
}
