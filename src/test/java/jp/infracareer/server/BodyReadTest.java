package jp.infracareer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The guard reads a body by its declared length when there is one, and never past its limit either way. */
class BodyReadTest {
    private static final byte[] BODY = "command=%2Fcareer&text=help".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDeclaredLengthIsReadExactly() throws Exception {
        assertThat(SlackRequestGuard.readAtMost(new ByteArrayInputStream(BODY), BODY.length, 1024)).isEqualTo(BODY);
    }

    @Test
    void moreBytesThanDeclaredAreRefusedAsTooLarge() throws Exception {
        assertThat(SlackRequestGuard.readAtMost(new ByteArrayInputStream(BODY), BODY.length - 4, 1024)).isNull();
    }

    @Test
    void fewerBytesThanDeclaredAreReturnedAsTheyAre() throws Exception {
        // the signature, computed over these bytes, then fails: nothing is padded or invented
        assertThat(SlackRequestGuard.readAtMost(new ByteArrayInputStream(BODY), BODY.length + 10, 1024)).isEqualTo(BODY);
    }

    @Test
    void withoutADeclaredLengthTheLimitStillHolds() throws Exception {
        assertThat(SlackRequestGuard.readAtMost(new ByteArrayInputStream(BODY), -1, 1024)).isEqualTo(BODY);
        assertThat(SlackRequestGuard.readAtMost(new ByteArrayInputStream(new byte[5000]), -1, 4096)).isNull();
    }
}
