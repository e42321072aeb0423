package jp.infracareer.interview;

import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.state.InterviewSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Texts;
import jp.infracareer.interview.Feedback.Point;

/** The replies of a mock interview: start, question, hint, feedback, summary, and the notices around them. */
public final class InterviewReplies {
    public static final String TOPIC = TopicIds.INTERVIEW;
    public static final String QUESTION = TopicIds.INTERVIEW_QUESTION;
    public static final String FEEDBACK = TopicIds.INTERVIEW_FEEDBACK;
    public static final String SUMMARY = TopicIds.INTERVIEW_SUMMARY;

    private InterviewReplies() {}

    static String trackName(Ui ui, String track) {
        return ui.text("interview.track." + track);
    }

    static Reply started(Catalog c, InterviewSession s) {
        Ui ui = c.ui();
        if (s.drill()) {
            InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
            return new Reply(TOPIC, ui.text("interview.drill_title"),
                    List.of(new Paragraph("", ui.format("interview.drill_intro", "question", q.question())),
                            new Paragraph("", ui.text("interview.controls"))),
                    "", List.of(), Map.of("track", s.track(), "questions", s.questionIds()));
        }
        return new Reply(TOPIC, ui.format("interview.started_title", "track", trackName(ui, s.track())),
                List.of(new Paragraph("", ui.format("interview.started_intro", "count", String.valueOf(s.questionIds().size()))),
                        new Paragraph("", ui.text("interview.controls"))),
                "", List.of(), Map.of("track", s.track(), "questions", s.questionIds()));
    }

    static Reply question(Catalog c, InterviewSession s, String titleKey) {
        Ui ui = c.ui();
        InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
        String title = titleKey != null ? ui.text(titleKey) : s.drill() ? ui.text("interview.drill_question_title")
                : ui.format("interview.question_title", "index", String.valueOf(s.index() + 1),
                        "count", String.valueOf(s.questionIds().size()));
        List<Part> parts = List.of(
                new Paragraph("", q.question()),
                new Paragraph(ui.text("interview.intent_heading"), q.intent()));
        return new Reply(QUESTION, title, parts, ui.format(contextKey(ui, q), "method", q.method()),
                controls(ui, s), Map.of("question", q.id(), "index", s.index() + 1, "count", s.questionIds().size()));
    }

    /**
     * The courses and every question by id, to start one by name ("interview dns"); {@code given}, a name that is
     * neither, is said back first.
     */
    public static Reply menu(Catalog c, String given) {
        Ui ui = c.ui();
        List<Part> parts = new ArrayList<>();
        if (!given.isEmpty()) {
            parts.add(new Paragraph("", ui.format("interview.menu_unknown", "arg", given)));
        }
        List<String> tracks = InterviewWords.TRACKS.stream()
                .map(t -> "interview " + t + " — " + trackName(ui, t)).toList();
        parts.add(new Bullets(ui.text("interview.menu_tracks_heading"), tracks));
        List<String> questions = c.questions().stream()
                .map(q -> q.id() + " — " + Texts.cut(q.question(), MENU_QUESTION_MAX)).toList();
        // in parts of twenty, so that a growing bank never runs past one Block Kit section's 3,000 characters
        for (int from = 0; from < questions.size(); from += MENU_PART) {
            parts.add(new Bullets(from == 0 ? ui.text("interview.menu_questions_heading") : "",
                    questions.subList(from, Math.min(questions.size(), from + MENU_PART))));
        }
        List<Action> actions = new ArrayList<>();
        for (String track : InterviewWords.TRACKS) {
            actions.add(new Action(ui.format("button.start_track", "track", trackName(ui, track)), InterviewCommands.start(track)));
        }
        return new Reply(TOPIC, ui.text("interview.menu_title"), parts, ui.text("interview.menu_context"), actions, Map.of());
    }

    private static final int MENU_QUESTION_MAX = 120;
    private static final int MENU_PART = 20;

    /** An answer with no word to read: the question again, nothing scored. */
    static Reply unreadable(Catalog c, InterviewSession s) {
        Ui ui = c.ui();
        InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
        return new Reply(QUESTION, ui.text("interview.unreadable_title"),
                List.of(new Paragraph("", ui.text("interview.unreadable")), new Paragraph("", q.question())),
                ui.text("interview.controls"), controls(ui, s), Map.of("question", q.id()));
    }

