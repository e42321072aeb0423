package jp.infracareer.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.infracareer.kernel.Lang;

/**
 * A mock interview in progress: immutable, replaced as a whole in the store so that two messages arriving
 * together cannot both advance it. Answer texts stay in memory only, for the user to share if they choose.
 *
 * @param id            random id, carried by the session's buttons so a click on an old message is recognised
 * @param track         general, server, network or cloud
 * @param questionIds   the questions of this session, in order
 * @param index         the question waiting for an answer
 * @param results       one per question answered or skipped
 * @param lastActivity  when the user last did something in this session
 * @param lastMessageId the last message taken as an answer, so the same message never counts twice
 * @param lang          the language the interview started in; it stays in it until the user says "lang"
 *                      (null for a session stored before sessions had one)
 */
public record InterviewSession(
        String id,
        String track,
        List<String> questionIds,
        int index,
        List<Result> results,
        Instant lastActivity,
        String lastMessageId,
        Lang lang) {

    /**
     * How one question went; {@code weakest} and {@code strongest} are point ids, empty if none.
     * {@code answer} is the user's text, kept only so they can choose to share it with advisors.
     */
    public record Result(String questionId, int score, boolean skipped, String strongest, String weakest, String answer) {}

    public InterviewSession {
        Objects.requireNonNull(id, "id");
        questionIds = List.copyOf(questionIds);
        results = List.copyOf(results);
        lastMessageId = lastMessageId == null ? "" : lastMessageId;
    }

    /** The same session held in another language from now on (the user said `lang ja` / `lang en` in the middle). */
    public InterviewSession withLang(Lang other) {
        return new InterviewSession(id, track, questionIds, index, results, lastActivity, lastMessageId, other);
    }

    public Optional<Lang> language() {
        return Optional.ofNullable(lang);
    }

    public boolean drill() {
        return questionIds.size() == 1;
    }

    public String currentQuestionId() {
        return questionIds.get(index);
    }

    public boolean finished() {
        return index >= questionIds.size();
    }

    public boolean idleLongerThan(Duration limit, Instant now) {
        return Duration.between(lastActivity, now).compareTo(limit) > 0;
    }

    public InterviewSession record(Result result, Instant now, String messageId) {
        List<Result> next = new ArrayList<>(results);
        next.add(result);
        return new InterviewSession(id, track, questionIds, index + 1, next, now, messageId, lang);
    }

    /**
     * The last answer taken back (「今のは回答じゃない」: a request or an aside was scored): its result is dropped and its
     * question waits again; {@code messageId} is the request's, so the same request delivered again is known. Unchanged
     * when nothing has been answered.
     */
    public InterviewSession takeBack(Instant now, String messageId) {
        if (results.isEmpty() || index == 0) {
            return this;
        }
        return new InterviewSession(id, track, questionIds, index - 1, results.subList(0, results.size() - 1), now,
                messageId, lang);
    }

    /** A message heard that moves nothing on (one with no word to read): remembered, so a second delivery is one. */
    public InterviewSession heard(Instant now, String messageId) {
        return new InterviewSession(id, track, questionIds, index, results, now, messageId, lang);
    }

    public InterviewSession touch(Instant now) {
        return new InterviewSession(id, track, questionIds, index, results, now, lastMessageId, lang);
    }
}
