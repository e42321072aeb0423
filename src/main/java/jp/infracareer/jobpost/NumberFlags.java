package jp.infracareer.jobpost;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flags that need a number read, not a word found: few days off a year, a night shift of twelve hours or
 * more, and lower pay during probation. Patterns run on normalised text (NFKC, lower case, hiragana as
 * katakana, 〜 dropped: 「夜勤21:00〜翌9:00」 reads 「夜勤21:00翌9:00」).
 */
final class NumberFlags {
    /**
     * Fewer days off a year than this is flagged: 105 is what a company with 8-hour days needs at least to
     * stay within 40 hours a week (Labour Standards Act, Article 32), with hardly any holidays on top.
     */
    static final int FEW_HOLIDAYS = 110;
    /** Above this many "days off a year" is not a count of holidays; below 60 is paid leave (年休10日). */
    private static final int MIN_HOLIDAYS = 60;
    private static final int LONG_SHIFT_HOURS = 12;

    /** A number found, and the words around it (normalised) to quote. */
    record Found(double value, String phrase) {}

    private static final Pattern HOLIDAYS = Pattern.compile(
            "(年間休日|年間休暇|年休|休日)(日?数)?[】\\]]?\\s*[:：]?\\s*(ハ)?\\s*(?<n>\\d{2,3})\\s*日"
            + "|(?<e>\\d{2,3})\\s*(days off|days of holidays?|holidays|annual holidays|days' holiday)\\s*(a|per|each|every)\\s*year"
            + "|annual (holidays|days off)\\s*[:：]?\\s*(?<a>\\d{2,3})");
    private static final Pattern MONTHLY_HOLIDAYS = Pattern.compile(
            // 「休日：シフト制（月8～9日）」: a rota named first, a range of days (its lower end counted)
            "(休日|休ミ|公休)[】\\]]?\\s*[:：]?\\s*(ハ)?\\s*(シフト制\\s*[(（]?\\s*)?(月|毎月|1カ月|1ヶ月)\\s*(?<m>\\d{1,2})(\\s*[~〜]\\s*\\d{1,2})?\\s*日"
            + "|(?<e>\\d{1,2})\\s*days off (a|per|each) month");
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(?<h1>\\d{1,2}):(?<m1>\\d{2})\\s*[-~–—]?\\s*(?<next>翌|翌日|next day\\s*)?\\s*(?<h2>\\d{1,2}):(?<m2>\\d{2})"
            + "|(?<ah1>\\d{1,2})\\s*(?<ap1>am|pm)\\s*(-|to|–)\\s*(?<ah2>\\d{1,2})\\s*(?<ap2>am|pm)");
    private static final Pattern SHIFT_WORDS = Pattern.compile("夜勤|夜間|シフト|交代|交替|night|shift");
    private static final Pattern PROBATION = Pattern.compile("試用|probation|trial period");
    /** 「25万8千円」: the thousands after 万, read as a tenth of it (they were dropped: 6万8千円 read as 6万). */
    private static final String THOUSANDS = "(?:\\s*(?<k>[1-9])\\s*千)?";
    private static final Pattern MONTHLY_MAN = Pattern.compile("(月給|月額|基本給|給与|月収)\\D{0,8}?(?<n>\\d{2}(\\.\\d+)?)\\s*万" + THOUSANDS);
    private static final Pattern ANY_MAN = Pattern.compile("(?<![\\d.])(?<n>\\d{2}(\\.\\d+)?)\\s*万円");
    private static final Pattern YEN = Pattern.compile("(¥|jpy|yen)?\\s*(?<![\\d,])(?<n>[1-9]\\d{2},\\d{3})(?!,?\\d)\\s*(yen|jpy|円)?");
    private static final Pattern YEARLY_MAN = Pattern.compile("(年収|年俸)\\D{0,8}?(?<n>\\d{3,4}(\\.\\d+)?)\\s*万");
    private static final Pattern YEARLY_EN = Pattern.compile("(annual|yearly|per year|a year|/year|per annum)");
    private static final Pattern YEARLY_YEN = Pattern.compile("(?<![\\d,])(?<n>[1-9]\\d?,\\d{3},\\d{3})(?!,?\\d)");
    private static final Pattern MONTHLY_EN = Pattern.compile("monthly|a month|per month|/month|月給|月額");

    private NumberFlags() {}

    /** 「年間休日105日」「休日105日」「105 days off a year」: the days off when fewer than {@link #FEW_HOLIDAYS}. */
    static Optional<Found> fewHolidays(String normalized) {
        return holidays(normalized).filter(f -> f.value() < FEW_HOLIDAYS);
    }

    /**
     * The days off a year a line gives (「年間休日125日」, or 「休日：月8日」 twelve times over), if it gives a count that
     * can be one; a count under 110 is named first, so that a line giving two figures is flagged on the lower.
     */
    static Optional<Found> holidays(String normalized) {
        // 「休日：月8日以上」: days off a month, twelve times over (a twenty-third trial's 96 a year went unmentioned)
        Matcher monthly = MONTHLY_HOLIDAYS.matcher(normalized);
        if (monthly.find()) {
            int days = 12 * Integer.parseInt(monthly.group("m") != null ? monthly.group("m") : monthly.group("e"));
            if (days >= MIN_HOLIDAYS && days < MAX_HOLIDAYS) {
                return Optional.of(new Found(days, monthly.group()));
            }
        }
        Optional<Found> any = Optional.empty();
        Matcher m = HOLIDAYS.matcher(normalized);
        while (m.find()) {
            String n = m.group("n") != null ? m.group("n") : m.group("e") != null ? m.group("e") : m.group("a");
            int days = Integer.parseInt(n);
            if (days >= MIN_HOLIDAYS && days < FEW_HOLIDAYS) {
                return Optional.of(new Found(days, m.group()));
            }
            if (days >= MIN_HOLIDAYS && days < MAX_HOLIDAYS && any.isEmpty()) {
                any = Optional.of(new Found(days, m.group()));
            }
        }
        return any;
    }

    /**
     * 「土日祝休み」「【休日】完全週休2日制（土日祝）」, "weekends and public holidays off": every weekend and public holiday off,
     * about 120 days a year on its own; not a rota that picks some of them (「土日祝のうち2日」「土日祝出勤あり」).
     */
    private static final Pattern WEEKENDS_AND_HOLIDAYS_OFF = Pattern.compile(
            "(土日祝日?\\s*(ハ|ノ)?\\s*(休|オ休)"
            + "|(休日|休暇|休ミ)[】\\]]?\\s*[:：]?\\s*(完全)?\\s*(週休2日制?)?\\s*[(（]?\\s*土日祝"
            + "|週休2日制?\\s*[(（]\\s*土日祝"
            + "|(weekends|saturdays,? sundays),? and (public |national )?holidays off|off on weekends and (public |national )?holidays"
            + "|(holidays|days off)\\s*[:：]\\s*(saturdays?,? sundays?|weekends),? (and )?(public |national )?holidays)"
            + "(?![^。.]{0,8}(イズレカ|ノウチ|ウチ|出勤|勤務アリ|シフト|rotation|rota\\b|some))");

    /** Whether a line says every weekend and public holiday is off. */
    static Optional<Found> weekendsAndHolidaysOff(String normalized) {
        Matcher m = WEEKENDS_AND_HOLIDAYS_OFF.matcher(normalized);
        return m.find() ? Optional.of(new Found(0, m.group())) : Optional.empty();
    }

    /** More days off a year than this is not a count of holidays (a typo, or days of something else). */
    private static final int MAX_HOLIDAYS = 200;

    /** A shift over midnight of twelve hours or more (「夜勤21:00〜翌9:00」), on a line about shifts or nights. */
    static Optional<Found> longNightShift(String normalized) {
        if (!SHIFT_WORDS.matcher(normalized).find()) {
            return Optional.empty();
        }
        Matcher m = TIME_RANGE.matcher(normalized);
        while (m.find()) {
            int start;
            int end;
            if (m.group("h1") != null) {
                start = minutes(m.group("h1"), m.group("m1"));
                end = minutes(m.group("h2"), m.group("m2"));
            } else {
                start = minutes12(m.group("ah1"), m.group("ap1"));
                end = minutes12(m.group("ah2"), m.group("ap2"));
            }
            boolean overnight = m.group("next") != null || end <= start;
            if (!overnight || start >= 24 * 60 || end > 24 * 60) {
                continue;
            }
            int length = end + 24 * 60 - start;
            if (length >= LONG_SHIFT_HOURS * 60 && length <= 24 * 60) {
                return Optional.of(new Found(length / 60.0, m.group()));
            }
        }
        return Optional.empty();
    }

    /** A day's working hours: its start and end as written (「8:00」「17:00」), and the words that say them. */
    record Hours(String start, String end, String phrase) {}

    /** 「8:00〜17:00（休憩1時間）」: the first span on a line that starts and ends on the same day. */
    static Optional<Hours> dayHours(String normalized) {
        Matcher m = TIME_RANGE.matcher(normalized);
        while (m.find()) {
            if (m.group("h1") == null || m.group("next") != null) {
                continue;
            }
            int start = minutes(m.group("h1"), m.group("m1"));
            int end = minutes(m.group("h2"), m.group("m2"));
            if (start < end && end <= 24 * 60) {
                return Optional.of(new Hours(m.group("h1") + ":" + m.group("m1"), m.group("h2") + ":" + m.group("m2"), m.group()));
            }
        }
        return Optional.empty();
    }

    private static int minutes(String h, String m) {
        return Integer.parseInt(h) * 60 + Integer.parseInt(m);
    }

    private static int minutes12(String h, String ampm) {
        int hour = Integer.parseInt(h) % 12 + (ampm.equals("pm") ? 12 : 0);
        return hour * 60;
    }

    private static final Pattern PROBATION_MONTHS = Pattern.compile(
            "試用(期間)?\\D{0,6}?(?<a>\\d{1,2})\\s*(カ月|ヶ月|ケ月|箇月|月)|(?<b>\\d{1,2})\\s*(カ月|ヶ月|ケ月|箇月)(間)?ノ?試用"
            + "|probation\\D{0,20}?(?<c>\\d{1,2})[- ]?months?|(?<d>\\d{1,2})[- ]months?'? probation");

    /** 「試用期間6か月」「3ヶ月の試用期間」, "a 6-month probation": how many months the probation lasts, if said. */
    static Optional<Integer> probationMonths(String normalized) {
        Matcher m = PROBATION_MONTHS.matcher(normalized);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group("a") != null ? m.group("a") : m.group("b") != null ? m.group("b") : m.group("c") != null ? m.group("c") : m.group("d");
        int months = Integer.parseInt(n);
        return months >= 1 && months <= 12 ? Optional.of(months) : Optional.empty();
    }

    /** Where the line starts talking about probation, or -1. */
    static int probationAt(String normalized) {
        Matcher m = PROBATION.matcher(normalized);
        return m.find() ? m.start() : -1;
    }

    /** A monthly pay in 万円 named with 月給 and the like (「月給25万円〜」, "monthly salary 250,000 yen"). */
    static Optional<Found> monthlyPay(String normalized) {
        Matcher m = MONTHLY_MAN.matcher(normalized);
        if (m.find()) {
            return Optional.of(new Found(man(m), m.group()));
        }
        return MONTHLY_EN.matcher(normalized).find() ? yen(normalized) : Optional.empty();
    }

    /** An hourly pay in yen (「時給1,400円〜」, "hourly wage 1,500 yen", "JPY 1,600 per hour"): the first figure named. */
    static Optional<Found> hourlyPay(String normalized) {
        Matcher m = HOURLY.matcher(normalized);
        if (m.find()) {
            return Optional.of(new Found(Integer.parseInt(m.group("n").replace(",", "")), m.group()));
        }
        for (Pattern p : HOURLY_EN) {
            Matcher en = p.matcher(normalized);
            if (en.find()) {
                return Optional.of(new Found(Integer.parseInt(en.group("n").replace(",", "")), en.group()));
            }
        }
        return Optional.empty();
    }

    // three figures too: only a pay below every minimum wage has them (「時給980円」)
    private static final Pattern HOURLY = Pattern.compile("時給\\D{0,6}?(?<n>[1-9][0-9]?,?[0-9]{3}|[1-9][0-9]{2})\\s*円");
    private static final java.util.List<Pattern> HOURLY_EN = java.util.List.of(
            Pattern.compile("hourly (?:wage|pay|rate)\\D{0,12}?(?<n>[1-9][0-9]?,?[0-9]{3})"),
            Pattern.compile("(?<n>[1-9][0-9]?,?[0-9]{3})\\s*(?:yen|jpy)?\\s*(?:per|an|/)\\s*hour"));

    /** A yearly pay in 万円 (「年収300万円〜」, "annual salary 3,600,000 yen"): the first figure named. */
    static Optional<Found> yearlyPay(String normalized) {
        Matcher m = YEARLY_MAN.matcher(normalized);
        if (m.find()) {
            return Optional.of(new Found(Double.parseDouble(m.group("n")), m.group()));
        }
        if (YEARLY_EN.matcher(normalized).find()) {
            Matcher yen = YEARLY_YEN.matcher(normalized);
            if (yen.find()) {
                return Optional.of(new Found(Integer.parseInt(yen.group("n").replace(",", "")) / 10_000.0, yen.group()));
            }
        }
        return Optional.empty();
    }

    /** A yearly pay given as a range: its bottom and top in 万円. */
    record Range(double low, double top, String phrase) {}

    private static final Pattern YEARLY_RANGE_MAN = Pattern.compile(
            "(年収|年俸)\\D{0,8}?(?<lo>\\d,?\\d{3}|\\d{3})\\s*(万円?)?\\s*(~|-|–|カラ)?\\s*(?<hi>\\d,?\\d{3}|\\d{3})\\s*万");
    private static final Pattern YEARLY_RANGE_YEN = Pattern.compile(
            "(?<lo>[1-9]\\d?,\\d{3},\\d{3})\\s*(yen|jpy|円)?\\s*(~|-|–|to)\\s*(¥|jpy)?\\s*(?<hi>[1-9]\\d?,\\d{3},\\d{3})");

    /** 「年収350万〜800万円」「年収350~1,000万円」, "annual salary 3,500,000 - 8,000,000 yen": the range, bottom first. */
    static Optional<Range> yearlyRange(String normalized) {
        Matcher m = YEARLY_RANGE_MAN.matcher(normalized);
        if (m.find()) {
            int lo = Integer.parseInt(m.group("lo").replace(",", ""));
            int hi = Integer.parseInt(m.group("hi").replace(",", ""));
            return hi > lo ? Optional.of(new Range(lo, hi, m.group())) : Optional.empty();
        }
        Matcher yen = YEARLY_RANGE_YEN.matcher(normalized);
        if (YEARLY_EN.matcher(normalized).find() && yen.find()) {
            double lo = Integer.parseInt(yen.group("lo").replace(",", "")) / 10_000.0;
            double hi = Integer.parseInt(yen.group("hi").replace(",", "")) / 10_000.0;
            return hi > lo ? Optional.of(new Range(lo, hi, yen.group())) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Any monthly amount on a probation line: 「試用期間3か月（22万円）」 names no 月給 but means it. */
    static Optional<Found> probationPay(String fromProbation) {
        Matcher m = MONTHLY_MAN.matcher(fromProbation);
        if (m.find()) {
            return Optional.of(new Found(Double.parseDouble(m.group("n")), m.group()));
        }
        Matcher any = ANY_MAN.matcher(fromProbation);
        if (any.find()) {
            return Optional.of(new Found(Double.parseDouble(any.group("n")), any.group()));
        }
        return yen(fromProbation);
    }

    /** Fixed overtime pay and the hours it covers, and whether the monthly pay named includes it (含む, "including"). */
    record FixedOvertime(int hours, double amount, boolean included, String phrase) {}

    /** Fixed overtime's names, on normalised text: みなし and 見込み read ミナシ and 見込ミ (never found as hiragana). */
    private static final String FIXED_OVERTIME_WORDS = "(固定残業|ミナシ残業|見込ミ残業|定額残業)";
    private static final Pattern FIXED_OVERTIME = Pattern.compile(
            FIXED_OVERTIME_WORDS + "\\D{0,12}?(?<h>\\d{1,3})\\s*時間\\D{0,10}?(?:(?<n>\\d{1,2}(\\.\\d+)?)\\s*万" + THOUSANDS + "|(?<y>\\d{2},\\d{3})\\s*円)");
    private static final Pattern INCLUDED = Pattern.compile("含|込|including|includes|inclusive");

    /** An amount in 万円 with the thousands after it (「6万8千」 is 6.8). */
    private static double man(Matcher m) {
        double man = Double.parseDouble(m.group("n"));
        return m.group("k") == null ? man : man + Integer.parseInt(m.group("k")) / 10.0;
    }

    /** 「固定残業代45時間分・6万円を含む」: the hours and the amount (万円), on a line that may say the pay includes them. */
    static Optional<FixedOvertime> fixedOvertime(String normalized) {
        Matcher m = FIXED_OVERTIME.matcher(normalized);
        if (!m.find()) {
            return Optional.empty();
        }
        double amount = m.group("n") != null ? man(m)
                : Integer.parseInt(m.group("y").replace(",", "")) / 10_000.0;
        return Optional.of(new FixedOvertime(Integer.parseInt(m.group("h")), amount, INCLUDED.matcher(normalized).find(), m.group()));
    }

    private static final Pattern FIXED_OVERTIME_HOURS = Pattern.compile(
            FIXED_OVERTIME_WORDS + "\\D{0,12}?(?<h>\\d{1,3})\\s*時間"
            + "|(fixed|deemed) overtime\\D{0,20}?(?<e>\\d{1,3})\\s*(hours|h\\b)|(?<f>\\d{1,3})\\s*hours? of (fixed|deemed) overtime");

    /** 「固定残業代80時間分を含む」: the hours of fixed overtime when no amount is given beside them. */
    static Optional<Found> fixedOvertimeHours(String normalized) {
        Matcher m = FIXED_OVERTIME_HOURS.matcher(normalized);
        if (!m.find()) {
            return Optional.empty();
        }
        String hours = m.group("h") != null ? m.group("h") : m.group("e") != null ? m.group("e") : m.group("f");
        return Optional.of(new Found(Integer.parseInt(hours), m.group()));
    }

    /** 220,000 yen as 22 (万円): monthly pays only, six digits. */
    private static Optional<Found> yen(String normalized) {
        Matcher m = YEN.matcher(normalized);
        while (m.find()) {
            if (m.group(1) != null || m.group(3) != null) {
                return Optional.of(new Found(Integer.parseInt(m.group("n").replace(",", "")) / 10_000.0, m.group().strip()));
            }
        }
        return Optional.empty();
    }
}
