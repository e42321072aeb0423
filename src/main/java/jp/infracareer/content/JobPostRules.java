package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/**
 * Cues for reading job postings (content/jobpost.yml), language-neutral. {@code answered}: patterns showing
 * the posting already answers a reverse question ("夜勤は月4回"), by question id; {@code later}: words that promise work
 * for later (「ゆくゆくは」), whose clause names no stage the job starts with.
 */
public record JobPostRules(
        Map<String, Map<Integer, List<String>>> roles,
        Map<String, List<String>> sections,
        List<String> required,
        List<String> welcome,
        List<String> certifications,
        Map<String, List<String>> stages,
        Map<String, List<String>> flags,
        List<String> negations,
        List<String> postingWords,
        Map<String, List<String>> answered,
        List<String> later) {

    public JobPostRules {
        answered = answered == null ? Map.of() : answered;
        later = later == null ? List.of() : List.copyOf(later);
    }
}
