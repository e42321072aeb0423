package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Measures the reader on 40 labelled postings (jobpost/postings.yml, ja and en, written independently of
 * the cues in jobpost.yml): the infra-vs-server verdict, the best role, and the newcomer flags.
 */
class JobPostingAccuracyTest {
    private static final JobPostingReader READER = new JobPostingReader(KnowledgeBase.load().jobPostRules());

    @Test
    void infraVersusServerIsRightAtLeastNinetyPercentOfTheTime() throws Exception {
        JsonNode postings = load();
        int leaningRight = 0;
        int bestRight = 0;
        int topThree = 0;
        int flagHits = 0;
        int flagExpected = 0;
        int flagClaimed = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode p : postings) {
            JobPostReading r = READER.read(p.path("text").asText());
            assertThat(r.status()).as(p.path("id").asText()).isEqualTo(JobPostReading.Status.READ);
            if (r.leaning().equals(p.path("leaning").asText())) {
                leaningRight++;
            } else {
                misses.add(p.path("id").asText() + " leaning " + p.path("leaning").asText() + " got " + r.leaning());
            }
            String best = p.path("best_role").asText();
            if (!r.roles().isEmpty() && r.roles().get(0).equals(best)) {
                bestRight++;
            } else {
                misses.add(p.path("id").asText() + " best " + best + " got " + r.roles());
            }
            if (r.roles().subList(0, Math.min(3, r.roles().size())).contains(best)) {
                topThree++;
            }
            Set<String> expected = new HashSet<>();
            p.path("flags").forEach(f -> expected.add(f.asText()));
            Set<String> claimed = new HashSet<>();
            r.flags().forEach(f -> claimed.add(f.id()));
            flagExpected += expected.size();
            flagClaimed += claimed.size();
            for (String f : claimed) {
                if (expected.contains(f)) {
                    flagHits++;
                }
            }
            if (!expected.equals(claimed)) {
                misses.add(p.path("id").asText() + " flags " + expected + " got " + claimed);
            }
        }
        int n = postings.size();
        System.out.printf(Locale.ROOT, "job postings: infra-vs-server %d/%d (%.1f%%), best role %d/%d (%.1f%%), "
                        + "best role in top 3 %d/%d, flags precision %.1f%% recall %.1f%%%n",
                leaningRight, n, 100.0 * leaningRight / n, bestRight, n, 100.0 * bestRight / n, topThree, n,
                100.0 * flagHits / Math.max(1, flagClaimed), 100.0 * flagHits / Math.max(1, flagExpected));
        misses.forEach(m -> System.out.println("  " + m));

        assertThat(n).isGreaterThanOrEqualTo(30);
        assertThat((double) leaningRight / n).as("infra vs server accuracy").isGreaterThanOrEqualTo(0.90);
    }

    static JsonNode load() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(
                JobPostingAccuracyTest.class.getClassLoader().getResourceAsStream("jobpost/postings.yml")).path("postings");
    }
}
