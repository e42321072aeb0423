package jp.infracareer.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the last job posting a user had read says, kept for {@link #KEPT} so a question about it afterwards
 * (「これってSESですか？」) is answered from it: the findings with the posting's own lines, the stages, and the reverse
 * questions it answers itself. Not the posting's text; /career forget drops it with the rest.
 */
public record PostingNotes(Instant readAt, List<Finding> findings, List<String> stages, List<String> laterStages,
        Set<String> answered) {
    public static final Duration KEPT = Duration.ofHours(24);
    /** How long after the reading a question may point at it only with 「これって」 or "is it". */
    public static final Duration JUST_READ = Duration.ofMinutes(15);

    public PostingNotes {
        findings = findings == null ? List.of() : List.copyOf(findings);
        stages = stages == null ? List.of() : List.copyOf(stages);
        laterStages = laterStages == null ? List.of() : List.copyOf(laterStages);
        answered = answered == null ? Set.of() : Set.copyOf(answered);
    }

    /** A finding of the reading: its id, the posting's line that shows it, and the figures worked out from it. */
    public record Finding(String id, String quote, Map<String, String> figures) {
        public Finding {
            figures = figures == null ? Map.of() : Map.copyOf(figures);
        }
    }

    public boolean keptAt(Instant now) {
        return Duration.between(readAt, now).compareTo(KEPT) <= 0;
    }

    public boolean justReadAt(Instant now) {
        return Duration.between(readAt, now).compareTo(JUST_READ) <= 0;
    }
}
