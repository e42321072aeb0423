package jp.infracareer.jobpost;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages in words: the upper age a posting sets (「35歳以下」, "under 35") and the age a user gives in a question about it
 * (「おれ38なんだけど」, "I'm 41"), so that the two can be compared (a twentieth and a twenty-first trial were only told to
 * check whether the limit applied). Text is normalised (NFKC, lower case, katakana).
 */
final class Ages {
    /** Ages outside this range are not read as a person's or a limit's (「1年以内」, a postcode). */
    private static final int YOUNGEST = 18;
    private static final int OLDEST = 70;

    /** 「35歳以下」「35歳まで」「35才未満」, "under 35", "35 or younger", "aged 35 or under", "up to 35 years old". */
    private static final Pattern LIMIT = Pattern.compile(
            "(?<n>\\d{2})\\s*(?:歳|才|サイ)\\s*(?<kind>以下|未満|マデ|クライマデ|程度マデ)"
                    // "under 35" only said of ages ("Overtime: under 20 hours a month" is not one)
                    + "|\\b(?:applicants|candidates|aged?|ages) (?:under|below) (?<u>\\d{2})\\b|\\b(?:under|below) (?<v>\\d{2}) (?:years|yrs)\\b"
                    + "|\\b(?<o>\\d{2}) (?:or|and) (?:younger|under)\\b"
                    + "|\\bup to (?<t>\\d{2}) years\\b");

    /** 「38歳」「38才」, 「おれ38」「私は41で」, "i'm 41", "41 years old". */
    private static final Pattern STATED = Pattern.compile(
            "(?<!\\d)(?<a>\\d{2})\\s*(?:歳|才|サイ)(?!\\s*(?:以下|未満|マデ|以上))"
                    + "|(?:オレ|俺|私|ワタシ|僕|ボク|自分|アタシ)(?:ハ|モ|、)?\\s*(?<b>\\d{2})(?!\\d|\\s*(?:万|年|時|回|社|件|%|点|日|か月|ヶ月|カ月))"
                    + "|\\b(?:i'm|i am|im) (?<c>\\d{2})\\b(?! (?:years? (?:of|in)|hours|days|months|k\\b|%))"
                    + "|\\b(?<d>\\d{2}) (?:years old|yo)\\b");

    private Ages() {}

    /** The highest age a posting's line allows, and the words that say so. */
    static Optional<NumberFlags.Found> limit(String normalized) {
        Matcher m = LIMIT.matcher(normalized);
        while (m.find()) {
            int max;
            if (m.group("n") != null) {
                max = Integer.parseInt(m.group("n")) - (m.group("kind").equals("未満") ? 1 : 0);
            } else if (m.group("u") != null || m.group("v") != null) {
                max = Integer.parseInt(m.group("u") != null ? m.group("u") : m.group("v")) - 1;
            } else {
                max = Integer.parseInt(m.group("o") != null ? m.group("o") : m.group("t"));
            }
            if (max >= YOUNGEST && max <= OLDEST) {
                return Optional.of(new NumberFlags.Found(max, m.group()));
            }
        }
        return Optional.empty();
    }

    /** The age a user gives in a short message, if exactly one is given. */
    static Optional<Integer> stated(String normalized) {
        Matcher m = STATED.matcher(normalized);
        Integer found = null;
        while (m.find()) {
            String n = m.group("a") != null ? m.group("a") : m.group("b") != null ? m.group("b")
                    : m.group("c") != null ? m.group("c") : m.group("d");
            int age = Integer.parseInt(n);
            if (age < YOUNGEST || age > OLDEST || (found != null && found != age)) {
                return Optional.empty();
            }
            found = age;
        }
        return Optional.ofNullable(found);
    }
}
