package jp.infracareer.kernel;

import java.util.regex.Pattern;

/**
 * Phone numbers and e-mail addresses typed into a message: not part of an interview answer, and never kept. A Japanese
 * number starts with 0 or +81 and has 10 or 11 digits, hyphens and full-width digits allowed; IP addresses, prefixes,
 * years and amounts do not match (a fifteenth newcomer trial put a mobile number in an answer, which was kept for a day).
 */
public final class ContactDetails {
    private static final String DIGIT = "[0-9０-９]";
    private static final String SEP = "[-‐－−ー\\s]?";
    private static final Pattern PHONE = Pattern.compile("(?<![0-9０-９.])(?:\\+81" + SEP + DIGIT + "|[0０]" + DIGIT + ")"
            + "(?:" + SEP + DIGIT + "){8,9}(?![0-9０-９.])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{Alnum}._%+-]+@[\\p{Alnum}-]+(?:\\.[\\p{Alnum}-]+)+");

    private ContactDetails() {}

    /** True when the text holds a phone number or an e-mail address. */
    public static boolean present(String text) {
        return text != null && (PHONE.matcher(text).find() || EMAIL.matcher(text).find());
    }

    /** The text with each phone number and e-mail address replaced by {@code mark}. */
    public static String redacted(String text, String mark) {
        if (text == null) {
            return "";
        }
        String quoted = java.util.regex.Matcher.quoteReplacement(mark);
        return EMAIL.matcher(PHONE.matcher(text).replaceAll(quoted)).replaceAll(quoted);
    }
}
