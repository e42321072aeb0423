package jp.infracareer.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the build steps that ship a computed file share ({@link TrainIntentModel}, {@link BuildPassageIndex},
 * {@link ShipKnowledgeBase}, {@link ShipTrainingAnswers}):
 * skip the work when the file there already records the current fingerprint, else compute it and replace the
 * file atomically, so that a build stopped half way never leaves a torn file for a server to read.
 */
final class ShippedFile {
    /** Reads the fingerprint a shipped file records. */
    interface Recorded {
        String fingerprint(InputStream in) throws IOException;
    }

    /** Computes the file's content and writes it with {@code fingerprint}. */
    interface Content {
        void write(OutputStream out, String fingerprint) throws IOException;
    }

    private ShippedFile() {}

    /** Writes {@code target} unless it is up to date; {@code what} names it in the one line printed. */
    static void writeIfStale(Path target, String fingerprint, Recorded recorded, Content content, String what) throws IOException {
        if (Files.exists(target)) {
            try (var in = Files.newInputStream(target)) {
                if (fingerprint.equals(recorded.fingerprint(in))) {
                    System.out.println(what + " up to date: " + target);
                    return;
                }
            } catch (IOException stale) {
                // unreadable: written again below
            }
        }
        long started = System.nanoTime();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.write(out, fingerprint);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s built in %d ms: %s (%d bytes)%n", what, (System.nanoTime() - started) / 1_000_000,
                target, Files.size(target));
    }
}
