package jp.infracareer.interview;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.Ui;
import jp.infracareer.interview.Feedback.Status;
import jp.infracareer.interview.Feedback.Verdict;

/** Picks the single most useful change for the next attempt, in order of how much it costs the answer. */
final class NextStep {
    private NextStep() {}

    /**
     * The advice for an answer's weakest point, as {@link Feedback#weakest()} names it: the caps have ids of
     * their own there (correctness, explain, length), their advice keys are the ones {@link #choose} uses.
     */
    static String forWeakest(Ui ui, String weakest) {
        String key = switch (weakest) {
            case "correctness" -> "misconception";
            case "explain" -> "stuffed";
            case "length" -> "short";
            // over a whole session there is no one question to give an example first sentence for
            case AnswerAnalyzer.CONCLUSION -> "conclusion_general";
            default -> weakest;
        };
        return ui.text("feedback.next." + key);
    }

    /** "Answer in your first sentence", with an example first sentence that answers this very question. */
    static String opening(Ui ui, InterviewQuestion question) {
        return ui.format("feedback.next.conclusion", "opening", question.opening());
    }

    static String choose(Catalog catalog, InterviewQuestion question, Feedback f) {
        Ui ui = catalog.ui();
        if (f.relevance() != Feedback.Relevance.ON_TOPIC) {
            return ui.text("feedback.next.relevance");
        }
        if (!f.misconceptions().isEmpty()) {
            return ui.text("feedback.next.misconception");
        }
        if (f.stuffed()) {
            return ui.text("feedback.next.stuffed");
        }
        if (f.length().verdict() == Verdict.TOO_SHORT) {
            return ui.text(ui.ownOr("feedback.next.too_short_" + question.category(), "feedback.next.too_short"));
        }
        if (!f.weakMotives().isEmpty()) {
            boolean thinOnly = f.weakMotives().stream().allMatch(w -> w.id().equals(AnswerAnalyzer.THIN));
            boolean genericOnly = f.weakMotives().stream().allMatch(w -> w.id().equals(AnswerAnalyzer.GENERIC));
            return ui.text(thinOnly ? "feedback.next.thin" : genericOnly ? "feedback.next.generic" : "feedback.next.weak_motive");
        }
        for (Feedback.Point p : f.points()) {
            if (p.status() == Status.MISSED) {
                return p.id().equals(AnswerAnalyzer.CONCLUSION) ? opening(ui, question) : ui.text("feedback.next." + p.id());
            }
        }
        for (Feedback.Point p : f.points()) {
            if (p.status() == Status.PARTIAL) {
                return ui.text("feedback.next.episode_numbers");
            }
        }
        if (f.length().verdict() == Verdict.TOO_LONG || f.length().verdict() == Verdict.LONG) {
            return ui.text("feedback.next.too_long");
        }
        if (f.length().verdict() == Verdict.SHORT) {
            // a technical answer has no experience to add: its own advice, as for far too short
            return ui.text(ui.ownOr("feedback.next.short_" + question.category(), "feedback.next.short"));
        }
        if (!f.uncovered().isEmpty()) {
            return ui.format(optional(catalog, f) ? "feedback.next.points_more" : "feedback.next.points", "points", f.uncovered().get(0));
        }
        return ui.format("feedback.next.follow_up", "question", FollowUp.after(catalog, question, f));
    }

    /** Whether the answer scores high enough that a point it did not make is a way to go further, not a gap. */
    static boolean optional(jp.infracareer.content.Catalog catalog, Feedback f) {
        return f.score() >= catalog.scoring().threshold("points_optional_from");
    }
}
