package jp.infracareer.jobpost;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pay a user says they earn now, in a question about a posting (「今コンビニ夜勤で月22万なんすけど、時給にしたら
 * どう？」, "I make 1,200 yen an hour now"): a monthly figure in 万円 or an hourly one in yen, so that the posting's
 * hourly rate can be set beside it. Read from normalised text (hiragana as katakana).
 */
record OwnPay(double value, boolean hourly) {
    private static final Pattern HOURLY = Pattern.compile(
            "時給\\s*(?<n>[1-9],?\\d{3}|[7-9]\\d{2})\\s*円?"
            + "|(¥|jpy\\s*)?(?<e>[1-9],?\\d{3})\\s*(yen|jpy)?\\s*(an|per|/)\\s*hour");
    private static final Pattern MONTHLY = Pattern.compile(
            "(月給|月収|月ニ|月|手取リ)\\s*(?<n>[1-9]\\d(\\.\\d)?)\\s*万"
            + "|(¥|jpy\\s*)?(?<e>[1-9]\\d{2}),000\\s*(yen|jpy)?\\s*(a|per|/)\\s*month");

    /** The pay the text says, hourly first; empty when it names none. */
    static Optional<OwnPay> in(String normalized) {
        Matcher h = HOURLY.matcher(normalized);
        if (h.find()) {
            String n = h.group("n") != null ? h.group("n") : h.group("e");
            return Optional.of(new OwnPay(Integer.parseInt(n.replace(",", "")), true));
        }
        Matcher m = MONTHLY.matcher(normalized);
        if (m.find()) {
            return Optional.of(m.group("n") != null ? new OwnPay(Double.parseDouble(m.group("n")), false)
                    : new OwnPay(Integer.parseInt(m.group("e")) / 10.0, false));
        }
        return Optional.empty();
    }
}
