package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known phrases in normalised text: Japanese phrases anywhere, ASCII phrases as whole words only
 * ("sre" not inside "pressure", "go" not inside "good"). Phrases are normalised with {@link TextNormalizer}.
 */
public final class PhraseMatcher<T> {
    /** A phrase found at [start, end) of the normalised text, with what it stands for. */
    public record Match<T>(T value, String phrase, int start, int end) {
        public int length() {
            return end - start;
        }
    }

    private record Entry<T>(T value, String phrase, Pattern ascii) {}

    private final List<Entry<T>> entries = new ArrayList<>();

    public PhraseMatcher<T> add(String phrase, T value) {
        String normalized = TextNormalizer.normalize(phrase);
        if (!normalized.isEmpty()) {
            Pattern ascii = TextNormalizer.isAscii(normalized)
                    ? Pattern.compile("(?<![a-z0-9])" + Pattern.quote(normalized) + "(?![a-z0-9])") : null;
            entries.add(new Entry<>(value, normalized, ascii));
        }
        return this;
    }

    /** All matches in a normalised text, a match inside a longer one dropped. */
    public List<Match<T>> find(String normalized) {
        List<Match<T>> found = new ArrayList<>();
        for (Entry<T> e : entries) {
            if (e.ascii() != null) {
                Matcher m = e.ascii().matcher(normalized);
                while (m.find()) {
                    found.add(new Match<>(e.value(), e.phrase(), m.start(), m.end()));
                }
            } else {
                for (int at = normalized.indexOf(e.phrase()); at >= 0; at = normalized.indexOf(e.phrase(), at + 1)) {
                    found.add(new Match<>(e.value(), e.phrase(), at, at + e.phrase().length()));
                }
            }
        }
        found.sort((a, b) -> b.length() - a.length());
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> m : found) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= m.start() && m.end() <= k.end());
            if (!inside) {
                kept.add(m);
            }
        }
        kept.sort((a, b) -> a.start() - b.start());
        return kept;
    }

    public boolean any(String normalized) {
        return !find(normalized).isEmpty();
    }
}
