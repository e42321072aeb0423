package jp.infracareer.advisor;

import java.io.IOException;
import java.nio.file.Path;
import jp.infracareer.interview.TrainingAnswers;

/**
 * Build step (exec-maven-plugin in process-classes): writes the interview models' labelled training answers as
 * one JSON file with their fingerprint to {@code <classes>/}{@value TrainingAnswers#SHIPPED}, so that the first
 * interview of a replica reads JSON instead of parsing the YAML sets. Skips the work when up to date.
 * Usage: ShipTrainingAnswers &lt;classes directory&gt;
 */
public final class ShipTrainingAnswers {
    private ShipTrainingAnswers() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        ShippedFile.writeIfStale(classes.resolve(TrainingAnswers.SHIPPED), TrainingAnswers.fingerprint(),
                TrainingAnswers::recordedFingerprint, TrainingAnswers::writeShipped, "training answers");
    }
}
