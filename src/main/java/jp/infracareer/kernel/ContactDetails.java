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

    /** True when the text holds a phone number or an e-mail address. */
    public static boolean present(String text) {
        return text != null && (EMAIL.matcher(text).find() || phones(text, "").found);
    }

    /** The text with each e-mail address and phone number replaced by {@code mark} (e-mails first: 090…@example.jp). */
    public static String redacted(String text, String mark) {
        if (text == null) {
            return "";
        }
        return phones(EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(mark)), mark).text;
    }

    private record Phones(String text, boolean found) {}

    /** Candidates with 10 or 11 digits (beside +81's) are phone numbers; other runs of digits are left as they are. */
    private static Phones phones(String text, String mark) {
        Matcher m = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            int digits = m.group().replaceAll("[^0-9０-９]", "").length();
            // +81 stands for the leading 0: two digits written for one
            int national = m.group().matches("^[(（]?[+＋].*") ? digits - 1 : digits;
            boolean phone = national == 10 || national == 11;
            found |= phone;
            m.appendReplacement(out, Matcher.quoteReplacement(phone ? mark : m.group()));
        }
        m.appendTail(out);
        return new Phones(out.toString(), found);
    }
}
