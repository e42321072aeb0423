package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/** The cues used to read an answer in one language: length band, marker words, weak motives. */
public record FeedbackRules(Length length, Map<String, List<String>> markers, List<WeakMotive> weakMotives,
        Judgement judgement) {

    public FeedbackRules {
        judgement = judgement == null ? new Judgement(List.of(), List.of()) : judgement;
    }

    /** Length of a one-minute answer; {@code unit} is "字" (characters) or "words". */
    public record Length(String unit, int tooShort, int idealMin, int idealMax, int tooLong) {
        public boolean countsWords() {
            return "words".equals(unit);
        }
    }

    /** A motive interviewers react badly to, the words that reveal it, and why it hurts. */
    public record WeakMotive(String id, List<String> patterns, String why) {}

    /**
     * Wrong judgement that is wrong whatever the situation (changing production on one's own, hiding a problem,
     * reporting only the next morning), read in answers to questions of {@code categories} on top of each
     * question's own list, so that a question whose rubric does not anticipate it still catches it.
     */
    public record Judgement(List<String> categories, List<Rubric.Misconception> mistakes) {
        public Judgement {
            categories = categories == null ? List.of() : List.copyOf(categories);
            mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
        }
    }

    public List<String> markers(String kind) {
        List<String> list = markers.get(kind);
        if (list == null) {
            throw new IllegalArgumentException("feedback.yml has no markers '" + kind + "'");
        }
        return list;
    }
}
