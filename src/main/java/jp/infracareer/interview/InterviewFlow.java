package jp.infracareer.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import jp.infracareer.advisor.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.UserKey;
import jp.infracareer.state.UserState;

/**
 * Runs mock interviews. Every change to a user's interview is one atomic {@link ConversationStore#update},
 * and replies are built from what that update decided, so concurrent or repeated messages can neither
 * corrupt a session nor advance it twice.
 */
public final class InterviewFlow {
    /** Far beyond a one-minute answer; a longer paste is read up to here, keeping the update short. */
    static final int MAX_ANSWER = 4_000;
    /** What is kept of an answer for sharing: a one-minute answer with room to spare. */
    static final int MAX_KEPT_ANSWER = 1_200;
    private final ConversationStore store;
    private final Clock clock;
    private final Duration idleLimit;
    private final RandomGenerator random;
    private final ShareHook share;

    public InterviewFlow(ConversationStore store, Clock clock, Duration idleLimit, RandomGenerator random, ShareHook share) {
        this.store = store;
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.random = random;
        this.share = share;
    }

    /** Starts a session on a track, or a one-question drill; replaces any session in progress. */
    public List<Reply> start(UserKey user, Catalog c, String track, String questionId) {
        Instant now = clock.instant();
        String id = HexFormat.of().toHexDigits(random.nextLong()).substring(0, 10);
        UserState state = store.update(user, s -> {
            List<String> questions = questionId != null ? List.of(questionId)
                    : QuestionPicker.pick(c.questions(), track, s.progress(), random);
            return s.withInterview(new InterviewSession(id, track, questions, 0, List.of(), now, ""));
        });
        InterviewSession session = state.interview().orElseThrow();
        return List.of(InterviewReplies.started(c, session), InterviewReplies.question(c, session, null));
    }

    public boolean active(UserKey user) {
        return store.get(user).interview().isPresent();
    }

    /**
     * Takes a DM as the answer to the current question. Empty when the user has no interview (the text is
     * then an ordinary question). {@code messageId} identifies the Slack message (its ts), so a message
     * delivered twice is answered once.
     */
    public Optional<List<Reply>> answer(UserKey user, Catalog c, String text, String messageId) {
        Instant now = clock.instant();
        AtomicReference<Outcome> outcome = new AtomicReference<>(new Outcome.None());
        store.update(user, s -> {
            if (s.interview().isEmpty()) {
                return s;
            }
            InterviewSession session = s.interview().get();
            if (session.idleLongerThan(idleLimit, now)) {
                outcome.set(new Outcome.Expired(session));
                return s.withoutInterview();
            }
            if (!messageId.isEmpty() && messageId.equals(session.lastMessageId())) {
                outcome.set(new Outcome.Duplicate());
                return s;
            }
            InterviewQuestion q = c.question(session.currentQuestionId()).orElseThrow();
            Feedback feedback = AnswerAnalyzer.analyze(c, q, jp.infracareer.advisor.Texts.cut(text, MAX_ANSWER));
            InterviewSession.Result result = new InterviewSession.Result(q.id(), feedback.score(), false,
                    feedback.strongest(), feedback.weakest(), jp.infracareer.advisor.Texts.cut(text, MAX_KEPT_ANSWER));
            InterviewSession next = session.record(result, now, messageId);
            UserState updated = s.withProgress(s.progress().practised(q.id(), now, feedback.weakest()));
            outcome.set(new Outcome.Answered(q, feedback, next));
            return finishIfDone(updated, next);
        });
        Outcome o = outcome.get();
        if (o instanceof Outcome.None) {
            return Optional.empty();
        }
        if (o instanceof Outcome.Duplicate) {
            return Optional.of(List.of());
        }
        if (o instanceof Outcome.Expired e) {
            return Optional.of(List.of(expired(c, e.session())));
        }
        Outcome.Answered a = (Outcome.Answered) o;
        List<Reply> replies = new ArrayList<>();
        replies.add(InterviewReplies.feedback(c, a.question(), a.feedback(), a.next(), a.next().finished()));
        replies.addAll(afterStep(c, a.next()));
        return Optional.of(replies);
    }

