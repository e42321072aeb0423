package jp.infracareer.advisor;

import java.io.IOException;
import java.nio.file.Path;
import jp.infracareer.recognition.IntentModel;

/**
 * Build step (exec-maven-plugin in process-classes): trains the intent model on content/intents.tsv and the
 * questions of content/{ja,en}/asked.yml (Understanding#corpus), and
 * writes it with the corpus's fingerprint to {@code <classes>/}{@value Understanding#MODEL}, so that a
 * starting server reads it in milliseconds instead of training for seconds. Skips the training when the
 * model there already records the current fingerprint. Usage: TrainIntentModel &lt;classes directory&gt;
 */
public final class TrainIntentModel {
    private TrainIntentModel() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        ShippedFile.writeIfStale(classes.resolve(Understanding.MODEL), Understanding.corpusFingerprint(),
                IntentModel::recordedFingerprint,
                (out, fingerprint) -> IntentModel.train(Understanding.corpus()).write(out, fingerprint), "intent model");
    }
}
