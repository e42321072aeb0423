package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.kernel.UserKey;

/**
 * Measures free-text recognition on labelled phrasings written independently of the aliases: both
 * languages, typos, casual and polite forms, out-of-scope lines. {@code phrasings.tsv} was used while
 * tuning the aliases; {@code phrasings-holdout.tsv} was written afterwards by someone who never saw them.
 */
class RecognitionAccuracyTest {
    private static final double TARGET = 0.95;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"recognition/phrasings.tsv", "recognition/phrasings-holdout.tsv"})
    void labelledPhrasingsAreRecognisedAtLeastNinetyFivePercentOfTheTime(String file) throws Exception {
        Advisor advisor = new Advisor(KnowledgeBase.load(),
                new CaffeineConversationStore(10, java.time.Duration.ofDays(1), com.github.benmanes.caffeine.cache.Ticker.systemTicker()),
                Lang.JA);
        List<String[]> rows = load(file);
        List<String> misses = new ArrayList<>();
        for (String[] row : rows) {
            String topic = advisor.handle(UserKey.CONSOLE, row[0]).topic();
            if (!topic.equals(row[1])) {
                misses.add(row[1] + " <- \"" + row[0] + "\" got " + topic);
            }
        }
        double accuracy = 1.0 - (double) misses.size() / rows.size();
        System.out.printf(Locale.ROOT, "recognition accuracy on %s: %.1f%% (%d of %d)%n", file, accuracy * 100,
                rows.size() - misses.size(), rows.size());
        misses.forEach(m -> System.out.println("  miss: " + m));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(rows).extracting(r -> r[1]).contains("fallback", "day", "help", "roles", "stages");
        assertThat(accuracy).as("accuracy; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(TARGET);
    }

    static List<String[]> load(String file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var in = RecognitionAccuracyTest.class.getClassLoader().getResourceAsStream(file);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("text\t")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                rows.add(new String[] {fields[0], fields[1]});
            }
        }
        return rows;
    }
}
