package jp.infracareer.advisor;

import java.io.IOException;
import java.nio.file.Path;
import jp.infracareer.content.KnowledgeBase;

/**
 * Build step (exec-maven-plugin in process-classes, before the intent model and the passage index): writes the
 * knowledge base's YAML files as one JSON file with their fingerprint to {@code <classes>/}{@value
 * KnowledgeBase#SHIPPED}, so that a starting server reads JSON instead of parsing YAML (a few hundred
 * milliseconds of cold CPU while Jetty and Bolt start beside it). Skips the work when the file there already
 * records the current fingerprint. Usage: ShipKnowledgeBase &lt;classes directory&gt;
 */
public final class ShipKnowledgeBase {
    private ShipKnowledgeBase() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        ShippedFile.writeIfStale(classes.resolve(KnowledgeBase.SHIPPED), KnowledgeBase.fingerprint(),
                KnowledgeBase::recordedFingerprint, KnowledgeBase::writeShipped, "knowledge base");
    }
}
