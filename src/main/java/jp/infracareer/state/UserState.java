package jp.infracareer.state;

import java.util.Optional;
import jp.infracareer.content.Lang;
import jp.infracareer.interview.InterviewSession;
import jp.infracareer.interview.Progress;

/**
 * What the advisor remembers about one user. Immutable: the store replaces it atomically.
 *
 * @param lang      the language the user chose with "lang", if any
 * @param interview the mock interview in progress, if any
 * @param progress  practice history (kept after interviews end)
 */
public record UserState(Optional<Lang> lang, Optional<InterviewSession> interview, Progress progress) {
    public static final UserState EMPTY = new UserState(Optional.empty(), Optional.empty(), Progress.EMPTY);

    public UserState {
        lang = lang == null ? Optional.empty() : lang;
        interview = interview == null ? Optional.empty() : interview;
        progress = progress == null ? Progress.EMPTY : progress;
    }

    public UserState withLang(Lang chosen) {
        return new UserState(Optional.of(chosen), interview, progress);
    }

    public UserState withInterview(InterviewSession session) {
        return new UserState(lang, Optional.ofNullable(session), progress);
    }

    public UserState withoutInterview() {
        return new UserState(lang, Optional.empty(), progress);
    }

    public UserState withProgress(Progress updated) {
        return new UserState(lang, interview, updated);
    }

    public boolean isEmpty() {
        return this.equals(EMPTY);
    }
}
