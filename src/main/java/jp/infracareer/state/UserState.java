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
 * @param more      the command that opens the whole of the page last shown in short (a guide's short answer, a
 *                  passage), so that 「もっと詳しく」 or "tell me more" typed in a DM opens it as its button does
 * @param shown     the topic id of the page last shown, short or whole, so that 「3行で」 or 「それってマジ？」 typed next is
 *                  about that page
 */
public record UserState(Optional<Lang> lang, Optional<InterviewSession> interview, Progress progress,
        Optional<FitSession> fit, Optional<FinishedInterview> lastInterview, Optional<Lang> spoken,
        Optional<PostingNotes> lastPosting, Optional<String> more, Optional<String> shown) {
    public static final UserState EMPTY = new UserState(Optional.empty(), Optional.empty(), Progress.EMPTY, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());


    public UserState {
        lang = lang == null ? Optional.empty() : lang;
        interview = interview == null ? Optional.empty() : interview;
        progress = progress == null ? Progress.EMPTY : progress;
        fit = fit == null ? Optional.empty() : fit;
        lastInterview = lastInterview == null ? Optional.empty() : lastInterview;
        // the language the user last wrote a clear sentence in (a record written before it has none)
        spoken = spoken == null ? Optional.empty() : spoken;
        lastPosting = lastPosting == null ? Optional.empty() : lastPosting;
        more = more == null ? Optional.empty() : more;
        // a record written before it has none
        shown = shown == null ? Optional.empty() : shown;
    }

    /** The language of the user's last clear sentence: what a bare command ("help") is answered in when none is chosen. */
    public UserState withSpoken(Lang language) {
        return new UserState(lang, interview, progress, fit, lastInterview, Optional.of(language), lastPosting, more, shown);
    }

    public UserState withLang(Lang chosen) {
        return new UserState(Optional.of(chosen), interview, progress, fit, lastInterview, spoken, lastPosting, more, shown);
    }

    /** Starting an interview drops the last finished one (and its answer texts); a drill of one of its questions does not. */
    public UserState withInterview(InterviewSession session) {
        // ...and the short page shown before it: 「詳しく」 after an answer's feedback is not about that page
        boolean starting = session != null && interview.isEmpty();
        // a drill practises a question of the last interview: that interview stays the last one, so that the next
        // 「3問目をもう一回」 finds it (a twenty-third trial's second retry found nothing)
        boolean newInterview = starting && !session.drill();
        return new UserState(lang, Optional.ofNullable(session), progress, fit,
                newInterview ? Optional.empty() : lastInterview, spoken, lastPosting, starting ? Optional.empty() : more, shown);
    }

    public UserState withoutInterview() {
        return new UserState(lang, Optional.empty(), progress, fit, lastInterview, spoken, lastPosting, more, shown);
    }

    public UserState withProgress(Progress updated) {
        return new UserState(lang, interview, updated, fit, lastInterview, spoken, lastPosting, more, shown);
    }

    public UserState withFit(FitSession session) {
        return new UserState(lang, interview, progress, Optional.ofNullable(session), lastInterview, spoken, lastPosting, more, shown);
    }

    public UserState withLastInterview(FinishedInterview finished) {
        return new UserState(lang, interview, progress, fit, Optional.ofNullable(finished), spoken, lastPosting, more, shown);
    }

    /** The notes of the posting just read (or none, to let them go). */
    public UserState withLastPosting(PostingNotes notes) {
        return new UserState(lang, interview, progress, fit, lastInterview, spoken, Optional.ofNullable(notes), more, shown);
    }

    /** The page a short reply just shown can be opened to in full (its command), or none when the reply had no more. */
    public UserState withMore(String command) {
        return new UserState(lang, interview, progress, fit, lastInterview, spoken, lastPosting, Optional.ofNullable(command), shown);
    }

    /** The page just shown (its topic id), or none when the last reply was no page. */
    public UserState withShown(String topicId) {
        return new UserState(lang, interview, progress, fit, lastInterview, spoken, lastPosting, more, Optional.ofNullable(topicId));
    }

    public boolean isEmpty() {
        return this.equals(EMPTY);
    }
}
