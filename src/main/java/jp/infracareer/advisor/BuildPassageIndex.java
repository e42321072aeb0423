package jp.infracareer.advisor;

import java.io.IOException;
import java.nio.file.Path;
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
        KnowledgeBase kb = KnowledgeBase.load();
        ShippedFile.writeIfStale(classes.resolve(Understanding.PASSAGES), PassageIndex.fingerprint(kb),
                PassageIndex::recordedFingerprint, (out, fingerprint) -> PassageIndex.build(kb).write(out, fingerprint),
                "passage index");
    }
}
