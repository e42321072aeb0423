package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/** The aptitude quiz in one language: questions with weighted options, and per role where to start. */
public record FitQuiz(String title, String intro, List<Question> questions, Map<String, RoleStart> roles) {

    public record Question(String id, String text, List<Option> options) {}

    /** An answer; {@code weights} add to roles, {@code reason} is how the answer reads in a result. */
    public record Option(String id, String label, String reason, Map<String, Integer> weights) {}

    public record RoleStart(String startStage, String startNote, String homeLab) {}
}
