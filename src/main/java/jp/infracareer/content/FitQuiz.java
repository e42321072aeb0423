package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/**
 * The aptitude quiz in one language: questions with weighted options, and per role where to start.
 * {@code noPreference}: what a user types to answer "either / I don't know" (scored as no answer); {@code asks}:
 * words that make a typed message a request about something else (「教えて」, "what"), not a choice; {@code back}: what a
 * user types to go back one question and answer it again (「前の質問に戻りたい」, "go back").
 */
public record FitQuiz(String title, String intro, List<Question> questions, Map<String, RoleStart> roles,
        List<String> noPreference, List<String> asks, List<String> back, List<String> stop, List<String> stopAnywhere,
        List<String> aboutOptions) {

    public FitQuiz {
        noPreference = noPreference == null ? List.of() : List.copyOf(noPreference);
        // what leaves the quiz: a word said alone (「やめる」, "stop"); a phrase that names the quiz (「診断をやめたい」) anywhere
        stop = stop == null ? List.of() : List.copyOf(stop);
        stopAnywhere = stopAnywhere == null ? List.of() : List.copyOf(stopAnywhere);
        asks = asks == null ? List.of() : List.copyOf(asks);
        back = back == null ? List.of() : List.copyOf(back);
        aboutOptions = aboutOptions == null ? List.of() : List.copyOf(aboutOptions);
    }

    public record Question(String id, String text, List<Option> options) {}

    /**
     * An answer; {@code weights} add to roles, {@code reason} is how the answer reads in a result, {@code says}
     * other words a user may type for it (「夜勤は無理」 for "daytime only").
     */
    public record Option(String id, String label, String reason, Map<String, Integer> weights, List<String> says) {
        public Option {
            says = says == null ? List.of() : List.copyOf(says);
        }
    }

    /**
     * Where a role starts. {@code dayStart}: the entry routes without night shifts, for a user who wants day
     * work only, since most start stages run in shifts; {@code labWithoutCode}: a home lab without writing
     * code, when the usual one has a script and the user is not interested in coding (null when it has none).
     */
    public record RoleStart(String startStage, String startNote, String homeLab, String dayStart, String labWithoutCode) {}
}
