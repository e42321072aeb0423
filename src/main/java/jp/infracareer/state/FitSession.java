package jp.infracareer.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An aptitude quiz in progress: the option chosen for each question so far, in order. Its id travels
 * in the buttons, so a click on an old quiz message can be recognised.
 */
public record FitSession(String id, List<String> answers, Instant lastActivity) {
    public FitSession {
        answers = List.copyOf(answers);
    }

    public int next() {
        return answers.size();
    }

    /** The quiz one question earlier: the last answer taken back, to be given again. */
    public FitSession back(Instant now) {
        return answers.isEmpty() ? this : new FitSession(id, answers.subList(0, answers.size() - 1), now);
    }

    public FitSession answer(String optionId, Instant now) {
        List<String> more = new ArrayList<>(answers);
        more.add(optionId);
        return new FitSession(id, more, now);
    }
}
