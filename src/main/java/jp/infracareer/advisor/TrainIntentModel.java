package jp.infracareer.advisor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jp.infracareer.recognition.IntentModel;

/**
 * Build step (exec-maven-plugin in process-classes): trains the intent model on content/intents.tsv and
 * writes it with the corpus's fingerprint to {@code <classes>/}{@value Understanding#MODEL}, so that a
 * starting server reads it in milliseconds instead of training for seconds. Skips the training when the
 * model there already records the current fingerprint. Usage: TrainIntentModel &lt;classes directory&gt;
 */
public final class TrainIntentModel {
    private TrainIntentModel() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        Path target = classes.resolve(Understanding.MODEL);
        String fingerprint = Understanding.corpusFingerprint();
        if (Files.exists(target)) {
            try (var in = Files.newInputStream(target)) {
                if (fingerprint.equals(IntentModel.recordedFingerprint(in))) {
                    System.out.println("intent model up to date: " + target);
                    return;
                }
            } catch (IOException stale) {
                // unreadable: written again below
            }
        }
        long started = System.nanoTime();
        IntentModel model = IntentModel.train(Understanding.corpus());
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            model.write(out, fingerprint);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("intent model trained in %d ms: %s (%d bytes)%n", (System.nanoTime() - started) / 1_000_000,
                target, Files.size(target));
    }
}
