package jp.infracareer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a signed body is, read pair by pair without splitting the whole form. */
class RequestShapeTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    private static RequestShape.Verdict of(String contentType, String body) {
        return RequestShape.of(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSlashCommandOrSslCheckIsKnownWhereverItsFieldIs() {
        assertThat(of(FORM, "command=%2Fcareer&text=help")).isEqualTo(RequestShape.Verdict.KNOWN);
        assertThat(of(FORM, "token=x&team_id=T1&command=%2Fcareer")).isEqualTo(RequestShape.Verdict.KNOWN);
        assertThat(of(FORM, "token=x&&ssl_check=1")).isEqualTo(RequestShape.Verdict.KNOWN);
        // a name that only ends in "command" is another field
        assertThat(of(FORM, "token=x&subcommand=1")).isEqualTo(RequestShape.Verdict.UNKNOWN);
    }

    @Test
    void aPayloadIsReadByItsType() {
        assertThat(of(FORM, "payload=%7B%22type%22%3A%22block_actions%22%7D&x=1")).isEqualTo(RequestShape.Verdict.KNOWN);
        assertThat(of(FORM, "x=1&payload=%7B%22type%22%3A%22surprise%22%7D")).isEqualTo(RequestShape.Verdict.UNKNOWN);
        assertThat(of(FORM, "payload=%7Bnot json")).isEqualTo(RequestShape.Verdict.MALFORMED);
        assertThat(of(FORM, "payload=%zz")).isEqualTo(RequestShape.Verdict.MALFORMED);
        assertThat(of(FORM, "a=b&c=d")).isEqualTo(RequestShape.Verdict.UNKNOWN);
        assertThat(of(FORM, "")).isEqualTo(RequestShape.Verdict.UNKNOWN);
    }

    @Test
    void anEventsEnvelopeIsReadAsJson() {
        assertThat(of("application/json", "{\"type\":\"event_callback\"}")).isEqualTo(RequestShape.Verdict.KNOWN);
        assertThat(of("application/json", "{\"type\":\"other\"}")).isEqualTo(RequestShape.Verdict.UNKNOWN);
        assertThat(of("application/json", "{")).isEqualTo(RequestShape.Verdict.MALFORMED);
    }
}
