package jp.infracareer.advisor;

/** Cutting text for display without breaking a character in two. */
public final class Texts {
    public static final String ELLIPSIS = "…";

    private Texts() {}

    /** At most {@code max} UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - ELLIPSIS.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
