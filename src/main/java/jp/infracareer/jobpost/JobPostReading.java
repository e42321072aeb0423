package jp.infracareer.jobpost;

import java.util.List;
import java.util.Map;

/**
 * What a job posting says, read by {@link JobPostingReader}.
 *
 * @param status   READ, or why it could not be read
 * @param leaning  "infra" or "server": which of the two the posting leans to
 * @param close    true when the two are nearly level
 * @param roles    the seven roles ranked by how strongly the posting points to them (only those it points to)
 * @param evidence quotes from the posting, by section (duties, tech, skills, other)
 * @param domains  the domains besides servers that it covers (network, cloud, ...), for the explanation
 * @param stages   stage ids the job covers, in stage order
 * @param laterStages stage ids the posting promises only for later (「将来的には構築にも」), in stage order, none of {@code stages}
 * @param flags    things a newcomer should notice, with the line that shows each
 * @param answered ids of the reverse questions the posting already answers (it states the shift count...)
 * @param operationsEntry true when the duties are only monitoring and operations: an entry-level job,
 *                 whichever title it uses, not server or infrastructure build work
 */
public record JobPostReading(
        Status status,
        String leaning,
        boolean close,
        List<String> roles,
        Map<String, List<Evidence>> evidence,
        List<String> domains,
        List<String> stages,
        List<String> laterStages,
        List<Flag> flags,
        java.util.Set<String> answered,
        boolean operationsEntry) {

    public JobPostReading {
        answered = answered == null ? java.util.Set.of() : java.util.Set.copyOf(answered);
    }

    public enum Status { READ, TOO_SHORT, NOT_A_POSTING }

    /** A line of the posting and the role it points to. */
    public record Evidence(String role, String quote) {}

    /** A finding, the posting's words that raised it, and figures worked out from them (names to values; often none). */
    public record Flag(String id, String quote, java.util.Map<String, String> figures) {
        public Flag {
            figures = figures == null ? java.util.Map.of() : java.util.Map.copyOf(figures);
        }

        public Flag(String id, String quote) {
            this(id, quote, java.util.Map.of());
        }
    }

    static JobPostReading unread(Status status) {
        return new JobPostReading(status, "", false, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                java.util.Set.of(), false);
    }
}
