package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/** The cues used to read an answer in one language: length band, marker words, weak motives. */
public record FeedbackRules(Length length, Map<String, List<String>> markers, List<WeakMotive> weakMotives) {

    /** Length of a one-minute answer; {@code unit} is "字" (characters) or "words". */
    public record Length(String unit, int tooShort, int idealMin, int idealMax, int tooLong) {
        public boolean countsWords() {
            return "words".equals(unit);
        }
    }

    /** A motive interviewers react badly to, the words that reveal it, and why it hurts. */
    public record WeakMotive(String id, List<String> patterns, String why) {}

    public List<String> markers(String kind) {
        List<String> list = markers.get(kind);
        if (list == null) {
            throw new IllegalArgumentException("feedback.yml has no markers '" + kind + "'");
        }
        return list;
    }
}
