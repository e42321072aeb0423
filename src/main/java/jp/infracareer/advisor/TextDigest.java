package jp.infracareer.advisor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A typed text's SHA-256, to key caches of what texts meant without keeping anything a user wrote. */
final class TextDigest {
    private TextDigest() {}

    /** One digest per thread: looking SHA-256 up per text cost as much as digesting a command (2% of an ack). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    static String of(String text) {
        // digest() resets it for the thread's next text
        return HexFormat.of().formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
