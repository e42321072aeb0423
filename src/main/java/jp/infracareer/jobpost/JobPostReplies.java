package jp.infracareer.jobpost;

import jp.infracareer.kernel.TopicIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Ui;
import jp.infracareer.jobpost.JobPostReading.Status;

/** The {@code jobpost} reply: leaning, closest roles, the posting's own lines as evidence, stages, flags, questions. */
public final class JobPostReplies {
    public static final String TOPIC = TopicIds.JOBPOST;
    /** Figures a follow-up question about pay is answered with: read from the posting, not findings to warn of. */
    private static final java.util.Set<String> PAY_FIGURES = java.util.Set.of("monthly-pay", "monthly-pay-probation", "yearly-pay", "hourly-pay",
            "working-hours");
    private static final List<String> INTERVIEW_TRACKS = List.of("server", "network", "cloud");

    private JobPostReplies() {}

    public static Reply usage(Catalog c) {
        return new Reply(TOPIC, c.ui().text("jobpost.too_short_title"), List.of(new Paragraph("", c.ui().text("jobpost.usage"))),
                "", List.of(), Map.of("status", "usage"));
    }

    public static Reply reply(Catalog c, JobPostReading r) {
        Ui ui = c.ui();
        if (r.status() == Status.TOO_SHORT) {
            return notRead(c, "jobpost.too_short_title", "jobpost.too_short", r);
        }
        if (r.status() == Status.NOT_A_POSTING) {
            return notRead(c, "jobpost.not_posting_title", "jobpost.not_posting", r);
        }
        List<Part> parts = new ArrayList<>();
        String domains = String.join("・", r.domains().stream().map(d -> c.requireRole(d).shortName()).toList());
        String leaningText = r.operationsEntry()
                ? ui.text(r.laterStages().isEmpty() ? "jobpost.leaning_operations" : "jobpost.leaning_operations_later")
                : r.leaning().equals("infra")
                ? ui.format("jobpost.leaning_infra", "domains", domains.isEmpty() ? c.requireRole("network").shortName() : domains)
                : ui.text("jobpost.leaning_server");
        parts.add(new Paragraph(ui.text("jobpost.leaning_heading"),
                r.close() && !r.operationsEntry() ? leaningText + " " + ui.text("jobpost.leaning_close") : leaningText));
        List<String> top = r.roles().subList(0, Math.min(3, r.roles().size()));
        if (!top.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < top.size(); i++) {
                lines.add((i + 1) + ". " + c.requireRole(top.get(i)).name());
            }
            parts.add(new Bullets(ui.text("jobpost.roles_heading"), lines));
        }
        r.evidence().forEach((section, list) -> parts.add(new Bullets(
                ui.format("jobpost.evidence_heading", "section", ui.text("jobpost.section." + section)),
                list.stream().map(e -> "「" + e.quote() + "」" + (e.role().isEmpty() ? "" : " → " + c.requireRole(e.role()).shortName()))
                        .toList())));
        parts.add(new Paragraph(ui.text("jobpost.stages_heading"), stagesLine(c, r)));
        List<String> flagIds = shown(r.flags()).stream().map(JobPostReading.Flag::id).filter(f -> !PAY_FIGURES.contains(f)).toList();
        if (!flagIds.isEmpty()) {
            parts.add(new Bullets(ui.text("jobpost.flags_heading"), flagIds.stream().map(f -> {
                var flag = r.flags().stream().filter(x -> x.id().equals(f)).findFirst().orElseThrow();
                return findingText(ui, r, flag) + " 「" + flag.quote() + "」";
            }).toList()));
        }
        parts.add(new Bullets(ui.text("jobpost.questions_heading"), questions(ui, flagIds, r)));

