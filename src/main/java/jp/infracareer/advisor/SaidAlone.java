package jp.infracareer.advisor;

import java.util.Locale;
import java.util.Set;
import jp.infracareer.kernel.Texts;

/**
 * Whether a message is one of a list of words said alone (a greeting, a thanks), in lower case and without the marks
 * it may end with: aliases.yml {@code english_alone} for the reply language, {@code greetings_alone} for a greeting.
 */
final class SaidAlone {
    /** Longest message looked up ("good morning!!" is 14). */
    private static final int MAX = 24;

    private SaidAlone() {}

    /** {@code trailing}: the marks a word may end with, taken off before it is looked up. */
    static boolean among(String text, Set<String> words, String trailing) {
        return text != null && !words.isEmpty() && text.length() <= MAX
                && words.contains(Texts.withoutTrailing(text.strip().toLowerCase(Locale.ROOT), trailing));
    }
}
