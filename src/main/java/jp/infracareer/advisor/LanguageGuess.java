package jp.infracareer.advisor;

import java.util.Optional;
import jp.infracareer.kernel.Lang;

/**
 * The language a free-text question is written in, when that is clear: any kana or kanji means Japanese;
 * two or more English words and no Japanese mean English. Bare commands and acronyms ("roles", "AWS")
 * say nothing, and the user's setting or the default applies.
 */
final class LanguageGuess {
    private LanguageGuess() {}

    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[!.?,~]+$");

    static Optional<Lang> of(String text) {
        return of(text, java.util.Set.of());
    }

    /**
     * As {@link #of(String)}, and a message that is one of {@code englishAlone} ("hi", "thanks": aliases.yml
     * {@code english_alone}) is English too, though a single word: a greeting is the first thing a newcomer types.
     */
    static Optional<Lang> of(String text, java.util.Set<String> englishAlone) {
        if (text == null) {
            return Optional.empty();
        }
        if (SaidAlone.among(text, englishAlone, TRAILING)) {
            return Optional.of(Lang.EN);
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN) {
                return Optional.of(Lang.JA);
            }
            boolean letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        return words >= 2 ? Optional.of(Lang.EN) : Optional.empty();
    }
}