    /** hint, skip, repeat, end or share; {@code sessionId} (from a button) must match the live session. */
    public List<Reply> control(UserKey user, Catalog c, String control, String sessionId) {
        if (control.startsWith("share")) {
            String mode = control.equals("share-answers") ? "answers" : control.equals("share-scores") ? "scores" : "ask";
            return List.of(share.share(user, c, sessionId, mode));
        }
        Instant now = clock.instant();
        AtomicReference<Outcome> outcome = new AtomicReference<>(new Outcome.None());
        store.update(user, s -> {
            if (s.interview().isEmpty()) {
                return s;
            }
            InterviewSession session = s.interview().get();
            if (sessionId != null && !sessionId.equals(session.id())) {
                outcome.set(new Outcome.Stale());
                return s;
            }
            if (session.idleLongerThan(idleLimit, now)) {
                outcome.set(new Outcome.Expired(session));
                return s.withoutInterview();
            }
            switch (control) {
                case "skip" -> {
                    InterviewSession next = session.record(
                            new InterviewSession.Result(session.currentQuestionId(), 0, true, "", "", ""), now, session.lastMessageId());
                    outcome.set(new Outcome.Skipped(next));
                    UserState updated = s.withProgress(s.progress().practised(session.currentQuestionId(), now, ""));
                    return finishIfDone(updated, next);
                }
                case "end" -> {
                    InterviewSession ended = session.touch(now);
                    outcome.set(new Outcome.Ended(ended));
                    return finishIfDone(s, new InterviewSession(ended.id(), ended.track(), ended.questionIds(),
                            ended.questionIds().size(), ended.results(), now, ended.lastMessageId()));
                }
                default -> {
                    InterviewSession touched = session.touch(now);
                    outcome.set(new Outcome.Asked(control, touched));
                    return s.withInterview(touched);
                }
            }
        });
        Outcome o = outcome.get();
        if (o instanceof Outcome.None) {
            return List.of(InterviewReplies.notice(c, "interview.ended_title", c.ui().text("interview.none_active"),
                    InterviewReplies.restart(c.ui(), InterviewWords.GENERAL)));
        }
        if (o instanceof Outcome.Stale) {
            return List.of(InterviewReplies.notice(c, "interview.ended_title", c.ui().text("interview.stale_button"), List.of()));
        }
        if (o instanceof Outcome.Expired e) {
            return List.of(expired(c, e.session()));
        }
        if (o instanceof Outcome.Skipped sk) {
            List<Reply> replies = new ArrayList<>();
            replies.add(new Reply(InterviewReplies.TOPIC, c.ui().text("interview.skipped"), List.of(), "", List.of(),
                    java.util.Map.of()));
            replies.addAll(afterStep(c, sk.next()));
            return replies;
        }
        if (o instanceof Outcome.Ended e) {
            return List.of(InterviewReplies.summary(c, e.session()));
        }
        Outcome.Asked asked = (Outcome.Asked) o;
        return List.of(asked.control().equals("hint") ? InterviewReplies.hint(c, asked.session())
                : InterviewReplies.question(c, asked.session(), "interview.repeat_title"));
    }

    /** Clears a finished session and counts it in the user's progress (a drill is not a session). */
    private static UserState finishIfDone(UserState s, InterviewSession next) {
        if (!next.finished()) {
            return s.withInterview(next);
        }
        boolean answeredAny = next.results().stream().anyMatch(r -> !r.skipped());
        UserState cleared = s.withoutInterview();
        return answeredAny && !next.drill()
                ? cleared.withProgress(cleared.progress().sessionCompleted(InterviewReplies.average(next)))
                        .withLastInterview(new FinishedInterview(next, next.lastActivity()))
                : cleared;
    }

    private static List<Reply> afterStep(Catalog c, InterviewSession next) {
        if (!next.finished()) {
            return List.of(InterviewReplies.question(c, next, null));
        }
        return next.drill() ? List.of() : List.of(InterviewReplies.summary(c, next));
    }

    private Reply expired(Catalog c, InterviewSession session) {
        return InterviewReplies.notice(c, "interview.expired_title",
                c.ui().format("interview.expired_text", "duration", idleLimit.toMinutes() % 60 == 0
                        ? c.ui().format("interview.hours", "n", String.valueOf(idleLimit.toHours()))
                        : c.ui().format("interview.minutes", "n", String.valueOf(idleLimit.toMinutes()))),
                InterviewReplies.restart(c.ui(), session.track()));
    }

    /** What one atomic update decided; replies are built from it outside the update. */
    private sealed interface Outcome {
        record None() implements Outcome {}

        record Duplicate() implements Outcome {}

        record Stale() implements Outcome {}

        record Expired(InterviewSession session) implements Outcome {}

        record Answered(InterviewQuestion question, Feedback feedback, InterviewSession next) implements Outcome {}

        record Skipped(InterviewSession next) implements Outcome {}

        record Ended(InterviewSession session) implements Outcome {}

        record Asked(String control, InterviewSession session) implements Outcome {}
    }
}