        List<Action> actions = new ArrayList<>();
        actions.add(new Action(ui.text("button.compare_default"), Commands.compare("infra", "server")));
        if (!top.isEmpty()) {
            actions.add(new Action(ui.format("button.role", "name", c.requireRole(top.get(0)).shortName()), Commands.role(top.get(0))));
        }
        // the first two roles are infra and server: the comparison above already is theirs (a twenty-eighth trial saw it twice)
        if (top.size() >= 2 && !java.util.Set.of(top.get(0), top.get(1)).equals(java.util.Set.of("infra", "server"))) {
            actions.add(new Action(ui.format("button.compare_pair", "a", c.requireRole(top.get(0)).shortName(),
                    "b", c.requireRole(top.get(1)).shortName()), Commands.compare(top.get(0), top.get(1))));
        }
        String track = top.stream().filter(INTERVIEW_TRACKS::contains).findFirst().orElse("general");
        actions.add(new Action(ui.text("button.interview"), Commands.interview(track)));
        String leaningName = c.requireRole(r.leaning()).shortName();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leaning", r.leaning());
        data.put("roles", r.roles());
        data.put("stages", r.stages());
        data.put("later_stages", r.laterStages());
        data.put("flags", r.flags().stream().map(JobPostReading.Flag::id).toList());
        data.put("close", r.close());
        data.put("operations_entry", r.operationsEntry());
        String title = r.operationsEntry() ? ui.text("jobpost.title_operations") : ui.format("jobpost.title", "leaning", leaningName);
        return new Reply(TOPIC, title, parts, ui.text("jobpost.context"),
                actions, data);
    }

    /**
     * What a finding says, with its figures filled in: "未経験歓迎" beside required experience says two things (the line
     * says so instead of encouraging); the pay a question about the posting asks is worked out (its own lines).
     */
    static String findingText(Ui ui, JobPostReading r, JobPostReading.Flag flag) {
        return withItsGroup(ui, r, flag, ownText(ui, r, flag));
    }

    private static String ownText(Ui ui, JobPostReading r, JobPostReading.Flag flag) {
        boolean contradicts = flag.id().equals("newcomers-welcome")
                && r.flags().stream().anyMatch(f -> f.id().equals("experience-required"));
        String key = PAY_FIGURES.contains(flag.id()) ? "jobpost.follow." + flag.id()
                : "jobpost.flag." + (contradicts ? "newcomers-welcome-but-experience" : flag.id());
        // 「日本語ネイティブレベル」: a level in words, beyond the JLPT's highest (an N2 reader was told N2 would do)
        String level = flag.figures().getOrDefault("level", "");
        String variant = flag.figures().getOrDefault("variant", "");
        if (!variant.isEmpty() && ui.has(key + "-" + variant)) {
            // the same point said in the words its case needs (an age only welcomed, a short course before operations work)
            key += "-" + variant;
        } else if ((level.equals("ネイティブ") || level.equals("native")) && ui.has(key + "-native")) {
            key += "-native";
        } else if (!flag.figures().isEmpty() && ui.has(key + "-named")) {
            // a finding whose figures the posting gave (the JLPT level) says them, where the content has such a text
            key += "-named";
        }
        String text = ui.format(key, pairs(withBasis(ui, flag.figures())));
        // several listed places compared (埼玉 and 東京): which, after the pay said against the lowest
        if (flag.figures().containsKey("places_ja") && !flag.id().endsWith("-some") && ui.has("jobpost.wage_places")) {
            text = joined(List.of(text, ui.format("jobpost.wage_places", pairs(flag.figures()))));
        }
        return text;
    }

    /**
     * Figures worked out per hour carry the scheduled hours' basis (ScheduledHours): {basis_text} says which hours and why,
     * in the same words for every finding of the reading.
     */
    private static Map<String, String> withBasis(Ui ui, Map<String, String> figures) {
        if (!figures.containsKey("basis")) {
            return figures;
        }
        Map<String, String> out = new LinkedHashMap<>(figures);
        out.put("basis_text", ui.format("jobpost.hours_basis." + figures.get("basis"), pairs(figures)));
        return out;
    }

    /**
     * The monthly pay as an hourly rate (the figures {@code per_hour} and, with fixed overtime, {@code with_overtime}), at
     * the reading's scheduled hours; empty when the finding holds no such figures.
     */
    static java.util.Optional<String> perHourText(Ui ui, JobPostReading.Flag flag) {
        if (!flag.figures().containsKey("per_hour")) {
            return java.util.Optional.empty();
        }
        String key = flag.figures().containsKey("with_overtime") ? "jobpost.follow.pay-per-hour-overtime" : "jobpost.follow.pay-per-hour";
        return java.util.Optional.of(ui.format(key, pairs(withBasis(ui, flag.figures()))));
    }

    private static String[] pairs(Map<String, String> figures) {
        return figures.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    /**
     * Findings on one point, said in one bullet (a twenty-eighth trial's reading made the fixed-overtime point in three):
     * the first of a group the posting raised carries the others' words; the others are not shown on their own.
     */
    private static final List<String> FIXED_OVERTIME = List.of("fixed-overtime-short", "fixed-overtime-base",
            "fixed-overtime-estimate", "fixed-overtime", "fixed-overtime-over-cap", "fixed-overtime-cap");
    /** In the carrying bullet, the general finding says only its first sentence (that the pay includes it). */
    private static final String GENERAL = "fixed-overtime";

    /** The findings to show: each point once, the first of the fixed-overtime findings standing for them all. */
    static List<JobPostReading.Flag> shown(List<JobPostReading.Flag> flags) {
        String first = carrier(flags).orElse("");
        return flags.stream().filter(f -> !FIXED_OVERTIME.contains(f.id()) || f.id().equals(first)).toList();
    }

    private static java.util.Optional<String> carrier(List<JobPostReading.Flag> flags) {
        java.util.Set<String> ids = flags.stream().map(JobPostReading.Flag::id).collect(java.util.stream.Collectors.toSet());
        return FIXED_OVERTIME.stream().filter(ids::contains).findFirst();
    }

    /** A fixed-overtime finding's words with those of the others of its group the reading holds, in one text. */
    private static String withItsGroup(Ui ui, JobPostReading r, JobPostReading.Flag flag, String own) {
        if (!FIXED_OVERTIME.contains(flag.id()) || !carrier(r.flags()).orElse("").equals(flag.id())) {
            return own;
        }
        List<String> sentences = new ArrayList<>();
        if (!flag.id().equals(GENERAL) && r.flags().stream().anyMatch(f -> f.id().equals(GENERAL))) {
            sentences.add(ui.text("jobpost.flag.fixed-overtime-lead"));
        }
        sentences.add(own);
        // the hours against the legal limit (the cap findings, after the general one in the group's order) follow
        r.flags().stream().filter(f -> FIXED_OVERTIME.indexOf(f.id()) > FIXED_OVERTIME.indexOf(GENERAL) && !f.id().equals(flag.id()))
                .forEach(f -> sentences.add(ownText(ui, r, f)));
        return joined(sentences);
    }

    /** Texts one after another: Japanese ones run on after 。, English ones get a space. */
    private static String joined(List<String> texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts) {
            if (out.length() > 0 && !(out.charAt(out.length() - 1) == '。')) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    /** The stages the job covers, and those promised for later. */
    static String stagesLine(Catalog c, JobPostReading r) {
        // ids kept with a user's state may name a stage the content has since renamed: left out, not an error
        List<String> known = r.stages().stream().flatMap(s -> c.stage(s).stream()).map(st -> st.name()).toList();
        List<String> later = r.laterStages().stream().flatMap(s -> c.stage(s).stream()).map(st -> st.name()).toList();
        String stages = known.isEmpty() ? c.ui().text("jobpost.stages_none") : String.join("・", known);
        if (!later.isEmpty()) {
            stages += " " + c.ui().format("jobpost.stages_later", "stages", String.join("・", later));
        }
        return stages;
    }

    /** Two or three reverse questions, from what this posting raises first. */
    static List<String> questions(Ui ui, List<String> flagIds, JobPostReading r) {
        List<String> out = new ArrayList<>();
        for (String f : flagIds) {
            // a question the posting answers itself ("夜勤は月4回") would show it was not read
            if (out.size() < 2 && !r.answered().contains(f)) {
                out.add(ui.text("jobpost.question." + f));
            }
        }
        out.add(ui.text(r.operationsEntry() ? "jobpost.question.operations" : "jobpost.question.stages"));
        if (out.size() < 3) {
            out.add(ui.text("jobpost.question.general"));
        }
        return out;
    }

    private static Reply notRead(Catalog c, String titleKey, String textKey, JobPostReading r) {
        return new Reply(TOPIC, c.ui().text(titleKey), List.of(new Paragraph("", c.ui().text(textKey)),
                new Paragraph("", c.ui().text("jobpost.usage"))), "", List.of(),
                Map.of("status", r.status().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
