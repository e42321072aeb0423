package jp.infracareer.fit;

import jp.infracareer.kernel.TopicIds;
import jp.infracareer.state.FitSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.GuideIds;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.FitQuiz;
import jp.infracareer.content.Role;
import jp.infracareer.content.Ui;

/** The {@code fit} replies: one question at a time with its options as buttons, then the result. */
public final class FitReplies {
    public static final String TOPIC = TopicIds.FIT;
    private static final List<String> INTERVIEW_TRACKS = List.of("server", "network", "cloud");
    /** The guide on entry routes besides monitoring (help desk, in-house IT, technical support). */

    private FitReplies() {}

    static Reply question(Catalog c, FitSession s, String notice) {
        Ui ui = c.ui();
        FitQuiz quiz = c.fit();
        int index = s.next();
        FitQuiz.Question q = quiz.questions().get(index);
        List<Part> parts = new ArrayList<>();
        if (!notice.isEmpty()) {
            parts.add(new Paragraph("", notice));
        }
        if (index == 0) {
            parts.add(new Paragraph("", quiz.intro()));
        }
        parts.add(new Paragraph("", q.text()));
        List<Action> actions = new ArrayList<>(q.options().stream()
                .map(o -> new Action(o.label(), FitCommands.answer(s.id(), index, o.id()))).toList());
        if (index > 0) {
            actions.add(new Action(ui.text("fit.back"), FitCommands.back(s.id(), index)));
        }
        return new Reply(TOPIC, ui.format("fit.question_title", "title", quiz.title(), "index", String.valueOf(index + 1),
                "count", String.valueOf(quiz.questions().size())), parts, ui.text("fit.context"), actions,
                Map.of("question", q.id(), "index", index + 1));
    }

    static Reply result(Catalog c, FitResult r, String notice) {
        Ui ui = c.ui();
        Role top = c.requireRole(r.ranked().get(0));
        Role second = c.requireRole(r.ranked().get(1));
        FitQuiz.RoleStart start = c.fit().roles().get(top.id());
        List<Part> parts = new ArrayList<>();
        if (!notice.isEmpty()) {
            parts.add(new Paragraph("", notice));
        }
        List<String> ranking = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = r.ranked().get(i);
            ranking.add((i + 1) + ". " + c.requireRole(id).name() + " (" + r.totals().get(id) + ")");
        }
        parts.add(new Bullets(ui.text("fit.ranking_heading"), ranking));
        // a tie at the top is said, not broken silently by the list's order (twenty-fifth and twenty-sixth trials: 10 and 10,
        // 7, 7 and 7, with one role shown as the answer)
        List<String> tied = r.ranked().stream().filter(id -> r.totals().get(id).equals(r.totals().get(top.id()))).limit(3)
                .map(id -> c.requireRole(id).name()).toList();
        if (tied.size() >= 2) {
            parts.add(new Paragraph("", ui.format("fit.tie", "roles", String.join(ui.text("fit.tie_joiner"), tied), "first", top.name())));
        }
        parts.add(new Bullets(ui.format("fit.reasons_heading", "role", top.name()), r.reasons()));
        parts.add(new Paragraph(ui.text("fit.summary_heading"), top.summary()));
        // the usual start stage runs in shifts: for a user who wants day work only, the day-time routes and why
        parts.add(r.dayOnly() ? new Paragraph(ui.text("fit.start_heading_day"), start.dayStart())
                : new Paragraph(ui.format("fit.start_heading", "stage", c.requireStage(start.startStage()).name()),
                        start.startNote()));
        List<String> steps = new ArrayList<>(top.certifications().subList(0, Math.min(2, top.certifications().size())));
        boolean withoutCode = r.noCode() && start.labWithoutCode() != null;
        steps.add(withoutCode ? ui.text("fit.home_lab_without_code") + ": " + start.labWithoutCode()
                : ui.text("fit.home_lab") + ": " + start.homeLab());
        parts.add(new Bullets(ui.text("fit.next_heading"), steps));

        String track = INTERVIEW_TRACKS.contains(top.id()) ? top.id() : "general";
        List<Action> actions = new ArrayList<>();
        if (r.dayOnly()) {
            actions.add(new Action(ui.text("fit.day_entries_button"), Commands.guide(GuideIds.OTHER_ENTRIES)));
        }
        actions.addAll(List.of(
                new Action(ui.format("button.compare_pair", "a", top.shortName(), "b", second.shortName()),
                        Commands.compare(top.id(), second.id())),
                new Action(ui.text("button.interview"), Commands.interview(track)),
                new Action(ui.format("button.role", "name", top.shortName()), Commands.role(top.id())),
                new Action(ui.text("button.retake_fit"), Commands.FIT)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roles", r.ranked());
        data.put("totals", r.totals());
        data.put("start_stage", start.startStage());
        data.put("day_only", r.dayOnly());
        data.put("without_code", withoutCode);
        return new Reply(TOPIC, ui.format("fit.result_title", "role", top.name()), parts, ui.text("fit.result_context"),
                actions, data);
    }

    /** The quiz left on request, with a way to take it again. */
    static Reply stopped(Catalog c) {
        return new Reply(TOPIC, c.ui().text("fit.stopped_title"), List.of(new Paragraph("", c.ui().text("fit.stopped"))), "",
                List.of(new Action(c.ui().text("button.retake_fit"), Commands.FIT)), Map.of());
    }

    static Reply finished(Catalog c) {
        return new Reply(TOPIC, c.ui().text("fit.stale_title"), List.of(new Paragraph("", c.ui().text("fit.stale"))), "",
                List.of(new Action(c.ui().text("button.retake_fit"), Commands.FIT)), Map.of());
    }
}
