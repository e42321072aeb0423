package jp.infracareer.interview;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.Rubric;

/** The follow-up question an interviewer would ask next: not one the answer has already answered. */
final class FollowUp {
    private FollowUp() {}

    /**
     * The question's own follow-up, or the rubric's deeper one when the answer made the point the own one asks
     * about. An answer off the question, a list of terms or a wrong one keeps the own: its "made" point is not
     * something it explained, and the own follow-up is what an interviewer would probe next.
     */
    static String after(Catalog catalog, InterviewQuestion question, Feedback f) {
        if (f.relevance() != Feedback.Relevance.ON_TOPIC || f.stuffed() || !f.misconceptions().isEmpty()) {
            return question.followUp();
        }
        return catalog.rubric(question.id()).map(Rubric::followUpIfMade)
                .filter(instead -> !instead.ask().isBlank() && made(catalog, question, f, instead.concept()))
                .map(Rubric.FollowUpIfMade::ask)
                .orElse(question.followUp());
    }

    /** True when the feedback lists the concept as made (the feedback names concepts by their labels). */
    private static boolean made(Catalog catalog, InterviewQuestion question, Feedback f, String concept) {
        return catalog.rubric(question.id()).stream().flatMap(r -> r.concepts().stream())
                .filter(c -> c.id().equals(concept)).anyMatch(c -> f.covered().contains(c.label()));
    }
}
