package jp.infracareer.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers and e-mail addresses typed into a message: not part of an interview answer, and never kept. A Japanese
 * number starts with 0 or +81 and has 10 or 11 digits in at most three groups (hyphens, dots, spaces or brackets between
 * them; full-width forms too); IP addresses, prefixes, dates, years and amounts do not match (a fifteenth newcomer trial
 * put a mobile number in an answer, which was kept for a day).
 */
public final class ContactDetails {
    private static final String D = "[0-9０-９]";
    private static final String SEP = "[-‐－−ー.．\\s]?";
    private static final String OPEN = "[(（]?";
    private static final String CLOSE = "[)）]?";
    private static final Pattern PHONE = Pattern.compile("(?<![0-9０-９.．])" + OPEN + "(?:[+＋][8８][1１]" + SEP + D + "{1,4}|[0０]" + D
            + "{0,4})" + CLOSE + SEP + OPEN + D + "{1,4}" + CLOSE + SEP + D + "{3,4}(?![0-9０-９])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{Alnum}._%+\\-]+[@＠][\\p{Alnum}\\-]+(?:[.．][\\p{Alnum}\\-]+)+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ContactDetails() {}

    /** True when the text holds a phone number or an e-mail address: removing them changes it. */
    public static boolean present(String text) {
        return text != null && !redacted(text, "\u0000").equals(text);
    }

    /** The text with each e-mail address and phone number replaced by {@code mark} (e-mails first: 090…@example.jp). */
    public static String redacted(String text, String mark) {
        if (text == null) {
            return "";
        }
        return phones(EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(mark)), mark);
    }

    /** Candidates with 10 or 11 digits (beside +81's) are phone numbers; other runs of digits are left as they are. */
    private static String phones(String text, String mark) {
        Matcher m = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int digits = m.group().replaceAll("[^0-9０-９]", "").length();
            // +81 stands for the leading 0: two digits written for one
            int national = m.group().matches("^[(（]?[+＋].*") ? digits - 1 : digits;
            m.appendReplacement(out, Matcher.quoteReplacement(national == 10 || national == 11 ? mark : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
