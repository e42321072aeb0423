package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import jp.infracareer.testing.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests that Slack did not sign are refused, and nothing is said in reply. */
class SignatureTest {
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

    @Test
    void signerReproducesSlacksPublishedExample() {
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        assertThat(SlackSigner.sign("8f742231b10e8888abcd99yyyzzz85a5", 1531420618L, body))
                .isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
    }

    @Test
    void badSignatureIsRefusedWith401AndNoReply() throws Exception {
        String body = command("help");
        long now = System.currentTimeMillis() / 1000;

        HttpResponse<String> response = advisor.post(body, "application/x-www-form-urlencoded", Map.of(
                "X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", SlackSigner.sign("not-the-secret-0000000000000000", now, body)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("blocks");
        advisor.barrier("U200");
        assertThat(advisor.slack().methods()).doesNotContain("chat.postMessage", "conversations.open", "response_url");
    }

    @Test
    void badlySignedDirectMessageChangesNothing() throws Exception {
        String body = jp.infracareer.testing.SlackPayloads.eventCallback("Ev-unsigned",
                jp.infracareer.testing.SlackPayloads.directMessage("U201", "lang en", "x-1"));
        long now = System.currentTimeMillis() / 1000;

        var response = advisor.post(body, "application/json", Map.of("X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", SlackSigner.sign("wrong-secret-000000000000000000", now, body)));

        assertThat(response.statusCode()).isEqualTo(401);
        advisor.barrier("U201");
        assertThat(advisor.slack().methods()).doesNotContain("chat.postMessage");
        assertThat(advisor.career("U201", "stages").toString()).contains("工程");
    }

    @Test
    void staleSignatureIsRefused() throws Exception {
        long sixMinutesAgo = System.currentTimeMillis() / 1000 - 6 * 60;

        HttpResponse<String> response = advisor.postSigned(command("help"), "application/x-www-form-urlencoded", sixMinutesAgo);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("blocks");
    }

    @Test
    void timestampsFarInThePastOrFutureCannotOverflowTheFreshnessCheck() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        for (long ts : new long[] {now - Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, Long.MAX_VALUE, now + 330, now - 330}) {
            // 30 s past the five-minute window each way: a slow machine takes seconds between here and the check
            HttpResponse<String> response = advisor.postSigned(command("help"), "application/x-www-form-urlencoded", ts);
            assertThat(response.statusCode()).as("timestamp " + ts).isEqualTo(401);
        }
        assertThat(advisor.postSigned(command("help"), "application/x-www-form-urlencoded", now - 200).statusCode())
                .as("within five minutes").isEqualTo(200);
    }

    @Test
    void bodyChangedAfterSigningIsRefused() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String signed = command("help");

        HttpResponse<String> response = advisor.post(command("day"), "application/x-www-form-urlencoded", Map.of(
                "X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", SlackSigner.sign(RunningAdvisor.SIGNING_SECRET, now, signed)));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void correctlySignedRequestIsAccepted() throws Exception {
        HttpResponse<String> response = advisor.postSigned(command("help"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"block_id\":\"help\"");
    }

    private static String command(String text) {
        return SlackPayloads.slashCommand("/career", text, "U200", advisor.slack().responseUrl("sig"));
    }
}
