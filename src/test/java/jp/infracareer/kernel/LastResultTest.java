package jp.infracareer.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A result is reused only for the very String it was made from. */
class LastResultTest {
    @Test
    void theSameTextObjectIsWorkedOutOnceAndAnEqualCopyAfresh() {
        AtomicInteger calls = new AtomicInteger();
        LastResult upper = new LastResult(s -> {
            calls.incrementAndGet();
            return s.toUpperCase(java.util.Locale.ROOT);
        });
        String message = new String("chmod");
        assertThat(upper.apply(message)).isEqualTo("CHMOD");
        assertThat(upper.apply(message)).isEqualTo("CHMOD");
        assertThat(calls).hasValue(1);
        assertThat(upper.apply(new String("chmod"))).isEqualTo("CHMOD");
        assertThat(calls).as("an equal text from elsewhere is another message").hasValue(2);
        assertThat(upper.apply("ssh")).isEqualTo("SSH");
        assertThat(upper.apply(message)).isEqualTo("CHMOD");
        assertThat(calls).hasValue(4);
    }
}
