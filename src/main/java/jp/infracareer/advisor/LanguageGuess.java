package jp.infracareer.advisor;

import java.util.Optional;
import jp.infracareer.kernel.Lang;

/**
 * The language a free-text question is written in, when that is clear: Japanese text means Japanese, unless
 * it is a few quoted terms in an English sentence; two or more English words and no Japanese mean English. Bare commands and acronyms ("roles", "AWS")
 * say nothing, and the user's setting or the default applies.
 */
final class LanguageGuess {
    private LanguageGuess() {}

    /** English words (with a lower-case letter: "AWS" or "CCNA" is a name in any language) a message needs around Japanese terms to be English... */
    static final int ENGLISH_WORDS_AROUND_TERMS = 3;
    /** ...and at most this much hiragana (「夜勤手当」 has none; 「について」 already says Japanese). */
    static final int QUOTED_HIRAGANA = 2;
    /**
     * A text with this many times as many English words (with a lower-case letter) as Japanese characters, and at
     * least {@link #ENGLISH_WORDS_IN_LONG_TEXT} of them, is English whatever its hiragana: a long English answer that
     * closes with 「頑張ります。」 (a fourteenth newcomer trial saw one judged in Japanese and scored 0).
     */
    static final int ENGLISH_WORDS_PER_JAPANESE_CHAR = 2;
    static final int ENGLISH_WORDS_IN_LONG_TEXT = 8;
    private static final java.util.regex.Pattern FUNCTION_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(the|a|an|is|are|was|am|do|does|did|how|what|why|which|when|where|who|can|should|i|i'm|my|me|you|it|this|that|to|of|in|for|and|or|with|about|have|has)\\b");
    /** The function words less "a" and "i", which are also command options ("ip a", "grep -i"). */
    private static final java.util.regex.Pattern SENTENCE_FUNCTION_WORD = java.util.regex.Pattern.compile(
            "(?i)(?<![-\\w])(the|an|is|are|was|am|do|does|did|how|what|why|which|when|where|who|can|should|i'm|my|me|you|it|this|that|to|of|in|for|and|or|with|about|have|has)(?![\\w])");
    private static final String TRAILING = "!.?,~";

    /**
     * True when the text has an English sentence of its own: three or more words with a lower-case letter and a function
     * word ("Thank you, this was helpful." beside 「ありがとうございました！」).
     */
    static boolean hasEnglishSentence(String text) {
        if (text == null || !SENTENCE_FUNCTION_WORD.matcher(text).find()) {
            return false;
        }
        java.util.regex.Matcher words = LOWER_WORD.matcher(text);
        int n = 0;
        while (words.find()) {
            n++;
        }
        return n >= ENGLISH_WORDS_AROUND_TERMS;
    }

    /** Words of two or more letters with a lower-case one, not an option ("-m") nor right after one. */
    private static int proseWords(String text) {
        if (!hasLowerLatin(text)) {
            return 0; // every word counted has a lower-case letter
        }
        java.util.regex.Matcher m = PROSE_WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean hasLowerLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PROSE_WORD = java.util.regex.Pattern.compile("(?<![-\\w])[A-Za-z]*[a-z][A-Za-z']+(?![-\\w])");

    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("\\b[A-Za-z]*[a-z][A-Za-z']*\\b");

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
        int lowerWords = 0;
        boolean lowerInWord = false;
        int hiragana = 0;
        int japaneseChars = 0;
        boolean japanese = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            hiragana += script == Character.UnicodeScript.HIRAGANA ? 1 : 0;
            boolean kana = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
            japanese |= kana;
            japaneseChars += kana ? 1 : 0;
            boolean letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
            if (letter && !inWord) {
                words++;
                lowerInWord = false;
            }
            if (cp >= 'a' && cp <= 'z' && !lowerInWord) {
                lowerWords++;
                lowerInWord = true;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        if (japanese) {
            // an English sentence that quotes Japanese terms ("how does 夜勤手当 work", "I'm on a 技能実習 visa") is English:
            // Japanese grammar needs hiragana, a quoted term seldom has much
            // and it is a sentence: a keyword search (「Solutions Architect Associate 難易度」) has no word such as "how" or "is"
            boolean quotesTerms = lowerWords >= ENGLISH_WORDS_AROUND_TERMS && hiragana <= QUOTED_HIRAGANA;
            // words of prose, not a list of commands and flags (「top、free -m、df -h、ip aで確認します」 is Japanese)
            int proseWords = proseWords(text);
            boolean mostlyEnglish = proseWords >= ENGLISH_WORDS_IN_LONG_TEXT
                    && proseWords >= ENGLISH_WORDS_PER_JAPANESE_CHAR * japaneseChars && hasEnglishSentence(text);
            return (quotesTerms || mostlyEnglish) && FUNCTION_WORD.matcher(text).find() ? Optional.of(Lang.EN) : Optional.of(Lang.JA);
        }
        return words >= 2 ? Optional.of(Lang.EN) : Optional.empty();
    }
}
