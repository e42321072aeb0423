package jp.infracareer.recognition;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts text into one canonical spelling before matching: NFKC (half-width katakana and full-width
 * latin become ordinary), lower case, hiragana as katakana, long-vowel marks dropped (サーバ = サーバー),
 * control characters removed and spaces collapsed.
 */
public final class TextNormalizer {
    private static final char LONG_VOWEL = 'ー';

    private TextNormalizer() {}

    /** One message is normalised a dozen times over, as the same String: the last result is kept (see LastResult). */
    private static final jp.infracareer.kernel.LastResult LAST = new jp.infracareer.kernel.LastResult(TextNormalizer::normalizeAfresh);

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return LAST.apply(text);
    }

    private static String normalizeAfresh(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (c == LONG_VOWEL || c == '〜') {
                // between two digits it is a range (「週5〜6時間」), kept as ~ so that the numbers do not run together (56)
                if (!pendingSpace && out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))
                        && i + 1 < nfkc.length() && Character.isDigit(nfkc.charAt(i + 1))) {
                    out.append('~');
                }
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(toKatakana(c));
        }
        return out.toString();
    }

    /** Hiragana ぁ..ゖ map one to one onto katakana ァ..ヶ. */
    static char toKatakana(char c) {
        return c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ァ' - 'ぁ')) : c;
    }

    /** True for text that is ASCII only, once normalised (English words, abbreviations). */
    public static boolean isAscii(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
