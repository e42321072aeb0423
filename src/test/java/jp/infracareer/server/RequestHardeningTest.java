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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever anyone on the internet sends to /slack/events gets a 4xx, never a 500, and never reaches Bolt unsigned. */
class RequestHardeningTest {
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

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
    void aSignedRequestOfAnUnknownShapeKeepsItsTextOutOfTheLog() throws Exception {
        String secret = "わたしの秘密の回答テキスト";
        String json = "{\"type\":\"block_actions_v9\",\"text\":\"" + secret + "\"}";
        String form = "payload=" + java.net.URLEncoder.encode("{\"type\":\"mystery\",\"value\":\"" + secret + "\"}",
                java.nio.charset.StandardCharsets.UTF_8) + "&text=" + java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
        var captured = new java.io.ByteArrayOutputStream();
        var original = System.err;
        int jsonStatus;
        int formStatus;
        int noPatternStatus;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            jsonStatus = advisor.postSigned(json, "application/json", now()).statusCode();
            formStatus = advisor.postSigned(form, "application/x-www-form-urlencoded", now()).statusCode();
            noPatternStatus = advisor.postSigned("text=" + java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded", now()).statusCode();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(secret).doesNotContain("%E3%");
        assertThat(jsonStatus).isEqualTo(404);
        assertThat(formStatus).isEqualTo(404);
        assertThat(noPatternStatus).isEqualTo(404);
    }

    @Test
    void aVeryLongSignedQuestionIsCutToItsStartAndAnswered() throws Exception {
        // 200,000 characters: more than Slack ever sends; recognition used to be quadratic in the length (3.9 s
        // here), so only the question's start is read, and the user is told so: the cut is what bounds the work.
        // No wall-clock bound here: on a loaded machine it failed at random (4.4 s at load 20).
        String text = "what does monitoring work involve " + "and also ".repeat(23_000);
        String body = SlackPayloads.slashCommand("/career", text, "ULONG", advisor.slack().responseUrl("long"));
        var response = advisor.postSigned(body);

        assertThat(text.length()).isGreaterThan(200_000);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("only its first").containsIgnoringCase("monitoring");
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

    @Test
    void theGuardAcceptsSlacksPublishedExampleAndNothingElse() {
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        var atThatTime = java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1531420618L), java.time.ZoneOffset.UTC);
        var guard = new SlackRequestGuard("8f742231b10e8888abcd99yyyzzz85a5", atThatTime, new jp.infracareer.metrics.Metrics());
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(guard.signatureProblem("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", bytes)).isNull();
        assertThat(guard.signatureProblem("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", bytes))
                .isEqualTo("bad signature");
        assertThat(guard.signatureProblem("1531420918", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", bytes))
                .isEqualTo("bad signature");
        assertThat(guard.signatureProblem("1531421000", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", bytes))
                .isEqualTo("timestamp in the future");
    }

    @Test
    void metricsCanRequireAToken() throws Exception {
        try (RunningAdvisor guarded = RunningAdvisor.start(Map.of("METRICS_TOKEN", "scrape-secret"))) {
            HttpClient http = HttpClient.newHttpClient();
            var anonymous = http.send(HttpRequest.newBuilder(guarded.uri("/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
            var withToken = http.send(HttpRequest.newBuilder(guarded.uri("/metrics")).header("Authorization", "Bearer scrape-secret")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(withToken.statusCode()).isEqualTo(200);
            assertThat(withToken.body()).contains("slack_requests_total");
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
