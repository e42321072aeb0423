package jp.infracareer.content;

import java.util.List;
import jp.infracareer.kernel.Tracks;

/**
 * One mock-interview question with what interviewers look for and how a good answer goes.
 *
 * @param focus   the tracks this question is one of the own technical questions of (a network session asks
 *                some of the network ones); empty for questions every track shares
 * @param opening an example first sentence that answers this very question, for the "answer in the first
 *                sentence" advice
 */
public record InterviewQuestion(
        String id,
        String category,
        List<String> tracks,
        String question,
        String intent,
        String method,
        List<String> outline,
        List<String> keyTerms,
        String hint,
        String followUp,
        List<String> names,
        boolean needsLearning,
        boolean needsEpisode,
        List<String> focus,
        String opening) {

    public InterviewQuestion {
        focus = focus == null ? List.of() : List.copyOf(focus);
        opening = opening == null ? "" : opening;
    }

    public boolean inTrack(String track) {
        return tracks.contains(track);
    }

    public boolean focusOf(String track) {
        return focus.contains(track);
    }

    /** A question put back to the interviewer (逆質問): a real interview ends with it. */
    public boolean isReverse() {
        return "reverse".equals(category);
    }

    /** One of a track's own questions that the general course never asks (Linux commands for server, VLANs for network). */
    public boolean ownedBy(String track) {
        return focusOf(track) && !inTrack(Tracks.GENERAL);
    }
}