    /** The question of a session scored lowest among those answered (the summary's "practise" button), if any. */
    public static java.util.Optional<String> lowestScored(InterviewSession s) {
        return s.results().stream().filter(r -> !r.skipped()).min(java.util.Comparator.comparingInt(InterviewSession.Result::score))
                .map(InterviewSession.Result::questionId);
    }

    /**
     * A remark on the score or the session said instead of an answer: how scoring works, and that the question waits
     * (it follows, asked again).
     */
    public static Reply aboutSession(Catalog c) {
        Ui ui = c.ui();
        return new Reply(TOPIC, ui.text("interview.about_session_title"), List.of(new Paragraph("",
                ui.format("interview.about_session", "cap", String.valueOf((int) c.scoring().cap("misconception"))))), "",
                List.of(), Map.of("about_session", true));
    }

    /** How answers are scored: the three parts, the caps and what the feedback gives, from scoring.yml's figures. */
    public static Reply howScored(Catalog c) {
        Ui ui = c.ui();
        var scoring = c.scoring();
        return new Reply(TOPIC, ui.text("interview.how_scored_title"), List.of(new Paragraph("", ui.format("interview.how_scored",
                "structure", String.valueOf(scoring.weight("structure")), "points", String.valueOf(scoring.weight("concepts")),
                "length", String.valueOf(scoring.weight("length")), "wrong", String.valueOf(scoring.cap("misconception")),
                "offtopic", String.valueOf(scoring.cap("off_topic")), "other", String.valueOf(scoring.cap("other_question")),
                "stuffed", String.valueOf(scoring.cap("stuffed"))))),
                "", List.of(), Map.of("how_scored", true));
    }

    /** A break asked for: the interview waits, and the question is shown for when the user is back. */
    static Reply paused(Catalog c, InterviewSession s) {
        Ui ui = c.ui();
        InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
        return new Reply(QUESTION, ui.text("interview.paused_title"),
                List.of(new Paragraph("", ui.text("interview.paused")), new Paragraph("", q.question())),
                "", controls(ui, s), Map.of("question", q.id())); // the question once (a trial saw it twice as the context too)
    }

    static Reply hint(Catalog c, InterviewSession s) {
        Ui ui = c.ui();
        InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
        List<Part> parts = new ArrayList<>(List.of(
                new Paragraph("", q.hint()),
                new Bullets(ui.format("interview.outline_heading", "method", q.method()), q.outline())));
        // what the method's letters stand for, and what can be sent instead of an answer: the hint is also the reply
        // to 「ヘルプ」, "idk" and "what does PREP mean?" said mid-interview
        if (ui.has("interview.method_" + q.method())) {
            parts.add(new Paragraph("", ui.text("interview.method_" + q.method())));
        }
        parts.add(new Paragraph("", ui.text("interview.controls")));
        return new Reply(QUESTION, ui.text("interview.hint_title"), parts, q.question(), controls(ui, s),
                Map.of("question", q.id()));
    }

    /** A model answer for the current question: its outline, then a short example in our own words. */
    static Reply example(Catalog c, InterviewSession s) {
        Ui ui = c.ui();
        InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
        List<Part> parts = new ArrayList<>();
        parts.add(new Bullets(ui.format("interview.outline_heading", "method", q.method()), q.outline()));
        c.rubric(q.id()).map(r -> r.example()).filter(e -> !e.isBlank())
                .ifPresent(e -> parts.add(new Paragraph(ui.text("interview.example_heading"), e.strip())));
        return new Reply(TopicIds.INTERVIEW_EXAMPLE, ui.text("interview.example_title"), parts,
                ui.text("interview.example_context"), controls(ui, s), Map.of("question", q.id()));
    }

