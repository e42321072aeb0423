package jp.infracareer.content;

import java.util.List;

/** One mock-interview question with what interviewers look for and how a good answer goes. */
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
        boolean needsEpisode) {

    public boolean inTrack(String track) {
        return tracks.contains(track);
    }
}
