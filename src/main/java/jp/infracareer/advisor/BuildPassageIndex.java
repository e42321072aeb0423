package jp.infracareer.advisor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.recognition.PassageIndex;

/**
 * Build step (exec-maven-plugin in process-classes, after {@link TrainIntentModel}): builds the passage index
 * of the knowledge base on the class path and writes it with its fingerprint to {@code <classes>/}{@value
 * Understanding#PASSAGES}, so that a starting server reads it instead of analysing every passage (a second
 * or more of CPU while the first users arrive). Skips the work when the index there already records the
 * current fingerprint. Usage: BuildPassageIndex &lt;classes directory&gt;
 */
public final class BuildPassageIndex {
    private BuildPassageIndex() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        Path target = classes.resolve(Understanding.PASSAGES);
        KnowledgeBase kb = KnowledgeBase.load();
        String fingerprint = PassageIndex.fingerprint(kb);
        if (Files.exists(target)) {
            try (var in = Files.newInputStream(target)) {
                if (fingerprint.equals(PassageIndex.recordedFingerprint(in))) {
                    System.out.println("passage index up to date: " + target);
                    return;
                }
            } catch (IOException stale) {
                // unreadable: written again below
            }
        }
        long started = System.nanoTime();
        PassageIndex index = PassageIndex.build(kb);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            index.write(out, fingerprint);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("passage index built in %d ms: %s (%d bytes)%n", (System.nanoTime() - started) / 1_000_000,
                target, Files.size(target));
    }
}
