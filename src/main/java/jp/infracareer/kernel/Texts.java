package jp.infracareer.kernel;

/** Cutting text for display without breaking a character in two. */
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
}
