package jp.infracareer.jobpost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Guide;
import jp.infracareer.content.JobPostRules;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;

/**
 * A question about the posting the user has just had read (「これってSESですか？」, 「さっき貼った求人って年収いくら？」): which
 * aspect it asks about, and the answer from that reading: what the posting says on it, in its own words, or that it
 * says nothing, and what to ask in the interview. The cues are in jobpost.yml ({@code follow_up}).
 */
public final class PostingFollowUp {
    /** The longest message read as such a question: a longer one is a posting, an answer or a story. */
    private static final int MAX_CHARS = 200;

    private final PhraseMatcher<Boolean> refers = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> near = new PhraseMatcher<>();
    /** Whether to apply or to let it go, asked outright: the weighing answer, whatever else the message names. */
    private final PhraseMatcher<Boolean> decide = new PhraseMatcher<>();
    /** The user wants day work only (「日勤だけがいい」, "I only want daytime work"): set beside the posting's night shifts. */
    private final PhraseMatcher<Boolean> dayOnly = new PhraseMatcher<>();
    /** Words of a question about jobs in general (「派遣とかパートで入るのってアリ？」): not the posting's, unless it is named. */
    private final PhraseMatcher<Boolean> general = new PhraseMatcher<>();
    private final Map<String, PhraseMatcher<Boolean>> aspectWords = new LinkedHashMap<>();
    private final Map<String, JobPostRules.Aspect> aspects;
    private final List<String> weighty;
    private final List<String> nightFlags;

    public PostingFollowUp(JobPostRules rules) {
        JobPostRules.FollowUp f = rules.followUp();
        f.refers().forEach(w -> refers.add(w, true));
        f.near().forEach(w -> near.add(w, true));
        f.decide().forEach(w -> decide.add(w, true));
        f.dayOnly().forEach(w -> dayOnly.add(w, true));
        f.general().forEach(w -> general.add(w, true));
        aspects = f.aspects();
        weighty = f.weighty();
        nightFlags = f.nightFlags();
        aspects.forEach((id, aspect) -> {
            PhraseMatcher<Boolean> words = new PhraseMatcher<>();
            aspect.words().forEach(w -> words.add(w, true));
            aspectWords.put(id, words);
        });
    }

    /**
     * The aspect a message asks about the posting read before, or empty when it is not such a question: it names
     * the posting (「この求人」), or, when {@code justRead}, points at it (「これって」), and names an aspect.
     */
    public Optional<String> aspect(String text, boolean justRead) {
        return aspect(text, justRead, null);
    }

