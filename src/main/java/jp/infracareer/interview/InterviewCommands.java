package jp.infracareer.interview;

import java.util.Optional;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Query;

/**
 * The commands behind the mock interview's buttons, encoded and decoded in one place. A button's value is a
 * command the user could also type ("interview hint #3fa9c01b2e"); the session id after '#' tells a click on
 * an old interview's message from one on the live interview.
 */
public final class InterviewCommands {
    static final String WORD = "interview";

    /** One word of letters, digits and hyphens, at most 40: typed as a name ("port", "dns-server"), not as a sentence. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    private InterviewCommands() {}

    public static String start(String track) {
        return Commands.interview(track);
    }

    public static String drill(String questionId) {
        return Commands.interview(questionId);
    }

    /** A model answer to question {@code questionId}, whether or not an interview is running. */
    public static String example(String questionId) {
        return WORD + " " + InterviewControl.EXAMPLE.id() + " " + questionId;
    }

    public static String control(InterviewControl control, String sessionId) {
        return WORD + " " + control.id() + (sessionId == null ? "" : " #" + sessionId);
    }

    /**
     * True for text in the form the interview's buttons send ("interview hint #3fa9c01b2e", "interview
     * why-infra"), which carries no language of its own; a typed 「面接」 does.
     */
    public static boolean buttonWord(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.equals(WORD) || t.startsWith(WORD + " ");
    }

    /**
     * What the words after "interview" ask for: a control (with the session of the button, if any), a
     * track, a question to drill, or a plain start.
     */
    public static Query decode(InterviewWords words, String args) {
        if (args.isEmpty()) {
            return new Query.StartInterview(InterviewWords.GENERAL, null);
        }
        int lastSpace = args.lastIndexOf(' ');
        String last = args.substring(lastSpace + 1);
        String session = last.startsWith("#") && last.length() > 1 ? last.substring(1) : null;
        String rest = session == null ? args : lastSpace < 0 ? "" : args.substring(0, lastSpace).strip();
        String examplePrefix = InterviewControl.EXAMPLE.id() + " ";
        if (rest.startsWith(examplePrefix) && words.questionById(rest.substring(examplePrefix.length()).strip()).isPresent()) {
            return new Query.ShowExample(rest.substring(examplePrefix.length()).strip());
        }
        // after "interview" only an exact control word is a control: "もう一度面接練習したい" starts one
        Optional<InterviewControl> control = words.controlExactly(rest);
        if (control.isPresent()) {
            return new Query.InterviewAction(control.get(), session);
        }
        Optional<String> track = words.track(rest);
        if (track.isPresent()) {
            return new Query.StartInterview(track.get(), null);
        }
        Optional<String> question = words.question(rest);
        if (question.isEmpty() && words.asksForList(rest)) {
            return new Query.InterviewMenu("");
        }
        if (question.isEmpty() && NAME.matcher(rest).matches() && !words.onlyBegins(rest) && !rest.chars().allMatch(Character::isDigit)
                && words.trackIn(rest).equals(InterviewWords.GENERAL)) {
            // "interview port": a name that is neither a course nor a question is told so, not started at random
            return new Query.InterviewMenu(rest);
        }
        String named = words.trackIn(rest);
        if (question.isPresent() && !named.equals(InterviewWords.GENERAL) && words.question(words.withoutTrackNames(rest)).isEmpty()) {
            // 「Linuxも触っているので、サーバーの技術的な模擬面接も受けてみたい」: a question named only by a course's word
            // (Linux) starts the course (a nineteenth trial); 「ネットワークの面接でサブネットを練習」 still drills the question
            return new Query.StartInterview(named, null);
        }
        return new Query.StartInterview(question.isPresent() ? InterviewWords.GENERAL : named, question.orElse(null));
    }
}