    /**
     * The model answer for the current question asked for from a past job (「介護職ならどう答える？」): what of that work
     * carries over, with a scene for a question about one's motives or story, before the outline and the example; for a
     * technical question, that it is answered the same way whatever the past job.
     */
    static Reply exampleFromPastJob(Catalog c, InterviewSession s, jp.infracareer.content.FeedbackRules.Background past) {
        Ui ui = c.ui();
        InterviewQuestion q = c.question(s.currentQuestionId()).orElseThrow();
        Reply example = example(c, s);
        List<Part> parts = new ArrayList<>();
        String category = q.category();
        String drawn;
        if (category.equals("motivation") || category.equals("self-intro") || category.equals("career") && q.needsEpisode()) {
            // why IT, why infrastructure, one's own story, the past job: a scene where a system failed at that work is the
            // seed answer's core
            drawn = past.brings() + space(c) + past.scene();
        } else if (q.needsEpisode()) {
            // an episode of one's own (a mistake, pressure, teamwork): one from that work
            drawn = past.brings() + space(c) + ui.text("interview.background_other");
        } else {
            // how something works or what one would do (DNS, the night alert, the pay asked for): the same whatever the job
            drawn = ui.text("interview.background_technical");
        }
        parts.add(new Paragraph(ui.format("interview.background_heading", "label", past.label()), drawn));
        parts.addAll(example.parts());
        return new Reply(example.topic(), example.title(), parts, example.context(), example.actions(),
                Map.of("question", q.id(), "background", past.id()));
    }

    /** An earlier question asked to be answered again mid-interview: where to do it, once this interview ends. */
    static Reply retryLater(Catalog c, InterviewQuestion q, int number) {
        Ui ui = c.ui();
        return new Reply(QUESTION, ui.text("interview.retry_later_title"), List.of(new Paragraph("",
                ui.format("interview.retry_later", "question", q.question(), "number", String.valueOf(number)))), "", List.of(),
                Map.of("question", q.id()));
    }

    /** The answer to question {@code number} taken back: it is asked again below. */
    static Reply takenBack(Catalog c, int number) {
        Ui ui = c.ui();
        return new Reply(QUESTION, ui.text("interview.taken_back_title"), List.of(new Paragraph("",
                ui.format("interview.taken_back", "number", String.valueOf(number)))), "", List.of(), Map.of());
    }

    /** What goes between two sentences: nothing in Japanese, a space in English. */
    private static String space(Catalog c) {
        return c.lang() == jp.infracareer.kernel.Lang.JA ? "" : " ";
    }

