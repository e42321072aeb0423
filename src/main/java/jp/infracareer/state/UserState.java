package jp.infracareer.state;

import java.util.Optional;
import jp.infracareer.content.Lang;
import jp.infracareer.interview.InterviewSession;
import jp.infracareer.interview.Progress;
import jp.infracareer.fit.FitSession;

/**
 * What the advisor remembers about one user. Immutable: the store replaces it atomically.
 *
 * @param lang      the language the user chose with "lang", if any
 * @param interview the mock interview in progress, if any
 * @param progress  practice history (kept after interviews end)
 * @param fit       the aptitude quiz in progress, if any
 */
public record UserState(Optional<Lang> lang, Optional<InterviewSession> interview, Progress progress,
        Optional<FitSession> fit) {
    public static final UserState EMPTY = new UserState(Optional.empty(), Optional.empty(), Progress.EMPTY, Optional.empty());

    public UserState {
        lang = lang == null ? Optional.empty() : lang;
        interview = interview == null ? Optional.empty() : interview;
        progress = progress == null ? Progress.EMPTY : progress;
        fit = fit == null ? Optional.empty() : fit;
    }

    public UserState withLang(Lang chosen) {
        return new UserState(Optional.of(chosen), interview, progress, fit);
    }

    public UserState withInterview(InterviewSession session) {
        return new UserState(lang, Optional.ofNullable(session), progress, fit);
    }

    public UserState withoutInterview() {
        return new UserState(lang, Optional.empty(), progress, fit);
    }

    public UserState withProgress(Progress updated) {
        return new UserState(lang, interview, updated, fit);
    }

    public UserState withFit(FitSession session) {
        return new UserState(lang, interview, progress, Optional.ofNullable(session));
    }

    public boolean isEmpty() {
        return this.equals(EMPTY);
    }
}
