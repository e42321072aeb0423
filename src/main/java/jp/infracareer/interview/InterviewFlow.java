package jp.infracareer.interview;

import jp.infracareer.state.FinishedInterview;
import jp.infracareer.state.InterviewSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.infracareer.kernel.Effect;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.Texts;
import jp.infracareer.state.Change;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.kernel.UserKey;
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
    /** What stands in a kept answer where a phone number or an e-mail address was. */
    static final String CONTACT_MARK = "[…]";
    /** Attempts at storing one answer while other messages of the same user move the interview on. */
    static final int MAX_ATTEMPTS = 50;
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
    public Response start(UserKey user, Catalog c, String track, String questionId) {
        PhraseTable.of(c).prepareJudgement(); // ready before the first answer comes back
        Instant now = clock.instant();
        String id = HexFormat.of().toHexDigits(random.nextLong()).substring(0, 10);
        // the questions are picked from the progress read now; the update itself only stores the session
        List<String> questions = questionId != null ? List.of(questionId)
                : QuestionPicker.pick(c.questions(), track, store.get(user).progress(), random);
        InterviewSession session = new InterviewSession(id, track, questions, 0, List.of(), now, "", c.lang());
        store.update(user, s -> s.withInterview(session));
        return Response.direct(List.of(InterviewReplies.started(c, session), InterviewReplies.question(c, session, null)));
    }

    /**
     * Takes a DM as the answer to the current question of {@code state}'s interview (the state the caller
     * read). Empty when there is no interview (the text is then an ordinary question). {@code messageId}
     * identifies the Slack message, so a message delivered twice is answered once. The answer is analysed
     * outside the atomic update; the update only checks that the session is still where it was. The answer
     * is judged in {@code judge}'s language (the one it is written in), with that language's rubric, and the
     * feedback on it is in that language; the next question and the summary stay in {@code c}'s, the
     * interview's.
     */
    public Optional<Response> answer(UserKey user, UserState state, Catalog c, Catalog judge, String text, String messageId) {
        return answer(user, state, c, judge, null, text, messageId);
    }

    /** As above; {@code english}, when not null, reads the English sentences of a Japanese answer for mistakes too. */
    public Optional<Response> answer(UserKey user, UserState state, Catalog c, Catalog judge, Catalog english, String text,
            String messageId) {
        Instant now = clock.instant();
        UserState seen = state;
        // each time the session moved meanwhile, another message was recorded: that is progress, so this
        // ends; the bound only guards against a store that never settles
        // judged and kept without any phone number or e-mail address in it, so neither the feedback nor the kept answer
        // holds one; that there was one is the difference
        String judged = jp.infracareer.kernel.ContactDetails.redacted(text, CONTACT_MARK);
        boolean contact = !judged.equals(text);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (seen.interview().isEmpty()) {
                return Optional.empty();
            }
            InterviewSession session = seen.interview().get();
            if (session.finished()) {
                return Optional.empty();
            }
            InterviewQuestion q = judge.question(session.currentQuestionId()).orElseThrow();
            // keyboard noise is not an answer: it is not analysed, and the same question is asked again
            Feedback read = AnswerAnalyzer.readable(judge, judged) ? AnswerAnalyzer.analyze(judge, q, Texts.cut(judged, MAX_ANSWER)) : null;
            Feedback feedback = read == null || english == null ? read
                    : AnswerAnalyzer.withEnglishSentences(read, judge, english, q, Texts.cut(judged, MAX_ANSWER));
            Outcome o = store.apply(user, s -> recordAnswer(s, session, q, feedback, judged, contact, messageId, now));
            if (o instanceof Outcome.Moved) {
                seen = store.get(user); // judge it against where the interview is now
                continue;
            }
            return Optional.of(toResponse(c, judge, o, user));
        }
        return Optional.of(Response.direct(List.of(InterviewReplies.notice(c, "interview.ended_title",
                c.ui().text("interview.busy"), List.of()))));
    }

    /**
     * The pure decision for an answer analysed against {@code analysed}: safe to run again on any state.
     * {@code feedback} is null for a message with no word to read.
     */
    private Change<Outcome> recordAnswer(UserState s, InterviewSession analysed, InterviewQuestion q, Feedback feedback,
            String text, boolean contact, String messageId, Instant now) {
        if (s.interview().isEmpty()) {
            return Change.keep(s, new Outcome.None());
        }
        InterviewSession session = s.interview().get();
        if (session.idleLongerThan(idleLimit, now)) {
            return Change.to(s.withoutInterview(), new Outcome.Expired(session));
        }
        if (!messageId.isEmpty() && messageId.equals(session.lastMessageId())) {
            return Change.keep(s, new Outcome.Duplicate());
        }
        if (!session.id().equals(analysed.id()) || session.index() != analysed.index()) {
            return Change.keep(s, new Outcome.Moved());
        }
        if (feedback == null) {
            return Change.to(s.withInterview(session.heard(now, messageId)), new Outcome.Unreadable(session));
        }
        InterviewSession.Result result = new InterviewSession.Result(q.id(), feedback.score(), false,
                feedback.strongest(), feedback.weakest(), Texts.cut(text, MAX_KEPT_ANSWER));
        InterviewSession next = session.record(result, now, messageId);
        UserState updated = s.withProgress(s.progress().practised(q.id(), now, feedback.weakest()));
        return Change.to(finishIfDone(updated, next), new Outcome.Answered(q, feedback, next, contact));
    }

    /**
     * An earlier question of the running interview asked to be answered again (「さっきのTCPとUDPの質問、もう一回答え直して
     * もいいですか？」, a seventeenth trial's got the reverse-question guide): not possible mid-interview, so the user is told
     * where it is (the results' button), and the waiting question is asked again. Empty for any other message.
     */
    public Optional<Response> retryLater(UserKey user, UserState s, Catalog c, InterviewWords words, String text,
            String messageId) {
        Optional<InterviewSession> running = s.interview().filter(session -> !session.finished());
        if (running.isEmpty() || !words.asksToRetryEarlier(text)) {
            return Optional.empty();
        }
        InterviewSession session = running.get();
        Optional<String> named = AfterInterview.named(c, session, text).filter(id -> !id.equals(session.currentQuestionId()));
        // the question just answered is answered again at once ("can we go back to question 4" right after it)
        return named.equals(lastAnswered(session)) ? Optional.of(takeBack(user, c, session, messageId))
                : named.flatMap(c::question).map(q -> toldLater(user, c, q, session.questionIds().indexOf(q.id()) + 1));
    }

    private static Optional<String> lastAnswered(InterviewSession session) {
        return session.results().isEmpty() ? Optional.empty()
                : Optional.of(session.results().get(session.results().size() - 1).questionId());
    }

    /** Question {@code number} can be answered again once the interview ends; then the waiting question again. */
    private Response toldLater(UserKey user, Catalog c, InterviewQuestion q, int number) {
        return thenQuestionAgain(user, c, InterviewReplies.retryLater(c, q, number));
    }

    /** {@code first}, then the waiting question asked again. */
    private Response thenQuestionAgain(UserKey user, Catalog c, Reply first) {
        Response again = control(user, c, InterviewControl.REPEAT, null);
        List<Reply> replies = new ArrayList<>(List.of(first));
        replies.addAll(again.replies());
        return new Response(replies, true, null, again.effects());
    }

    /**
     * The last answer taken back and its question asked again: said to be no answer (「今のは回答じゃない」, 「今の質問まだ
     * 答えてないんだけど」), or asked for again right after it. Only the session that was read is changed: a second
     * message that got there first leaves it as it is.
     */
    private Response takeBack(UserKey user, Catalog c, InterviewSession session, String messageId) {
        if (!messageId.isEmpty() && messageId.equals(session.lastMessageId())) {
            return control(user, c, InterviewControl.REPEAT, null); // the same request delivered again: taken back once
        }
        int number = session.results().size();
        store.update(user, st -> st.interview().filter(i -> i.id().equals(session.id()) && i.index() == session.index())
                .map(i -> st.withInterview(i.takeBack(clock.instant(), messageId))).orElse(st));
        return thenQuestionAgain(user, c, InterviewReplies.takenBack(c, number));
    }

    /**
     * A question said to have been scored without an answer (「2問いっきに進んだんだけど？…答えてないっす」「今のは回答じゃない」):
     * the last answer is taken back and its question asked again. Empty for any other message, or before anything was
     * answered. {@code messageId} (empty for none) is remembered, so the same message delivered twice takes back one answer.
     */
    public Optional<Response> notAnswered(UserKey user, UserState s, Catalog c, InterviewWords words, String text,
            String messageId) {
        Optional<InterviewSession> running = s.interview().filter(session -> !session.finished() && !session.results().isEmpty());
        if (running.isEmpty() || !words.saysNotAnswered(text)) {
            return Optional.empty();
        }
        return Optional.of(takeBack(user, c, running.get(), messageId));
    }

    /**
     * How someone from a past job would answer the waiting question, asked in words (the caller has read it as a question
     * or a request for a hint or an example; this finds a job of feedback.yml's {@code backgrounds} named in it): the model
     * answer with what that work brings to it. Empty when no job is named, and on the reverse question, whose answer is
     * a question.
     */
    public Optional<Response> fromPastJob(UserState s, Catalog c, Catalog written, String text) {
        Optional<InterviewSession> waiting = s.interview().filter(session -> !session.finished())
                .filter(session -> c.question(session.currentQuestionId()).map(q -> !q.isReverse()).orElse(false));
        // named in the language it is written in ("teacher" in a Japanese interview), told in the interview's
        return waiting.flatMap(session -> PastJobs.named(written.feedback().backgrounds(), text)
                .or(() -> PastJobs.named(c.feedback().backgrounds(), text))
                .flatMap(named -> c.feedback().backgrounds().stream().filter(b -> b.id().equals(named.id())).findFirst())
                .map(past -> Response.direct(List.of(InterviewReplies.exampleFromPastJob(c, session, past)))));
    }

    /**
     * A control said in words ({@code text}) during the interview: as {@link #control}, except that a model answer asked
     * for an earlier question of the running interview (「質問2の模範解答」「さっきの資格の質問の模範解答みせて」) shows that
     * question's example, then the waiting question again.
     */
    public Response controlSaid(UserKey user, UserState s, Catalog c, InterviewControl control, String text) {
        if (control == InterviewControl.EXAMPLE) {
            Optional<Response> earlier = s.interview().filter(session -> !session.finished())
                    .flatMap(session -> EarlierQuestion.named(c, session, text)
                            .filter(id -> !id.equals(session.currentQuestionId())).flatMap(c::question)
                            .map(q -> Response.direct(InterviewReplies.exampleDuring(c, q, session))));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return control(user, c, control, null);
    }

    /** hint, skip, repeat, end, example or share; {@code sessionId} (from a button) must match the live session. */
    public Response control(UserKey user, Catalog c, InterviewControl control, String sessionId) {
        if (control.shares()) {
            return Response.direct(List.of(share.share(user, c, sessionId, control)));
        }
        Instant now = clock.instant();
        Outcome o = store.apply(user, s -> decideControl(s, control, sessionId, now));
        return toResponse(c, c, o, user);
    }

    private Change<Outcome> decideControl(UserState s, InterviewControl control, String sessionId, Instant now) {
        if (s.interview().isEmpty()) {
            return Change.keep(s, new Outcome.None());
        }
        InterviewSession session = s.interview().get();
        if (sessionId != null && !sessionId.equals(session.id())) {
            return Change.keep(s, new Outcome.Stale());
        }
        if (session.idleLongerThan(idleLimit, now)) {
            return Change.to(s.withoutInterview(), new Outcome.Expired(session));
        }
        switch (control) {
            case SKIP -> {
                InterviewSession next = session.record(
                        new InterviewSession.Result(session.currentQuestionId(), 0, true, "", "", ""), now, session.lastMessageId());
                UserState updated = s.withProgress(s.progress().practised(session.currentQuestionId(), now, ""));
                return Change.to(finishIfDone(updated, next), new Outcome.Skipped(next));
            }
            case END -> {
                InterviewSession ended = new InterviewSession(session.id(), session.track(), session.questionIds(),
                        session.questionIds().size(), session.results(), now, session.lastMessageId(), session.lang());
                return Change.to(finishIfDone(s, ended), new Outcome.Ended(ended));
            }
            default -> {
                InterviewSession touched = session.touch(now);
                return Change.to(s.withInterview(touched), new Outcome.Asked(control, touched));
            }
        }
    }

    /** The replies to what an update decided; feedback on an answer in {@code judge}'s language, the rest in {@code c}'s. */
    private Response toResponse(Catalog c, Catalog judge, Outcome o, UserKey user) {
        if (o instanceof Outcome.None) {
            return Response.direct(List.of(InterviewReplies.notice(c, "interview.none_active_title",
                    c.ui().text("interview.none_active"), InterviewReplies.restart(c.ui(), InterviewWords.GENERAL))));
        }
        if (o instanceof Outcome.Stale) {
            return Response.direct(List.of(InterviewReplies.notice(c, "interview.ended_title",
                    c.ui().text("interview.stale_button"), List.of())));
        }
        if (o instanceof Outcome.Expired e) {
            return Response.direct(List.of(expired(c, e.session())));
        }
        if (o instanceof Outcome.Unreadable u) {
            return Response.direct(List.of(InterviewReplies.unreadable(c, u.session())));
        }
        if (o instanceof Outcome.Answered a) {
            List<Reply> replies = new ArrayList<>();
            Reply told = InterviewReplies.feedback(judge, a.question(), a.feedback(), a.next(), a.next().finished());
            replies.add(a.contact() ? InterviewReplies.withContactNote(judge, told) : told);
            replies.addAll(afterStep(c, a.next(), user));
            return finished(Response.direct(replies), a.next());
        }
        if (o instanceof Outcome.Skipped sk) {
            List<Reply> replies = new ArrayList<>();
            replies.add(new Reply(InterviewReplies.TOPIC, c.ui().text("interview.skipped"), List.of(), "", List.of(),
                    java.util.Map.of()));
            replies.addAll(sk.next().drill() ? List.of(InterviewReplies.drillClosed(c, sk.next())) : afterStep(c, sk.next(), user));
            return finished(Response.direct(replies), sk.next());
        }
        if (o instanceof Outcome.Ended e) {
            Reply closing = e.session().drill() ? InterviewReplies.drillClosed(c, e.session()) : InterviewReplies.summary(c, e.session(), share.available(user));
            return finished(Response.direct(List.of(closing)), e.session());
        }
        if (o instanceof Outcome.Asked asked) {
            Reply reply = switch (asked.control()) {
                case HINT -> InterviewReplies.hint(c, asked.session());
                case EXAMPLE -> InterviewReplies.example(c, asked.session());
                case PAUSE -> InterviewReplies.paused(c, asked.session());
                default -> InterviewReplies.question(c, asked.session(), "interview.repeat_title");
            };
            return Response.direct(List.of(reply));
        }
        return Response.direct(List.of()); // a duplicate delivery, or a session that moved on: nothing more to say
    }

    /** A session that ended with a summary changes the user's progress: say so, for App Home. */
    private static Response finished(Response response, InterviewSession next) {
        return next.finished() && !next.drill() ? response.with(new Effect.InterviewFinished()) : response;
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

    private List<Reply> afterStep(Catalog c, InterviewSession next, UserKey user) {
        if (!next.finished()) {
            return List.of(InterviewReplies.question(c, next, null));
        }
        return next.drill() ? List.of() : List.of(InterviewReplies.summary(c, next, share.available(user)));
    }

    /** "1 hour", "2 hours": the key with "_one" appended holds the singular. */
    private static String count(Catalog c, String key, long n) {
        return c.ui().format(n == 1 ? key + "_one" : key, "n", String.valueOf(n));
    }

    private Reply expired(Catalog c, InterviewSession session) {
        return InterviewReplies.notice(c, "interview.expired_title",
                c.ui().format("interview.expired_text", "duration", idleLimit.toMinutes() % 60 == 0
                        ? count(c, "interview.hours", idleLimit.toHours())
                        : count(c, "interview.minutes", idleLimit.toMinutes())),
                InterviewReplies.restart(c.ui(), session.track()));
    }

    /** What one atomic update decided; replies are built from it outside the update. */
    private sealed interface Outcome {
        record None() implements Outcome {}

        record Duplicate() implements Outcome {}

        /** The session moved on between reading it and storing the answer (another message won). */
        record Moved() implements Outcome {}

        record Stale() implements Outcome {}

        record Expired(InterviewSession session) implements Outcome {}

        /** A message with no word to read: nothing recorded, the question asked again. */
        record Unreadable(InterviewSession session) implements Outcome {}

        /** {@code contact}: the answer held a phone number or an e-mail address (removed from what is kept). */
        record Answered(InterviewQuestion question, Feedback feedback, InterviewSession next, boolean contact) implements Outcome {}

        record Skipped(InterviewSession next) implements Outcome {}

        record Ended(InterviewSession session) implements Outcome {}

        record Asked(InterviewControl control, InterviewSession session) implements Outcome {}
    }
}