    /**
     * As {@link #aspect(String, boolean)}; just after {@code reading}, a question that repeats one of its figures
     * (「研修1週間ってすくなくない？」, 「日勤が8:00〜17:00で…間に合わないですよね？」, a thirty-first trial's) points at it too.
     */
    public Optional<String> aspect(String text, boolean justRead, JobPostReading reading) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(text);
        boolean decides = decide.any(normalized);
        boolean names = refers.any(normalized) || justRead && near.any(normalized);
        // 「最初は派遣とかパートでIT系に入るのってアリですか？」 asks about ways in, not about the posting (a thirty-first trial's
        // was answered from it)
        if (!names && general.any(normalized)) {
            return Optional.empty();
        }
        if (!names && !(justRead && (decides || echoes(normalized, reading)))) {
            return Optional.empty();
        }
        // "I have JLPT N2. should I skip this posting or apply anyway?" names the requirements too, and was answered
        // with them (a thirtieth trial): the question is whether to apply
        if (decides) {
            return Optional.of(OVERALL);
        }
        return aspectWords.entrySet().stream().filter(e -> e.getValue().any(normalized)).map(Map.Entry::getKey).findFirst();
    }

    /** A figure with its unit (「1週間」「18万」「17:00」), as a question repeats one from the posting. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d:])\\d{1,2}:\\d{2}|(?<![\\d.,])\\d+(\\.\\d+)?\\s*(週間|日間|カ月|ヶ月|万|円|時間|歳|才|weeks?|months?|hours?)");

    /** Whether the question repeats a figure one of the reading's findings quotes. */
    private static boolean echoes(String normalized, JobPostReading reading) {
        if (reading == null) {
            return false;
        }
        List<String> figures = FIGURE.matcher(normalized).results().map(m -> m.group().replace(" ", "")).toList();
        return !figures.isEmpty() && reading.flags().stream().map(f -> TextNormalizer.normalize(f.quote()).replace(" ", ""))
                .anyMatch(q -> figures.stream().anyMatch(q::contains));
    }

    /**
     * The aspect of a short message that only gives the user's age (「おれ44だからそもそも応募しちゃだめ？」) just after a
     * posting with an upper age: its requirements, where the two are compared. Empty otherwise.
     */
    public Optional<String> ageAspect(String text, JobPostReading reading) {
        return text != null && text.length() <= AGE_ONLY_CHARS && Ages.stated(TextNormalizer.normalize(text)).isPresent()
                && upperAge(reading).isPresent() ? Optional.of(REQUIREMENTS) : Optional.empty();
    }

    private static final String REQUIREMENTS = "requirements";
    private static final String HOURLY = "hourly";
    private static final String OVERALL = "overall";
    private static final String SCHEDULE = "schedule";
    /** The finding of the Japanese a posting asks, whose figure "level" is a JLPT level or native (jobpost.yml). */
    private static final String JAPANESE_LEVEL = "japanese-level";

    /**
     * The posting's hourly rate beside the pay the question gives (「今コンビニ夜勤で月22万…時給にしたらどう？」): a monthly
     * pay over the same scheduled hours, an hourly one as it is; with none given, how to compare. Nothing when the
     * posting's monthly pay was not read.
     */
    private static Optional<Part> againstOwnPay(Ui ui, JobPostReading reading, String question) {
        Optional<JobPostReading.Flag> perHour = reading.flags().stream().filter(f -> f.figures().containsKey("per_hour")).findFirst();
        if (perHour.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> figures = perHour.get().figures();
        Optional<OwnPay> own = OwnPay.in(TextNormalizer.normalize(question == null ? "" : question));
        if (own.isEmpty()) {
            return Optional.of(new Paragraph("", ui.text("jobpost.follow.own.none")));
        }
        // the base's rate when fixed overtime is included: the overtime is paid for hours worked on top
        String rateText = figures.getOrDefault("base_hourly", figures.get("per_hour"));
        double rate = Double.parseDouble(rateText.replace(",", ""));
        double sched = Double.parseDouble(figures.getOrDefault("sched_exact", figures.get("sched")));
        double ownHourly = own.get().hourly() ? own.get().value() : own.get().value() * 10_000 / sched;
        String key = "jobpost.follow.own." + (own.get().hourly() ? "hourly_" : "monthly_") + (rate >= ownHourly ? "higher" : "lower");
        String note = own.get().hourly() ? "" : ui.text("jobpost.follow.own.note");
        String said = ui.format(key, "own", own.get().hourly() ? yen(own.get().value()) : man(own.get().value()),
                "own_yen", yen(own.get().value() * 10_000), "own_hourly", yen(ownHourly), "sched", figures.get("sched"),
                "rate", rateText, "diff", yen(Math.abs(rate - ownHourly)));
        return Optional.of(new Paragraph("", note.isEmpty() || said.endsWith("。") ? said + note : said + " " + note));
    }

    private static String yen(double value) {
        return String.format(java.util.Locale.ROOT, "%,d", Math.round(value));
    }

    private static String man(double value) {
        return String.format(java.util.Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }
    /**
     * The longest message read as giving only an age: 「最近AIが仕事を奪うって…38歳で始めて、10年後も仕事はありますか？」 (a
     * twenty-fourth trial) names an age in a question about something else, and was told the posting's age limit.
     */
    private static final int AGE_ONLY_CHARS = 40;

    /** The posting's upper age, read as a number. */
    private static Optional<JobPostReading.Flag> upperAge(JobPostReading reading) {
        return reading.flags().stream().filter(f -> f.id().equals("age-limit") && f.figures().containsKey("max")).findFirst();
    }

    /** The user's age against the posting's upper age, when the question gives one and the posting sets the other. */
    private static Optional<Part> ageAgainstLimit(Ui ui, JobPostReading reading, String question) {
        Optional<Integer> age = Ages.stated(TextNormalizer.normalize(question == null ? "" : question));
        Optional<JobPostReading.Flag> limit = upperAge(reading);
        if (age.isEmpty() || limit.isEmpty()) {
            return Optional.empty();
        }
        int max = Integer.parseInt(limit.get().figures().get("max"));
        // an age only welcomed (「35歳未満の方歓迎」) is no limit: over it, the user may still apply (a thirty-first trial's
        // 「41でこの求人出していいのか」 was told to check the limit)
        boolean welcomed = "welcome".equals(limit.get().figures().get("variant"));
        String key = age.get() <= max ? "jobpost.follow.age_within" : welcomed ? "jobpost.follow.age_over_welcome" : "jobpost.follow.age_over";
        String said = ui.format(key, "age", String.valueOf(age.get()), "max", String.valueOf(max), "quote", limit.get().quote());
        Optional<JobPostReading.Flag> mixed = reading.flags().stream().filter(f -> f.id().equals("age-mixed")).findFirst();
        if (mixed.isPresent() && age.get() > max) {
            said += (said.endsWith("。") ? "" : " ") + ui.format("jobpost.follow.age_mixed", "quote", mixed.get().quote(),
                    "decade", mixed.get().figures().get("decade"));
        }
        return Optional.of(new Paragraph("", said));
    }

    /**
     * Whether to apply, weighed in a sentence (「ここ受けていいの？だめ？」 was answered with the average number of
     * applications, a twenty-eighth trial): the weighty findings named, or that none of them was found; nothing when
     * the posting raised nothing at all (the reply says so).
     */
    private Optional<Part> verdict(Ui ui, JobPostReading reading) {
        if (reading.flags().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = weighty.stream().filter(id -> reading.flags().stream().anyMatch(f -> f.id().equals(id)))
                .map(id -> ui.text("jobpost.flag_name." + id)).distinct().toList();
        return Optional.of(new Paragraph("", names.isEmpty() ? ui.text("jobpost.follow.verdict.mild")
                : ui.format("jobpost.follow.verdict.weighty", "count", String.valueOf(names.size()),
                        "points", String.join(ui.text("jobpost.follow.verdict.joiner"), names))));
    }

    private static final java.util.regex.Pattern JLPT = java.util.regex.Pattern.compile("(?<![a-z0-9])n([1-5])(?![0-9])");

    /**
     * What the user said of themselves set beside the posting (a thirtieth trial's "I only want daytime work and I have
     * JLPT N2" was answered as if unsaid): their JLPT level against the level asked, their wish for day work against its
     * night shifts.
     */
    private Optional<Part> situation(Ui ui, JobPostReading reading, String asked) {
        String normalized = TextNormalizer.normalize(asked == null ? "" : asked);
        List<String> said = new ArrayList<>();
        java.util.regex.Matcher own = JLPT.matcher(normalized);
        Optional<JobPostReading.Flag> level = reading.flags().stream().filter(f -> f.id().equals(JAPANESE_LEVEL) && f.figures().containsKey("level")).findFirst();
        if (own.find() && level.isPresent()) {
            String wanted = level.get().figures().get("level");
            boolean nativeLevel = !wanted.matches("[1-5]");
            // N1 is the highest: a larger number is a lower level
            boolean enough = !nativeLevel && Integer.parseInt(own.group(1)) <= Integer.parseInt(wanted);
            said.add(ui.format(enough ? "jobpost.follow.situation.level_ok" : "jobpost.follow.situation.level_short", "own", own.group(1),
                    "wanted", nativeLevel ? ui.text("jobpost.follow.situation.native") : ui.format("jobpost.follow.situation.jlpt", "level", wanted)));
        }
        if (dayOnly.any(normalized)) {
            boolean nights = reading.flags().stream().anyMatch(f -> nightFlags.contains(f.id()));
            said.add(ui.text(nights ? "jobpost.follow.situation.nights" : "jobpost.follow.situation.no_nights"));
        }
        return said.isEmpty() ? Optional.empty() : Optional.of(new Paragraph("", String.join(said.get(0).endsWith("。") ? "" : " ", said)));
    }

    private List<String> weightyFirst(List<String> ids) {
        List<String> out = new ArrayList<>(ids.stream().filter(weighty::contains).toList());
        ids.stream().filter(id -> !weighty.contains(id)).forEach(out::add);
        return out;
    }

    /**
     * The aspect's findings, those quoting a figure the question names first (「年収800万ってマジ？」 is about the line that
     * says 800万, not about the monthly pay).
     */
    private static List<String> askedFiguresFirst(List<String> ids, List<JobPostReading.Flag> flags, String asked) {
        List<String> figures = java.util.regex.Pattern.compile("\\d[\\d,]*\\d").matcher(TextNormalizer.normalize(asked == null ? "" : asked))
                .results().map(m -> m.group().replace(",", "")).toList();
        if (figures.isEmpty()) {
            return ids;
        }
        java.util.function.Predicate<String> quotesOne = id -> flags.stream().filter(f -> f.id().equals(id))
                .anyMatch(f -> figures.stream().anyMatch(TextNormalizer.normalize(f.quote()).replace(",", "")::contains));
        List<String> out = new ArrayList<>(ids.stream().filter(quotesOne).toList());
        ids.stream().filter(quotesOne.negate()).forEach(out::add);
        return out;
    }

    /** The answer to a question on {@code aspect} from {@code reading}. */
    public Reply reply(Catalog c, JobPostReading reading, String aspect) {
        return reply(c, reading, aspect, "");
    }

    /**
     * The answer to {@code asked} on {@code aspect} from {@code reading}: when it gives the user's age (「おれ38なんだけど、
     * 応募しても無駄？」) and the posting sets an upper age, the two compared first.
     */
    public Reply reply(Catalog c, JobPostReading reading, String aspect, String asked) {
        Ui ui = c.ui();
        JobPostRules.Aspect a = aspects.getOrDefault(aspect, new JobPostRules.Aspect(List.of(), List.of(), ""));
        List<Part> parts = new ArrayList<>();
        if (aspect.equals(REQUIREMENTS) || aspect.equals("overall")) {
            ageAgainstLimit(ui, reading, asked).ifPresent(parts::add);
        }
        if (aspect.equals(OVERALL)) {
            verdict(ui, reading).ifPresent(parts::add);
            situation(ui, reading, asked).ifPresent(parts::add);
        }
        List<String> found = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        List<JobPostReading.Flag> shown = JobPostReplies.shown(reading.flags());
        // whether to apply: the weighty findings and their questions first, before the limit on bullets cuts them
        List<String> ids = aspect.equals(OVERALL) ? weightyFirst(a.flags()) : a.flags();
        for (String id : askedFiguresFirst(ids, shown, asked)) {
            shown.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(flag -> {
                // asked per hour: the monthly pay as an hourly rate, not its twelve months
                String text = aspect.equals(HOURLY) ? JobPostReplies.perHourText(ui, flag).orElseGet(() -> JobPostReplies.findingText(ui, reading, flag))
                        : JobPostReplies.findingText(ui, reading, flag);
                found.add(text + " 「" + flag.quote() + "」");
                String question = "jobpost.question." + id;
                if (ui.has(question) && !reading.answered().contains(id) && asks.size() < 2) {
                    asks.add(ui.text(question));
                }
            });
        }
        if (aspect.equals("stages")) {
            found.add(JobPostReplies.stagesLine(c, reading));
        }
        if (found.isEmpty()) {
            parts.add(new Paragraph("", ui.text("jobpost.follow.none." + aspect)));
        } else {
            parts.add(new Bullets(ui.text("jobpost.follow.found_heading"), found.stream().limit(5).toList()));
        }
        if (asks.isEmpty()) {
            asks.add(ui.text("jobpost.follow.ask." + aspect));
        }
        if (aspect.equals(HOURLY)) {
            againstOwnPay(ui, reading, asked).ifPresent(parts::add);
        }
        if (aspect.equals(SCHEDULE)) {
            ScheduleFit.of(ui, reading, asked).ifPresent(p -> parts.add(0, p));
        }
        parts.add(new Bullets(ui.text("jobpost.questions_heading"), asks));

        List<Action> actions = new ArrayList<>();
        if (!a.guide().isEmpty()) {
            c.guide(a.guide()).map(Guide::title).ifPresent(title -> actions.add(new Action(title, Commands.guide(a.guide()))));
        }
        if (aspect.equals("stages")) {
            actions.add(new Action(ui.text("button.stages"), Commands.STAGES));
        }
        actions.add(new Action(ui.text("button.jobpost"), Commands.JOBPOST));
        String title = ui.format("jobpost.follow.title", "aspect", ui.text("jobpost.follow.aspect." + aspect));
        return new Reply(JobPostReplies.TOPIC, title, parts, ui.text("jobpost.follow.context"), actions,
                Map.of("follow_up", aspect));
    }
}
