package jp.infracareer.state;

import java.util.Optional;
import jp.infracareer.kernel.Lang;

/**
 * What the advisor remembers about one user. Immutable: the store replaces it atomically.
 *
 * @param lang      the language the user chose with "lang", if any
 * @param interview the mock interview in progress, if any
 * @param progress  practice history (kept after interviews end)
 * @param fit       the aptitude quiz in progress, if any
 * @param lastInterview the last finished interview, for 24 hours, so the user can share it
 * @param spoken    the language of the user's last clear sentence
 * @param lastPosting what the last job posting read for the user says, for 24 hours, for questions about it
 */
public record UserState(Optional<Lang> lang, Optional<InterviewSession> interview, Progress progress,
        Optional<FitSession> fit, Optional<FinishedInterview> lastInterview, Optional<Lang> spoken,
        Optional<PostingNotes> lastPosting) {
    public static final UserState EMPTY = new UserState(Optional.empty(), Optional.empty(), Progress.EMPTY, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());


    public UserState {
        lang = lang == null ? Optional.empty() : lang;
        interview = interview == null ? Optional.empty() : interview;
        progress = progress == null ? Progress.EMPTY : progress;
        fit = fit == null ? Optional.empty() : fit;
        lastInterview = lastInterview == null ? Optional.empty() : lastInterview;
        // the language the user last wrote a clear sentence in (a record written before it has none)
        spoken = spoken == null ? Optional.empty() : spoken;
        lastPosting = lastPosting == null ? Optional.empty() : lastPosting;
    }

    /** The language of the user's last clear sentence: what a bare command ("help") is answered in when none is chosen. */
    public UserState withSpoken(Lang language) {
        return new UserState(lang, interview, progress, fit, lastInterview, Optional.of(language), lastPosting);
    }

    public UserState withLang(Lang chosen) {
        return new UserState(Optional.of(chosen), interview, progress, fit, lastInterview, spoken, lastPosting);
    }

    /** Starting an interview drops the last finished one (and its answer texts). */
    public UserState withInterview(InterviewSession session) {
        return new UserState(lang, Optional.ofNullable(session), progress, fit,
                session != null && interview.isEmpty() ? Optional.empty() : lastInterview, spoken, lastPosting);
    }

    public UserState withoutInterview() {
        return new UserState(lang, Optional.empty(), progress, fit, lastInterview, spoken, lastPosting);
    }

    public UserState withProgress(Progress updated) {
        return new UserState(lang, interview, updated, fit, lastInterview, spoken, lastPosting);
    }

    public UserState withFit(FitSession session) {
        return new UserState(lang, interview, progress, Optional.ofNullable(session), lastInterview, spoken, lastPosting);
    }

    public UserState withLastInterview(FinishedInterview finished) {
        return new UserState(lang, interview, progress, fit, Optional.ofNullable(finished), spoken, lastPosting);
    }

    /** The notes of the posting just read (or none, to let them go). */
    public UserState withLastPosting(PostingNotes notes) {
        return new UserState(lang, interview, progress, fit, lastInterview, spoken, Optional.ofNullable(notes));
    }

    public boolean isEmpty() {
        return this.equals(EMPTY);
    }
}
