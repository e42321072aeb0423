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
                    + "|\\b(?<d>\\d{2}) (?:years old|yo)\\b"
                    // 「41でこの求人出していいのか」: an age opening the message, before a particle
                    + "|^(?<f>\\d{2})\\s*(?:デ|ダケド|ナンダケド|ダカラ|ナノデ|ナンデスガ|ナンデスケド|デスガ|デスケド)(?!\\d)");

    /** 「40代活躍中」「50代の先輩も在籍」, "people in their 40s work here": a decade of age the posting says works there. */
    private static final Pattern DECADE = Pattern.compile(
            "(?<n>[2-6])0\\s*代(?:ノ方|ノ社員|ノ先輩|ノメンバー|ノスタッフ)?\\s*(?:モ|ガ)?\\s*(?:活躍|在籍|多数|入社|歓迎)"
                    + "|\\bin their (?<e>[2-6])0s\\b");

    /** Words right after an age that make it a preference, not a limit (「35歳未満の方歓迎」, "under 35 preferred"). */
    private static final Pattern WELCOMED = Pattern.compile(
            "^\\s*(?:ノ方|ノ人|ノ)?\\s*(?:ヲ|モ)?\\s*(?:大)?(?:歓迎|優遇|尚可|望マシイ)|^[^、。,]{0,3}\\b(?:preferred|welcome)");

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

    /** The decade of age a line says people of work at the company (40 for 「40代活躍中」), and the words that say so. */
    static Optional<NumberFlags.Found> decade(String normalized) {
        Matcher m = DECADE.matcher(normalized);
        return m.find() ? Optional.of(new NumberFlags.Found(10 * Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("e")),
                m.group())) : Optional.empty();
    }

    /** Whether the limit found on a line is only welcomed (「35歳未満の方歓迎」): a preference the posting states. */
    static boolean welcomed(String normalized, NumberFlags.Found limit) {
        int at = normalized.indexOf(limit.phrase());
        return at >= 0 && WELCOMED.matcher(normalized.substring(at + limit.phrase().length())).find();
    }

    /** The age a user gives in a short message, if exactly one is given. */
    static Optional<Integer> stated(String normalized) {
        Matcher m = STATED.matcher(normalized);
        Integer found = null;
        while (m.find()) {
            String n = m.group("a") != null ? m.group("a") : m.group("b") != null ? m.group("b")
                    : m.group("c") != null ? m.group("c") : m.group("d") != null ? m.group("d") : m.group("f");
            int age = Integer.parseInt(n);
            if (age < YOUNGEST || age > OLDEST || (found != null && found != age)) {
                return Optional.empty();
            }
            found = age;
        }
        return Optional.ofNullable(found);
    }
}