    static Reply feedback(Catalog c, InterviewQuestion q, Feedback f, InterviewSession s, boolean last) {
        Ui ui = c.ui();
        List<Part> parts = new ArrayList<>();
        // what matters most first: an answer to another question, or to none, is told so before anything else
        if (f.relevance() == Feedback.Relevance.OTHER_QUESTION) {
            String other = c.question(f.looksLike()).map(InterviewQuestion::question).orElse(f.looksLike());
            parts.add(new Paragraph(ui.text("interview.relevance_heading"),
                    ui.format("interview.other_question", "other", other, "question", q.question())));
        } else if (f.relevance() == Feedback.Relevance.OFF_TOPIC) {
            parts.add(new Paragraph(ui.text("interview.relevance_heading"), f.about().isEmpty()
                    ? ui.format("interview.off_topic_plain", "question", q.question())
                    : ui.format("interview.off_topic", "about", f.about(), "question", q.question())));
        }
        if (!f.misconceptions().isEmpty()) {
            // one bullet per sentence: a sentence wrong in two ways is quoted once, with both corrections
            Map<String, String> bySentence = new LinkedHashMap<>();
            f.misconceptions().forEach(m -> bySentence.merge(m.quote(), m.correction(), (a, b) -> a.equals(b) ? a : a + (a.endsWith("。") ? "" : " ") + b));
            parts.add(new Bullets(ui.text("interview.misconception_heading"), bySentence.entrySet().stream()
                    .map(e -> e.getKey().isEmpty() ? ui.format("interview.misconception_missing", "correction", e.getValue())
                            : ui.format("interview.misconception_line", "quote", e.getKey(), "correction", e.getValue()))
                    .toList()));
            if (!f.covered().isEmpty()) {
                // an answer that makes the question's points and is still low: say why (a fourteenth trial asked whether
                // 13 for one wrong step was not harsh)
                parts.add(new Paragraph("", ui.format("interview.misconception_cap",
                        "cap", String.valueOf((int) c.scoring().cap("misconception")))));
            }
        }
        if (f.stuffed()) {
            parts.add(new Paragraph(ui.text("interview.stuffed_heading"), ui.text("interview.stuffed")));
        }
        List<String> lines = new ArrayList<>();
        for (Point p : f.points()) {
            String status = ui.text("interview.status." + p.status().name().toLowerCase(java.util.Locale.ROOT));
            String label = pointLabel(ui, q, p.id());
            String evidence = switch (p.status()) {
                case MET -> ui.format("interview.quoted", "quote", p.quote());
                case PARTIAL -> ui.format("interview.quoted", "quote", p.quote()) + " " + ui.text("interview.partial_note");
                // a sentence that says it but is noted below (Feedback.Point's quote on a missed point)
                case MISSED -> p.quote().isEmpty() ? ui.text("interview.not_found")
                        : ui.format("interview.not_counted", "quote", p.quote());
            };
            lines.add(status + " " + label + ": " + evidence);
        }
        // an answer to something else is not judged on how it is built: its structure would only mislead
        if (!lines.isEmpty() && f.relevance() == Feedback.Relevance.ON_TOPIC) {
            parts.add(new Bullets(ui.text("interview.points_heading"), lines));
        }
        parts.add(new Paragraph(ui.text("interview.length_heading"), ui.format(lengthKey(ui, q, f.length().verdict()),
                "count", String.valueOf(f.length().count()), "unit", f.length().count() == 1 && ui.has("interview.unit_one")
                        ? ui.text("interview.unit_one") : f.length().unit()))); // "1 word", not "1 words"
        // none of the question's points made: say what the question is after (a trial told only "not yet" did not see why)
        parts.add(new Paragraph(ui.text("interview.covered_heading"), !f.covered().isEmpty()
                ? String.join(ui.text("list_separator"), f.covered())
                : q.intent().isBlank() ? ui.text("interview.no_covered") : ui.format("interview.no_covered_intent", "intent", q.intent())));
        if (!f.uncovered().isEmpty()) {
            parts.add(new Paragraph(ui.text(NextStep.optional(c, f) ? "interview.uncovered_heading_more" : "interview.uncovered_heading"),
                    String.join(ui.text("list_separator"), f.uncovered())));
        }
        if (!f.weakMotives().isEmpty()) {
            parts.add(new Bullets(ui.text("interview.weak_heading"), f.weakMotives().stream()
                    .map(w -> ui.format("interview.quoted", "quote", w.quote()) + " → " + w.why()).toList()));
        }
        parts.add(new Paragraph(ui.text("interview.next_heading"), f.nextStep()));
        if (!f.covered().isEmpty()) {
            // a follow-up probes what the answer said: after one that made no point (「特にまだないです」) it would ask
            // about something never said, so the next step stands alone
            parts.add(new Paragraph(ui.text("interview.follow_up_heading"), FollowUp.after(c, q, f)));
        }
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(ui.text("button.example"), InterviewCommands.example(q.id())));
        if (s.drill() || last) {
            actions.add(new Action(c.ui().text("button.retry_question"), InterviewCommands.drill(q.id())));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("score", f.score());
        data.put("question", q.id());
        data.put("relevance", f.relevance().name().toLowerCase(java.util.Locale.ROOT));
        if (!f.looksLike().isEmpty()) {
            data.put("looks_like", f.looksLike());
        }
        data.put("stuffed", f.stuffed());
        data.put("misconceptions", f.misconceptions().stream().map(Feedback.Finding::id).toList());
        data.put("points", f.points().stream().map(p -> Map.of("id", p.id(), "status", p.status().name())).toList());
        data.put("covered", f.covered().size());
        data.put("weak_motives", f.weakMotives().stream().map(Feedback.Flag::id).toList());
        return new Reply(FEEDBACK, ui.format("interview.feedback_title", "score", String.valueOf(f.score())), parts,
                ui.format(contextKey(ui, q), "method", q.method()), actions, data);
    }

    /**
     * A model answer for any question, on request (the button after feedback, or "interview example why-infra").
     * {@code courseRunning}: a course is in the middle, so no button offers to practise the question alone, which
     * would end the course and lose its answers.
     */
    public static Reply exampleFor(Catalog c, InterviewQuestion q, boolean courseRunning) {
        Ui ui = c.ui();
        List<Part> parts = new ArrayList<>();
        parts.add(new Bullets(ui.format("interview.outline_heading", "method", q.method()), q.outline()));
        c.rubric(q.id()).map(r -> r.example()).filter(e -> !e.isBlank())
                .ifPresent(e -> parts.add(new Paragraph(ui.text("interview.example_heading"), e.strip())));
        return new Reply(TopicIds.INTERVIEW_EXAMPLE, ui.format("interview.example_for", "question", q.question()), parts,
                ui.text("interview.example_context"), courseRunning ? List.of() : List.of(new Action(ui.text("button.retry_question"),
                        InterviewCommands.drill(q.id()))), Map.of("question", q.id()));
    }

