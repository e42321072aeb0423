package jp.infracareer.jobpost;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheduled working hours a month that every figure of one reading is worked out at (the base pay's hourly rate,
 * the overtime the fixed amount must cover, the minimum-wage check, an hourly answer). A thirtieth trial was told the
 * fixed overtime fell short at 160 hours and, in the next bullet, worked at 173: one basis, said with its reason.
 * The posting's own monthly hours when it gives them; else those its days off a year leave at its daily hours (8 when
 * not said); else 8 hours on 20 days.
 */
record ScheduledHours(double hours, Basis basis, int holidays, double daily) {
    /** Where the hours come from: the posting's words, its days off a year, or the assumption of 20 days of 8 hours. */
    enum Basis { POSTING, DAYS_OFF, ASSUMED, LEGAL_MOST }

    /** The legal working day (Labour Standards Act, Art. 32), taken when the posting gives no daily hours. */
    static final double LEGAL_DAY = 8;
    /** 8 hours on 20 days: the assumption when the posting gives neither its hours nor its days off. */
    static final double ASSUMED_DAYS = 20;

    /** 「月平均所定労働時間165時間」「所定労働時間：月160時間」, "scheduled hours: 160 a month" (100 to 200 hours). */
    private static final Pattern MONTHLY = Pattern.compile(
            "所定労働時間\\D{0,8}?(?<n>1\\d{2}(\\.\\d+)?)\\s*(時間|h)"
            + "|(scheduled|contractual) (working )?hours\\D{0,20}?(?<e>1\\d{2}(\\.\\d+)?)\\s*(hours|h\\b)?\\s*(a|per|/)\\s*month");
    /** 「実働7.5時間」「実働8h」, "7.5 working hours a day". */
    private static final Pattern DAILY = Pattern.compile(
            "実働\\s*(?<n>[4-9](\\.\\d+)?)\\s*(時間|h)|(?<e>[4-9](\\.\\d+)?)\\s*(working )?hours (a|per) day");

    /** 40 hours a week (Labour Standards Act, Art. 32) over 52 weeks, a month's share: the most hours a month can be scheduled. */
    static final double LEGAL_MOST = 40.0 * 52 / 12;

    /**
     * The most hours a month can be scheduled: a pay below the minimum wage over them is below it on any schedule, so a
     * posting that gives no hours is still judged (the probation pay of a thirty-first trial).
     */
    static ScheduledHours legalMost(double daily) {
        return new ScheduledHours(LEGAL_MOST, Basis.LEGAL_MOST, 0, daily);
    }

    /** The posting's own monthly hours on a line, if it gives them. */
    static Optional<Double> monthly(String normalized) {
        Matcher m = MONTHLY.matcher(normalized);
        return m.find() ? Optional.of(Double.parseDouble(m.group("n") != null ? m.group("n") : m.group("e"))) : Optional.empty();
    }

    /** The posting's daily working hours on a line, if it gives them. */
    static Optional<Double> daily(String normalized) {
        Matcher m = DAILY.matcher(normalized);
        return m.find() ? Optional.of(Double.parseDouble(m.group("n") != null ? m.group("n") : m.group("e"))) : Optional.empty();
    }

    /** The hours from what the posting gave: its monthly hours, else its days off (0: not given) at its daily hours. */
    static ScheduledHours of(Double monthly, int holidays, Double daily) {
        double day = daily == null ? LEGAL_DAY : daily;
        if (monthly != null) {
            return new ScheduledHours(monthly, Basis.POSTING, holidays, day);
        }
        if (holidays > 0) {
            return new ScheduledHours((365 - holidays) * day / 12, Basis.DAYS_OFF, holidays, day);
        }
        return new ScheduledHours(ASSUMED_DAYS * day, Basis.ASSUMED, 0, day);
    }

    /** Whether the posting itself gave what the hours come from (its monthly hours or its days off). */
    boolean fromPosting() {
        return basis == Basis.POSTING || basis == Basis.DAYS_OFF;
    }

    /** The figures a finding says the hours with: {sched}, {daily}, {holidays}, and {basis} for the sentence saying why. */
    Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("sched", String.valueOf(Math.round(hours)));
        out.put("daily", number(daily));
        out.put("holidays", String.valueOf(holidays));
        out.put("basis", basis.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return out;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }
}
