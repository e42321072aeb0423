package jp.infracareer.broadcast;

import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.TopicIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Mention;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.Tips;
import jp.infracareer.content.Ui;
import jp.infracareer.state.InterviewSession;

/** What goes to the advisor channel, and the notes around it, as channel-neutral replies. */
final class BroadcastReplies {
    static final int MAX_ANNOUNCEMENT = 2_500;
    static final int MAX_SHARED_ANSWER = 600;

    private BroadcastReplies() {}

    static Reply tip(Catalog c, Tips.Tip tip) {
        Ui ui = c.ui();
        return new Reply("broadcast/tip", ui.text("broadcast.tip_title"), List.of(new Paragraph("", tip.text())),
                ui.format("broadcast.tip_context", "category", ui.text("broadcast.category." + tip.category())),
                List.of(), Map.of("tip", tip.id()));
    }

    static Reply question(Catalog c, InterviewQuestion q) {
        Ui ui = c.ui();
        return new Reply("broadcast/question", ui.text("broadcast.question_title"),
                List.of(new Paragraph("", q.question()), new Paragraph("", ui.text("broadcast.question_intro"))),
                ui.text("broadcast.question_context"), List.of(), Map.of("question", q.id()));
    }

    /** The announcement as posted: the advisor named, their text as plain text (escaped when rendered). */
    static Reply announcement(Catalog c, String advisorId, String text) {
        Ui ui = c.ui();
        return new Reply("broadcast/announcement", ui.text("broadcast.announcement_title"),
                List.of(new Paragraph("", jp.infracareer.kernel.Texts.cut(text, MAX_ANNOUNCEMENT)),
                        new Mention(ui.text("broadcast.announcement_from"), advisorId, "")),
                "", List.of(), Map.of());
    }

    /** What a shared summary becomes once its author asked to be forgotten. */
    static Reply withdrawn(Catalog c) {
        return new Reply(TopicIds.BROADCAST + "/withdrawn", c.ui().text("broadcast.withdrawn"), List.of(), "", List.of(), Map.of());
    }

    static Reply preview(Catalog c, String advisorId, String text, String draftId) {
        Ui ui = c.ui();
        Reply post = announcement(c, advisorId, text);
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", ui.text("broadcast.preview_text")));
        parts.addAll(post.parts());
        return new Reply("broadcast/preview", ui.text("broadcast.preview_title"), parts, "",
                List.of(AnnouncementActions.post(ui.text("broadcast.post"), draftId),
                        AnnouncementActions.cancel(ui.text("broadcast.cancel"), draftId)),
                Map.of("draft", draftId));
    }

    /** A note that keeps the preview's Post / Cancel buttons (after a failed post). */
    static Reply withButtons(Reply note, Catalog c, String draftId) {
        Ui ui = c.ui();
        return new Reply(note.topic(), note.title(), note.parts(), note.context(),
                List.of(AnnouncementActions.post(ui.text("broadcast.post"), draftId),
                        AnnouncementActions.cancel(ui.text("broadcast.cancel"), draftId)), note.data());
    }

    static Reply note(Catalog c, String key) {
        return new Reply(TopicIds.BROADCAST, c.ui().text(key), List.of(), "", List.of(), Map.of());
    }

    static Reply shareChoice(Catalog c, String sessionId) {
        Ui ui = c.ui();
        return new Reply(jp.infracareer.interview.InterviewReplies.TOPIC, ui.text("broadcast.share_choice_title"),
                List.of(new Paragraph("", ui.text("broadcast.share_choice_text"))), "",
                List.of(new Action(ui.text("broadcast.share_scores"), InterviewCommands.control(InterviewControl.SHARE_SCORES, sessionId)),
                        new Action(ui.text("broadcast.share_answers"), InterviewCommands.control(InterviewControl.SHARE_ANSWERS, sessionId))),
                Map.of());
    }

    /** A finished interview as shared with advisors: scores and weak points, answers only if chosen. */
    static Reply summary(Catalog c, String userId, InterviewSession s, boolean withAnswers) {
        Ui ui = c.ui();
        List<InterviewSession.Result> answered = s.results().stream().filter(r -> !r.skipped()).toList();
        int average = (int) Math.round(answered.stream().mapToInt(InterviewSession.Result::score).average().orElse(0));
        List<Part> parts = new ArrayList<>();
        parts.add(new Mention(ui.text("broadcast.summary_from"), userId, ""));
        parts.add(new Paragraph("", ui.format("broadcast.summary_average", "track", ui.text("interview.track." + s.track()),
                "score", String.valueOf(average), "answered", String.valueOf(answered.size()),
                "skipped", String.valueOf(s.results().size() - answered.size()))));
        List<String> lines = new ArrayList<>();
        for (InterviewSession.Result r : s.results()) {
            String question = c.question(r.questionId()).map(InterviewQuestion::question).orElse(r.questionId());
            String weak = r.weakest().isEmpty() ? "" : " / " + jp.infracareer.interview.InterviewReplies.pointName(ui, r.weakest());
            lines.add(question + " — " + (r.skipped() ? ui.text("interview.summary_skipped") : r.score() + weak));
        }
        parts.add(new Bullets(ui.text("broadcast.summary_scores"), lines));
        if (withAnswers) {
            List<String> answers = answered.stream().filter(r -> !r.answer().isBlank())
                    .map(r -> jp.infracareer.kernel.Texts.cut(r.answer().replace('\n', ' '), MAX_SHARED_ANSWER)).toList();
            if (!answers.isEmpty()) {
                parts.add(new Bullets(ui.text("broadcast.summary_answers"), answers));
            }
        }
        return new Reply("broadcast/summary", ui.text("broadcast.summary_title"), parts, ui.text("broadcast.summary_ask"),
                List.of(), Map.of("average", average));
    }

    static Reply relay(Catalog c, String advisorId, String text) {
        Ui ui = c.ui();
        return new Reply("broadcast/relay", ui.text("broadcast.relay_title"),
                List.of(new Mention(ui.text("broadcast.relay_from"), advisorId, ""),
                        new Paragraph("", jp.infracareer.kernel.Texts.cut(text, MAX_ANNOUNCEMENT))), "", List.of(), Map.of());
    }
}
