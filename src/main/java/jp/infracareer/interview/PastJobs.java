package jp.infracareer.interview;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules.Background;
import jp.infracareer.recognition.TextNormalizer;

/**
 * The past job a message names (feedback.yml {@code backgrounds}): Japanese names anywhere in it, English ones as
 * whole words ("alt" is not found in "alternative"). The first background of the list that is named wins.
 */
final class PastJobs {
    private PastJobs() {}

    static Optional<Background> named(List<Background> backgrounds, String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text).toLowerCase(Locale.ROOT);
        return backgrounds.stream().filter(b -> b.names().stream().anyMatch(n -> names(normalized, n))).findFirst();
    }

    private static boolean names(String normalized, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.chars().allMatch(c -> c < 0x80)) {
            return normalized.contains(n);
        }
        return WORDS.computeIfAbsent(n, w -> Pattern.compile("(?<![a-z0-9])" + Pattern.quote(w) + "s?(?![a-z0-9])"))
                .matcher(normalized).find();
    }

    /** Each English name's whole-word pattern, made once: the names come only from content files. */
    private static final java.util.Map<String, Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
}
