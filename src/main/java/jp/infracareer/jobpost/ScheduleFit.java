package jp.infracareer.jobpost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.recognition.TextNormalizer;

/**
 * The posting's working hours set beside the time a user must leave by (「17:30お迎えの私でもこの会社で働けそうですか？」, a
 * thirty-first trial, got a general paragraph on career breaks): the end of the day as written, then with the fixed
 * overtime the pay assumes spread over a month's working days, and the site's distance when the work is at clients.
 */
final class ScheduleFit {
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})");
    /** Working days a month the fixed overtime is spread over. */
    private static final int WORKING_DAYS = 20;

    private ScheduleFit() {}

    /** What fits and what does not, from the reading's hours; empty when the posting gave none. */
    static Optional<Part> of(Ui ui, JobPostReading reading, String asked) {
        Optional<JobPostReading.Flag> hours = flag(reading, "working-hours");
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        String start = hours.get().figures().get("start");
        String end = hours.get().figures().get("end");
        // the time the user gives (a pick-up at 17:30), not the posting's own hours repeated
        String pickup = null;
        Matcher m = TIME.matcher(TextNormalizer.normalize(asked == null ? "" : asked));
        while (m.find() && pickup == null) {
            String t = Integer.parseInt(m.group(1)) + ":" + m.group(2);
            if (!t.equals(start) && !t.equals(end)) {
                pickup = t;
            }
        }
        List<String> said = new ArrayList<>();
        int endMinutes = minutes(end);
        if (pickup == null) {
            said.add(ui.format("jobpost.follow.schedule.hours", "start", start, "end", end));
        } else {
            int margin = minutes(pickup) - endMinutes;
            said.add(margin > 0 ? ui.format("jobpost.follow.schedule.margin", "start", start, "end", end, "pickup", pickup,
                    "margin", String.valueOf(margin)) : ui.format("jobpost.follow.schedule.late", "start", start, "end", end, "pickup", pickup));
        }
        int overtime = reading.flags().stream().filter(f -> f.id().startsWith("fixed-overtime")).map(f -> f.figures().get("hours"))
                .filter(java.util.Objects::nonNull).mapToInt(Integer::parseInt).max().orElse(0);
        if (overtime > 0) {
            int late = endMinutes + overtime * 60 / WORKING_DAYS;
            said.add(ui.format("jobpost.follow.schedule.overtime", "ot", String.valueOf(overtime),
                    "per_day", String.format(java.util.Locale.ROOT, "%.1f", overtime / (double) WORKING_DAYS), "late", clock(late)));
            if (pickup != null && late > minutes(pickup)) {
                said.add(ui.format("jobpost.follow.schedule.overtime_late", "pickup", pickup));
            }
        }
        if (flag(reading, "client-site").isPresent()) {
            said.add(ui.text("jobpost.follow.schedule.site"));
        }
        StringBuilder out = new StringBuilder();
        for (String s : said) {
            out.append(out.length() == 0 || out.charAt(out.length() - 1) == '。' ? "" : " ").append(s);
        }
        return Optional.of(new Paragraph("", out.toString()));
    }

    private static Optional<JobPostReading.Flag> flag(JobPostReading reading, String id) {
        return reading.flags().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static int minutes(String time) {
        String[] hm = time.split(":");
        return Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
    }

    private static String clock(int minutes) {
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }
}
