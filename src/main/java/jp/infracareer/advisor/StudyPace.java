package jp.infracareer.advisor;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Reply;
import jp.infracareer.recognition.TextNormalizer;

/**
 * The study roadmap's timeline fitted to the hours a question gives (「週18時間勉強できます。何か月で応募できますか」,
 * "how long if I study 12h a week"): the plan is built on 11 hours a week, reaching the point to start applying at
 * about 140 hours and the end of its second stage at about 280 (content/guides.yml, roadmap), so the months at the
 * user's pace are worked out and said first. A twenty-first trial got the standard plan with no number for its hours.
 */
final class StudyPace {
    /** Hours the roadmap counts to the point of starting to apply, and to the end of its second stage. */
    static final int HOURS_TO_APPLY = 140;
    static final int HOURS_TO_SECOND_STAGE = 280;
    /** The hours a week the roadmap is built on. */
    static final int PLAN_HOURS_A_WEEK = 11;
    /** Weeks in a month, as the roadmap counts them (11 hours a week, about 47 a month). */
    private static final double WEEKS_A_MONTH = 4.3;
    private static final int FEWEST = 2;
    private static final int MOST = 70;

    /** An amount of hours, or a range of them (「5〜6時間」, "5-6 hours", "5 to 6 hours"). */
    private static final String AMOUNT = "\\d{1,2}(?:\\.\\d)?(?:\\s*(?:~|-|–|to|カラ)\\s*\\d{1,2}(?:\\.\\d)?)?";
    private static final Pattern RANGE = Pattern.compile("(?<low>[\\d.]+)\\D+(?<high>[\\d.]+)");
    private static final Pattern WEEKLY = Pattern.compile(
            "(?:週|1週間|一週間)(?:ニ|デ)?\\s*(?<w>" + AMOUNT + ")\\s*(?:時間|h\\b)"
                    + "|(?<e>" + AMOUNT + ")\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/|each)\\s*(?:week|wk)\\b");
    private static final Pattern DAILY = Pattern.compile(
            "(?:毎日|1日|一日)(?:ニ)?\\s*(?<d>" + AMOUNT + ")\\s*時間"
                    + "|(?<f>" + AMOUNT + ")\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/|each)\\s*day\\b");
    /** Words that say the hours are for study, not for work (「1日8時間働いていて、週に10時間勉強」). */
    private static final Pattern STUDY = Pattern.compile(TextNormalizer.normalize("勉強|学習|独学|study|studying|learn"));
    private static final Pattern WORK = Pattern.compile(TextNormalizer.normalize("働|勤務|仕事|シフト|\\bwork|\\bshift"));
    /** How far around an amount of hours the words that say what it is for are looked for. */
    private static final int NEAR = 12;

    private StudyPace() {}

    /** The hours a week a question gives, if it gives them once. */
    static Optional<Double> weeklyHours(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        java.util.List<double[]> amounts = new java.util.ArrayList<>(); // hours a week, start, end
        Matcher w = WEEKLY.matcher(normalized);
        while (w.find()) {
            amounts.add(new double[] {hours(w.group("w") != null ? w.group("w") : w.group("e")), w.start(), w.end()});
        }
        Matcher d = DAILY.matcher(normalized);
        while (d.find()) {
            amounts.add(new double[] {7 * hours(d.group("d") != null ? d.group("d") : d.group("f")), d.start(), d.end()});
        }
        // with more than one amount, the one said of study; an amount said of work is never the study time
        java.util.List<double[]> study = amounts.stream().filter(a -> near(normalized, a, STUDY)).toList();
        java.util.List<double[]> notWork = amounts.stream().filter(a -> !near(normalized, a, WORK)).toList();
        java.util.List<double[]> chosen = study.size() == 1 ? study : amounts.size() == 1 && notWork.size() == 1 ? notWork : List.of();
        return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen.get(0)[0]);
    }

    /** An amount said, or the middle of a range said (「5〜6時間」 is 5.5). */
    private static double hours(String amount) {
        Matcher range = RANGE.matcher(amount);
        return range.matches() ? (Double.parseDouble(range.group("low")) + Double.parseDouble(range.group("high"))) / 2
                : Double.parseDouble(amount);
    }

    /** Whether words of {@code kind} stand close after the amount (in its clause), or just before it. */
    private static boolean near(String text, double[] amount, Pattern kind) {
        int end = (int) amount[2];
        String after = text.substring(end, Math.min(text.length(), end + NEAR)).split("[、。,.]")[0];
        int start = (int) amount[1];
        String before = text.substring(Math.max(0, start - NEAR), start);
        String[] clauses = before.split("[、。,.]", -1);
        return kind.matcher(after).find() || (clauses.length > 0 && kind.matcher(clauses[clauses.length - 1]).find());
    }

    /** The roadmap's reply with the months at the question's pace said first, when it gives its hours. */
    static Reply fitted(Catalog c, Reply roadmap, String question) {
        Optional<Double> hours = weeklyHours(question).filter(h -> h >= FEWEST && h <= MOST);
        if (hours.isEmpty()) {
            return roadmap;
        }
        double perMonth = hours.get() * WEEKS_A_MONTH;
        // the short answer shows no plan: it says how to read the whole page's (a twenty-fifth trial was told of a plan
        // "below" that was not there)
        boolean isShort = "short".equals(roadmap.data().get("detail"));
        String text = c.ui().format(isShort ? "roadmap.pace_short" : "roadmap.pace", "hours", format(hours.get()),
                "apply", String.valueOf(months(HOURS_TO_APPLY, perMonth)),
                "second", String.valueOf(months(HOURS_TO_SECOND_STAGE, perMonth)),
                "apply_hours", String.valueOf(HOURS_TO_APPLY), "second_hours", String.valueOf(HOURS_TO_SECOND_STAGE),
                "plan_hours", String.valueOf(PLAN_HOURS_A_WEEK));
        List<Reply.Part> parts = new java.util.ArrayList<>();
        parts.add(new Reply.Paragraph("", text));
        parts.addAll(roadmap.parts());
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>(roadmap.data());
        data.put("weekly_hours", hours.get());
        return new Reply(roadmap.topic(), roadmap.title(), parts, roadmap.context(), roadmap.actions(), data);
    }

    private static long months(int hoursNeeded, double perMonth) {
        return Math.max(1, Math.round(hoursNeeded / perMonth));
    }

    private static String format(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
