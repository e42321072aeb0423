package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known phrases in normalised text: Japanese phrases anywhere, ASCII phrases as whole words only
 * ("sre" not inside "pressure", "go" not inside "good"). Phrases are normalised with {@link TextNormalizer}.
 * <p>
 * An ASCII phrase that starts with a letter or digit can only begin where a word begins, so those are looked up by
 * their first word at each word start of the text (one pass, whatever the number of phrases) instead of each being
 * searched for with a pattern of its own: a matcher of a hundred names ran a hundred patterns over every question.
 */
public final class PhraseMatcher<T> {
    /** A phrase found at [start, end) of the normalised text, with what it stands for. */
    public record Match<T>(T value, String phrase, int start, int end) {
        public int length() {
            return end - start;
        }
    }

    private record Entry<T>(T value, String phrase, Pattern ascii) {}

    /** Japanese phrases, and ASCII ones that start with a sign ("/24"): searched for one by one. */
    private final List<Entry<T>> entries = new ArrayList<>();
    /** ASCII phrases that start with a letter or digit, by their first word. */
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public PhraseMatcher<T> add(String phrase, T value) {
        String normalized = TextNormalizer.normalize(phrase);
        if (normalized.isEmpty()) {
            return this;
        }
        if (!TextNormalizer.isAscii(normalized)) {
            entries.add(new Entry<>(value, normalized, null));
        } else if (wordChar(normalized.charAt(0))) {
            byFirstWord.computeIfAbsent(normalized.substring(0, wordEnd(normalized, 0)), k -> new ArrayList<>())
                    .add(new Entry<>(value, normalized, null));
        } else {
            entries.add(new Entry<>(value, normalized,
                    Pattern.compile("(?<![a-z0-9])" + Pattern.quote(normalized) + "(?![a-z0-9])")));
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
        if (!byFirstWord.isEmpty()) {
            for (int at = 0; at < normalized.length(); at++) {
                if (!wordChar(normalized.charAt(at)) || at > 0 && wordChar(normalized.charAt(at - 1))) {
                    continue;
                }
                List<Entry<T>> candidates = byFirstWord.get(normalized.substring(at, wordEnd(normalized, at)));
                if (candidates == null) {
                    continue;
                }
                for (Entry<T> e : candidates) {
                    int end = at + e.phrase().length();
                    if (normalized.startsWith(e.phrase(), at) && (end == normalized.length() || !wordChar(normalized.charAt(end)))) {
                        found.add(new Match<>(e.value(), e.phrase(), at, end));
                    }
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

    /** The letters and digits an ASCII word is made of, as the whole-word rule counts them. */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && wordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
