package jp.infracareer.jobpost;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Lang;

/** What the trials' posting tests share: the real reader over the shipped rules, and ways to look at what it found. */
abstract class TrialPostings {
    static final KnowledgeBase KB = KnowledgeBase.load();
    final JobPostingReader reader = new JobPostingReader(KB.jobPostRules());

    /** The finding of that id, or null. */
    static JobPostReading.Flag flag(JobPostReading reading, String id) {
        return reading.flags().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** The ids of what the reader finds in a posting, in order. */
    List<String> ids(String posting) {
        return reader.read(posting).flags().stream().map(JobPostReading.Flag::id).toList();
    }

    static Ui ui(Lang lang) {
        return KB.catalog(lang).ui();
    }
}
