package jp.infracareer.kernel;

/** Cutting text for display without breaking a character in two, and marks off a text's end. */
public final class Texts {
    public static final String ELLIPSIS = "…";

    private Texts() {}

    /** At most {@code max} UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, cutPoint(text, max)) + ELLIPSIS;
    }

    /** Where to cut {@code text} so that it and an ellipsis fit in {@code max}, between two whole characters. */
    public static int cutPoint(String text, int max) {
        int end = Math.max(0, max - ELLIPSIS.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** What a pattern's {@code \s} matches (without UNICODE_CHARACTER_CLASS): for loops that stand in for one. */
    public static final String PATTERN_SPACE = " \t\n\u000B\f\r";

    /** The first index in [{@code from}, {@code to}) of a character of {@code chars}, else -1 (bounds clipped to the text). */
    public static int indexOfAny(String text, String chars, int from, int to) {
        for (int i = Math.max(0, from), end = Math.min(to, text.length()); i < end; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text without the run of {@code marks} it ends with: what {@code replaceAll("[marks]+$", "")} gives (its "$"
     * also matches before a line terminator that ends the text), without a pattern run for every message.
     */
    public static String withoutTrailing(String text, String marks) {
        int end = text.length();
        int cut = runStart(text, end, marks);
        if (cut < end) {
            return text.substring(0, cut);
        }
        int terminator = finalTerminator(text);
        if (terminator < 0) {
            return text;
        }
        int before = runStart(text, terminator, marks);
        return before < terminator ? text.substring(0, before) + text.substring(terminator) : text;
    }

    private static int runStart(String text, int end, String marks) {
        int i = end;
        while (i > 0 && marks.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** Where a line terminator that ends the text starts (\n, \r\n, \r, U+0085, U+2028, U+2029), else -1. */
    private static int finalTerminator(String text) {
        int n = text.length();
        if (n == 0) {
            return -1;
        }
        char last = text.charAt(n - 1);
        if (last == '\n') {
            return n >= 2 && text.charAt(n - 2) == '\r' ? n - 2 : n - 1;
        }
        return last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? n - 1 : -1;
    }
}
