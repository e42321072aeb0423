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

    static Optional<Lang> of(String text) {
        if (text == null) {
            return Optional.empty();
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
