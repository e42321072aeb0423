package jp.infracareer.advisor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is one of a list of words said alone (a greeting, a thanks), in lower case and without the marks
 * it may end with: aliases.yml {@code english_alone} for the reply language, {@code greetings_alone} for a greeting.
 */
final class SaidAlone {
    /** Longest message looked up ("good morning!!" is 14). */
    private static final int MAX = 24;

    private SaidAlone() {}

    static boolean among(String text, Set<String> words, Pattern trailing) {
        return text != null && !words.isEmpty() && text.length() <= MAX
                && words.contains(trailing.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
    }
}
