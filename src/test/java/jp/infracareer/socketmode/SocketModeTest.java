package jp.infracareer.socketmode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.FakeSocketModeServer;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real server in Socket Mode against a fake Socket Mode server on loopback: {@code apps.connections.open}
 * on the fake Web API hands out the fake's {@code ws://127.0.0.1} URL, the fake says hello and sends the
 * envelopes Slack sends, and checks the acks. Replies still go out through the (fake) Web API.
 */
class SocketModeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static FakeSocketModeServer socket;
    private static RunningAdvisor advisor;

    @BeforeAll
    static void connect() throws Exception {
        socket = new FakeSocketModeServer();
        advisor = RunningAdvisor.startSocketMode(socket);
        socket.awaitHellos(1, WAIT);
    }

    @AfterAll
    static void close() {
        if (advisor != null) {
            advisor.close();
        }
        if (socket != null) {
            socket.close();
        }
    }

    @Test
    void theHealthCheckStaysOnHttpAndSlackPayloadsDoNot() throws Exception {
        assertThat(advisor.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(advisor.get("/readyz").statusCode()).isEqualTo(200);
        // nothing listens for Slack over HTTP: a forged request has nowhere to go
        assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-http", SlackPayloads.appHomeOpened("U0HTTP")), Map.of())
                .statusCode()).isIn(404, 405);
        assertThat(advisor.slack().calls("apps.connections.open")).isNotEmpty();
        assertThat(socket.paths()).allMatch(p -> p.startsWith("/link/?ticket=fake-"));
    }

    @Test
    void aDirectMessageIsAckedAndAnsweredThroughTheWebApi() throws Exception {
        socket.send(FakeSocketModeServer.envelope("events_api", "env-dm-a", dm("Ev-sm-a", "U9A", "ネットワークエンジニアとは？"), 0));

        JsonNode ack = socket.awaitAck("env-dm-a", WAIT);
        assertThat(ack.has("payload")).isFalse();
        FakeSlackApi.Call reply = advisor.slack().await("chat.postMessage", c -> "DU9A".equals(c.form().get("channel")), WAIT);
        assertThat(reply.blocks().size()).isPositive();
    }

    @Test
    void aSlashCommandIsAnsweredInItsAckAndATopicButtonWorks() throws Exception {
        socket.send(FakeSocketModeServer.envelope("slash_commands", "env-cmd-b", command("/career", "help", "U9B"), 0));

        JsonNode ack = socket.awaitAck("env-cmd-b", WAIT);
        JsonNode reply = ack.path("payload");
        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("help");
        assertThat(reply.path("blocks").size()).isPositive();

        // Slack thought the ack was lost and delivers the command again: the same ack, counted as a repeat
        double repeats = duplicates();
        socket.send(FakeSocketModeServer.envelope("slash_commands", "env-cmd-b", command("/career", "help", "U9B"), 1));
        awaitAcks("env-cmd-b", 2);
        assertThat(socket.acks("env-cmd-b").get(1)).isEqualTo(ack);
        assertThat(duplicates()).isEqualTo(repeats + 1);

        // a topic button (on a role's answer, "compare with cloud"): answered through the click's response_url
        String responseUrl = advisor.slack().responseUrl("sm-click-b");
        JsonNode click = MAPPER.readTree(FakeSlackApi.parseForm(SlackPayloads.blockAction(
                ActionIds.openTopic(0), "compare infra cloud", "U9B", responseUrl)).get("payload"));
        socket.send(FakeSocketModeServer.envelope("interactive", "env-click-b", click, 0));

        assertThat(socket.awaitAck("env-click-b", WAIT).has("payload")).isFalse();
        FakeSlackApi.Call answer = advisor.slack().await("response_url", c -> c.path().endsWith("sm-click-b"), WAIT);
        assertThat(RunningAdvisor.topicOf(answer.json())).isEqualTo("compare/infra/cloud");
    }

    @Test
    void aRedeliveredEnvelopeIsAckedAndAnsweredOnce() throws Exception {
        socket.send(FakeSocketModeServer.envelope("events_api", "env-dm-c", dm("Ev-sm-c", "U9C", "クラウドエンジニアとは？"), 0));
        socket.awaitAck("env-dm-c", WAIT);
        advisor.slack().await("chat.postMessage", c -> "DU9C".equals(c.form().get("channel")), WAIT);
        barrier("U9C", "env-home-c1");
        long answered = posts("DU9C").get();

        // the same envelope again, and the same event in a new envelope with retry_attempt 0, as Slack can do
        socket.send(FakeSocketModeServer.envelope("events_api", "env-dm-c", dm("Ev-sm-c", "U9C", "クラウドエンジニアとは？"), 1));
        socket.send(FakeSocketModeServer.envelope("events_api", "env-dm-c2", dm("Ev-sm-c", "U9C", "クラウドエンジニアとは？"), 0));
        awaitAcks("env-dm-c", 2);
        socket.awaitAck("env-dm-c2", WAIT);
        barrier("U9C", "env-home-c2");

        assertThat(posts("DU9C").get()).as("replies after the redeliveries").isEqualTo(answered);
    }

    @Test
    void aDroppedConnectionIsDialledAgainAndStillAnswers() throws Exception {
        socket.awaitHellos(1, WAIT);
        int hellos = socket.hellos();
        int opened = advisor.slack().calls("apps.connections.open").size();
        assertThat(advisor.server().socketConnected()).contains(true);

        socket.drop();

        socket.awaitHellos(hellos + 1, Duration.ofSeconds(30));
        assertThat(advisor.slack().calls("apps.connections.open").size()).as("a new URL for the new connection")
                .isGreaterThan(opened);
        assertThat(advisor.metrics().scrape()).contains("advisor_socket_mode_reconnects_total");
        socket.send(FakeSocketModeServer.envelope("events_api", "env-dm-d", dm("Ev-sm-d", "U9D", "SREとは？"), 0));
        socket.awaitAck("env-dm-d", WAIT);
        advisor.slack().await("chat.postMessage", c -> "DU9D".equals(c.form().get("channel")), WAIT);
    }

    @Test
    void aDisconnectMessageFromSlackMovesToANewConnection() throws Exception {
        socket.awaitHellos(1, WAIT);
        int hellos = socket.hellos();

        // Slack asks for a refresh before it retires a connection
        socket.send((ObjectNode) FakeSocketModeServer.json(
                "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}"));

        socket.awaitHellos(hellos + 1, WAIT);
        socket.send(FakeSocketModeServer.envelope("events_api", "env-dm-e", dm("Ev-sm-e", "U9E", "NWとは？"), 0));
        socket.awaitAck("env-dm-e", WAIT);
        advisor.slack().await("chat.postMessage", c -> "DU9E".equals(c.form().get("channel")), WAIT);
    }

    /** Every earlier job of the user has run once their Home tab, opened now, has been published. */
    private static void barrier(String userId, String envelopeId) throws Exception {
        Supplier<Long> published = () -> advisor.slack().calls("views.publish").stream()
                .filter(c -> userId.equals(c.form().get("user_id"))).count();
        long before = published.get();
        socket.send(FakeSocketModeServer.envelope("events_api", envelopeId,
                FakeSocketModeServer.json(SlackPayloads.eventCallback("Ev-" + envelopeId, SlackPayloads.appHomeOpened(userId))), 0));
        socket.awaitAck(envelopeId, WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (published.get() <= before) {
            assertThat(System.nanoTime()).as("the lane of " + userId + " drained").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static double duplicates() {
        return advisor.metrics().registry().get("advisor_socket_mode_duplicates").counter().count();
    }

    private static void awaitAcks(String envelopeId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (socket.acks(envelopeId).size() < count) {
            assertThat(System.nanoTime()).as(count + " acks of " + envelopeId).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static Supplier<Long> posts(String channel) {
        return () -> advisor.slack().calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.form().get("channel"))).count();
    }

    private static JsonNode dm(String eventId, String userId, String text) {
        return FakeSocketModeServer.json(SlackPayloads.eventCallback(eventId,
                SlackPayloads.directMessage(userId, text, "msg-" + eventId)));
    }

    /** A slash command's payload as Socket Mode carries it: the HTTP form's fields as a JSON object. */
    private static JsonNode command(String command, String text, String userId) {
        ObjectNode payload = MAPPER.createObjectNode();
        FakeSlackApi.parseForm(SlackPayloads.slashCommand(command, text, userId, advisor.slack().responseUrl("sm-cmd-" + userId)))
                .forEach(payload::put);
        return payload;
    }

}
