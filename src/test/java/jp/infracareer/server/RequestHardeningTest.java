package jp.infracareer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import jp.infracareer.testing.SlackSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever anyone on the internet sends to /slack/events gets a 4xx, never a 500, and never reaches Bolt unsigned. */
class RequestHardeningTest {
    private static RunningAdvisor advisor;

    @BeforeAll
    static void start() throws Exception {
        advisor = RunningAdvisor.start();
    }

    @AfterAll
    static void stop() {
        advisor.close();
    }

    @Test
    void unsignedMalformedEventIsRefusedWith401NotA500() throws Exception {
        var response = advisor.post("{\"type\":\"event_callback\"}", "application/json", Map.of());
        assertThat(response.statusCode()).isEqualTo(401);

        var broken = advisor.post("payload=%7Bbroken", "application/x-www-form-urlencoded", Map.of());
        assertThat(broken.statusCode()).isEqualTo(401);
    }

    @Test
    void signedButMalformedPayloadsGet400NotA500() throws Exception {
        var noEvent = advisor.postSigned("{\"type\":\"event_callback\"}", "application/json", now());
        assertThat(noEvent.statusCode()).isEqualTo(400);

        var broken = advisor.postSigned("payload=%7Bbroken", "application/x-www-form-urlencoded", now());
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    void timestampsMoreThanFiveMinutesInTheFutureAreRefused() throws Exception {
        String body = SlackPayloads.slashCommand("/career", "help", "U1", advisor.slack().responseUrl("f"));
        assertThat(advisor.postSigned(body, "application/x-www-form-urlencoded", now() + 6 * 60).statusCode()).isEqualTo(401);
        assertThat(advisor.postSigned(body, "application/x-www-form-urlencoded", now() + 60).statusCode()).isEqualTo(200);
    }

    @Test
    void missingOrMalformedSignatureHeadersAreRefused() throws Exception {
        String body = SlackPayloads.slashCommand("/career", "help", "U1", advisor.slack().responseUrl("h"));
        String form = "application/x-www-form-urlencoded";
        assertThat(advisor.post(body, form, Map.of("X-Slack-Request-Timestamp", String.valueOf(now()))).statusCode()).isEqualTo(401);
        assertThat(advisor.post(body, form, Map.of("X-Slack-Signature", SlackSigner.sign(RunningAdvisor.SIGNING_SECRET, now(), body)))
                .statusCode()).isEqualTo(401);
        assertThat(advisor.post(body, form, Map.of("X-Slack-Request-Timestamp", "yesterday",
                "X-Slack-Signature", "v0=00")).statusCode()).isEqualTo(401);
    }

    @Test
    void bodiesOverOneMegabyteAreRefusedWith413() throws Exception {
        String big = "text=" + "a".repeat(SlackRequestGuard.MAX_BODY_BYTES + 10);
        var response = advisor.postSigned(big, "application/x-www-form-urlencoded", now());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void wrongMethodsAndContentTypesGet4xx() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = advisor.uri(AdvisorServer.SLACK_PATH);
        var get = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        var put = http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        String body = SlackPayloads.slashCommand("/career", "help", "U1", advisor.slack().responseUrl("t"));
        assertThat(advisor.postSigned(body, "text/plain", now()).statusCode()).isEqualTo(415);
    }

    @Test
    void aSignedRequestStillWorksThroughTheGuard() throws Exception {
        String body = SlackPayloads.slashCommand("/career", "compare インフラ サーバー", "U1", advisor.slack().responseUrl("ok"));
        var response = advisor.postSigned(body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("compare/infra/server");
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