    /**
     * A model answer asked for while an interview waits on another question (the button under an earlier
     * feedback): the example, then the waiting question again, so the last thing the user reads is what to
     * answer next rather than someone else's example.
     */
    public static List<Reply> exampleDuring(Catalog c, InterviewQuestion q, InterviewSession running) {
        Reply example = exampleFor(c, q, !running.drill());
        if (running.finished() || q.id().equals(running.currentQuestionId())) {
            return List.of(example);
        }
        Ui ui = c.ui();
        Reply back = question(c, running, null);
        String title = running.drill() ? ui.text("interview.back_drill_title")
                : ui.format("interview.back_title", "index", String.valueOf(running.index() + 1),
                        "count", String.valueOf(running.questionIds().size()));
        return List.of(example, new Reply(back.topic(), title, back.parts(), back.context(), back.actions(), back.data()));
    }

    static Reply summary(Catalog c, InterviewSession s, boolean shareable) {
        Ui ui = c.ui();
        List<InterviewSession.Result> answered = s.results().stream().filter(r -> !r.skipped()).toList();
        int average = average(s);
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", answered.isEmpty() ? ui.text("interview.summary_none")
                : ui.format("interview.summary_average", "score", String.valueOf(average),
                        "answered", String.valueOf(answered.size()),
                        "skipped", String.valueOf(s.results().size() - answered.size()))));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.results().size(); i++) {
            InterviewSession.Result r = s.results().get(i);
            String question = c.question(r.questionId()).map(InterviewQuestion::question).orElse(r.questionId());
            lines.add((i + 1) + ". " + question + " — " + (r.skipped() ? ui.text("interview.summary_skipped") : r.score()));
        }
        if (!lines.isEmpty()) {
            parts.add(new Bullets(ui.text("interview.summary_scores_heading"), lines));
        }
        String weakest = mostCommon(answered.stream().map(InterviewSession.Result::weakest).toList());
        // a point met in one answer and missed in another is not the session's strength when it is its weakness
        String strongest = mostCommon(answered.stream().map(InterviewSession.Result::strongest)
                .filter(id -> !id.equals(weakest)).toList());
        if (!strongest.isEmpty()) {
            parts.add(new Paragraph(ui.text("interview.summary_strongest_heading"), pointName(ui, strongest)));
        }
        if (!weakest.isEmpty()) {
            parts.add(new Paragraph(ui.text("interview.summary_weakest_heading"), pointName(ui, weakest)
                    + " — " + NextStep.forWeakest(ui, weakest)));
        }
        String practise = lowestScored(s).orElse(null);
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(ui.text("button.retry_track"), InterviewCommands.start(s.track())));
        if (practise != null) {
            parts.add(new Paragraph(ui.text("interview.summary_practice_heading"),
                    c.question(practise).map(InterviewQuestion::question).orElse(practise)));
            // not "retry this question": after the last answer that reads as the question just answered
            actions.add(new Action(ui.text("button.practise_weakest"), InterviewCommands.drill(practise)));
        }
        for (String track : InterviewWords.TRACKS) {
            if (!track.equals(s.track()) && actions.size() < 4) {
                actions.add(new Action(ui.format("button.start_track", "track", trackName(ui, track)), InterviewCommands.start(track)));
            }
        }
        if (shareable) {
            actions.add(new Action(ui.text("button.share"), InterviewCommands.control(InterviewControl.SHARE, s.id())));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("average", average);
        data.put("scores", s.results().stream().map(r -> r.skipped() ? -1 : r.score()).toList());
        data.put("track", s.track());
        data.put("session", s.id());
        return new Reply(SUMMARY, ui.format("interview.summary_title", "track", trackName(ui, s.track())), parts,
                ui.text("interview.summary_context"), actions, data);
    }

    /**
     * A single-question practice closed without an answer (skipped or ended): no course summary, which would name a
     * course that never ran; the ways on instead.
     */
    static Reply drillClosed(Catalog c, InterviewSession s) {
        Ui ui = c.ui();
        String id = s.questionIds().get(0);
        List<Action> actions = List.of(
                new Action(ui.text("button.retry_question"), InterviewCommands.drill(id)),
                new Action(ui.text("button.example"), InterviewCommands.example(id)),
                new Action(ui.format("button.start_track", "track", trackName(ui, InterviewWords.GENERAL)),
                        InterviewCommands.start(InterviewWords.GENERAL)));
        return new Reply(TOPIC, ui.text("interview.drill_closed_title"), List.of(new Paragraph("", ui.format(
                "interview.drill_closed", "question", c.question(id).map(InterviewQuestion::question).orElse(id)))),
                "", actions, Map.of("question", id));
    }

    /** Feedback on an answer outside a session (a question-of-the-week thread reply). */
    public static Reply feedbackOnly(Catalog c, InterviewQuestion q, Feedback f) {
        InterviewSession none = new InterviewSession("-", "general", List.of(q.id()), 1, List.of(), java.time.Instant.EPOCH, "", c.lang());
        Reply full = feedback(c, q, f, none, false);
        return new Reply(full.topic(), full.title(), full.parts(), full.context(), List.of(), full.data());
    }

    public static Reply notice(Catalog c, String titleKey, String text, List<Action> actions) {
        return new Reply(TOPIC, c.ui().text(titleKey), List.of(new Paragraph("", text)), "", actions, Map.of());
    }

    static List<Action> restart(Ui ui, String track) {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(ui.format("button.start_track", "track", trackName(ui, track)), InterviewCommands.start(track)));
        if (!track.equals(InterviewWords.GENERAL)) {
            actions.add(new Action(ui.format("button.start_track", "track", trackName(ui, InterviewWords.GENERAL)),
                    InterviewCommands.start(InterviewWords.GENERAL)));
        }
        return actions;
    }

    static int average(InterviewSession s) {
        return (int) Math.round(s.results().stream().filter(r -> !r.skipped())
                .mapToInt(InterviewSession.Result::score).average().orElse(0));
    }

    private static List<Action> controls(Ui ui, InterviewSession s) {
        return List.of(
                new Action(ui.text("button.hint"), InterviewCommands.control(InterviewControl.HINT, s.id())),
                new Action(ui.text("button.skip"), InterviewCommands.control(InterviewControl.SKIP, s.id())),
                new Action(ui.text("button.repeat"), InterviewCommands.control(InterviewControl.REPEAT, s.id())),
                new Action(ui.text("button.end"), InterviewCommands.control(InterviewControl.END, s.id())));
    }

    /** The name of a point of an answer (a structure point, or a cap such as correctness), for summaries. */
    public static String pointName(Ui ui, String id) {
        return id.equals("length") ? ui.text("interview.length_heading") : ui.text("interview.point." + id);
    }

    private static String mostCommon(List<String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.stream().filter(id -> id != null && !id.isEmpty()).forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** How a question is best answered and how long: a one-minute talk, or its category's own length. */
    static String contextKey(Ui ui, InterviewQuestion q) {
        return ui.ownOr("interview.question_context_" + q.category(), "interview.question_context");
    }

    /** The feedback with a note first: contact details do not belong in an answer, and were not kept. */
    static Reply withContactNote(Catalog c, Reply feedback) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", c.ui().text("interview.contact_details")));
        parts.addAll(feedback.parts());
        return new Reply(feedback.topic(), feedback.title(), parts, feedback.context(), feedback.actions(), feedback.data());
    }

    /** A structure point's name for this question: a kind of question may word it its own way (asking the interviewer). */
    static String pointLabel(Ui ui, InterviewQuestion q, String id) {
        return ui.text(ui.ownOr("interview.point_" + q.category() + "." + id, "interview.point." + id));
    }

    /** What an answer's length is told: against a one-minute talk, or against its category's own band. */
    static String lengthKey(Ui ui, InterviewQuestion q, Feedback.Verdict verdict) {
        String v = verdict.name().toLowerCase(java.util.Locale.ROOT);
        return ui.ownOr("interview.length_" + q.category() + "." + v, "interview.length." + v);
    }
}
