package jp.infracareer.advisor;

import java.io.IOException;
import java.nio.file.Path;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.interview.ShippedModels;
import jp.infracareer.kernel.Lang;

/**
 * Build step (exec-maven-plugin in process-classes, after the knowledge base and the training answers are shipped):
 * learns the interview's models of each language once and writes them to
 * {@code <classes>/models/judgement-<lang>.bin} with their fingerprint, so that a starting replica reads them instead
 * of learning them (seconds of CPU beside its first requests). Skips the work when up to date.
 * Usage: ShipJudgementModels &lt;classes directory&gt;
 */
public final class ShipJudgementModels {
    private ShipJudgementModels() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        KnowledgeBase kb = KnowledgeBase.load();
        for (Lang lang : Lang.values()) {
            var catalog = kb.catalog(lang);
            ShippedFile.writeIfStale(classes.resolve(ShippedModels.resource(catalog)), ShippedModels.fingerprint(catalog),
                    ShippedModels::recordedFingerprint, (out, fingerprint) -> ShippedModels.write(out, fingerprint, catalog),
                    "judgement models (" + lang.code() + ")");
        }
    }
}
