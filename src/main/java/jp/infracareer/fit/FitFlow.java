package jp.infracareer.fit;

import jp.infracareer.state.FitSession;
import jp.infracareer.state.UserState;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.FitQuiz;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.kernel.UserKey;

/**
 * Runs the aptitude quiz: one question at a time, answers kept per user in the store and changed in one
 * atomic update each, so a double click or a click on an old message cannot skip or repeat a question.
 */
public final class FitFlow {
    private final ConversationStore store;
    private final Clock clock;
    private final RandomGenerator random;

    public FitFlow(ConversationStore store, Clock clock, RandomGenerator random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    public Reply start(UserKey user, Catalog c) {
        FitSession session = new FitSession(HexFormat.of().toHexDigits(random.nextLong()).substring(0, 10), List.of(), clock.instant());
        store.update(user, s -> s.withFit(session));
        return FitReplies.question(c, session, "");
    }

    /** Back to the quiz in progress, at the question it stopped at; or a note and a start button when there is none. */
    public Reply resume(UserKey user, Catalog c) {
        return store.get(user).fit().filter(f -> f.next() < c.fit().questions().size())
                .map(f -> FitReplies.question(c, f, c.ui().text("fit.resumed")))
                .orElseGet(() -> FitReplies.finished(c));
    }

    /** A button: option {@code optionId} for question {@code index} of quiz {@code sessionId}. */
    public Reply answer(UserKey user, Catalog c, String sessionId, int index, String optionId) {
        return answer(user, c, sessionId, index, optionId, "");
    }

    /**
     * A message typed while a question waits (a DM or the console), read as its answer: a choice's number,
     * label or other words, or "no preference". Empty when it is no answer (a question about something else,
     * help), or the quiz has been left alone for {@link #TYPED_IDLE}: the message is then answered as any other.
     */
    public Optional<Reply> typed(UserKey user, Optional<FitSession> session, Catalog c, String text) {
        FitQuiz quiz = c.fit();
        if (!waiting(session, quiz)) {
            return Optional.empty();
        }
        FitSession s = session.get();
        if (TypedAnswer.asksBack(quiz, text)) {
            return Optional.of(back(user, c, s.id(), s.next()));
        }
        if (TypedAnswer.asksStop(quiz, text)) {
            store.update(user, st -> st.fit().filter(f -> f.id().equals(s.id())).isPresent() ? st.withFit(null) : st);
            return Optional.of(FitReplies.stopped(c));
        }
        FitQuiz.Question question = quiz.questions().get(s.next());
        return TypedAnswer.read(quiz, question, text).map(a -> answer(user, c, s.id(), s.next(), a.optionId(),
                a.noPreference() ? c.ui().text("fit.typed_no_preference")
                        : c.ui().format("fit.typed_taken", "label", question.options().stream()
                                .filter(o -> o.id().equals(a.optionId())).findFirst().orElseThrow().label())));
    }

    /**
     * The waiting question again, told that what was typed matched none of its options ("hmm the one about flows i
     * guess"): for a message the advisor could not read as anything else, while a question waits. Empty when no
     * question waits (as for {@link #typed}).
     */
    public Optional<Reply> notAnOption(Optional<FitSession> session, Catalog c) {
        return waiting(session, c.fit()) ? Optional.of(FitReplies.question(c, session.get(), c.ui().text("fit.not_an_option")))
                : Optional.empty();
    }

    /**
     * The waiting question again with what each of its options means, for a question about the options asked while it
     * waits (「2と3の違いは？」, "what is the difference of option 2 and 3?", which a twenty-third trial saw answered with
     * the stages page). Empty when no question waits or the message does not ask about them (fit.yml about_options).
     */
    public Optional<Reply> explainOptions(Optional<FitSession> session, Catalog c, String text) {
        if (!waiting(session, c.fit())) {
            return Optional.empty();
        }
        if (!TypedAnswer.asksAboutOptions(c.fit(), text)) {
            return Optional.empty();
        }
        FitQuiz.Question q = c.fit().questions().get(session.get().next());
        StringBuilder note = new StringBuilder(c.ui().text("fit.options_explained"));
        for (int i = 0; i < q.options().size(); i++) {
            note.append("\n").append(i + 1).append(". ").append(q.options().get(i).label()).append(": ").append(q.options().get(i).reason());
        }
        return Optional.of(FitReplies.question(c, session.get(), note.toString()));
    }

    /** True when a quiz question waits for an answer typed now (not days later: see {@link #TYPED_IDLE}). */
    private boolean waiting(Optional<FitSession> session, FitQuiz quiz) {
        return session.isPresent() && session.get().next() < quiz.questions().size()
                && !session.get().lastActivity().plus(TYPED_IDLE).isBefore(clock.instant());
    }

    /**
     * A short word typed days later (「わからない」) is about something else, not a quiz the user has forgotten;
     * the buttons of the quiz still work.
     */
    static final Duration TYPED_IDLE = Duration.ofHours(2);

    /**
     * Back from question {@code index} to the one before, its answer taken back (a button, or 「前の質問に戻りたい」 typed
     * while a question waits); an old click shows where the quiz is, and the first question has nothing before it.
     */
    public Reply back(UserKey user, Catalog c, String sessionId, int index) {
        return onQuiz(user, c, sessionId, (s, session, reply) -> {
            if (index != session.next() || session.next() == 0) {
                reply.set(FitReplies.question(c, session, c.ui().text(index != session.next() ? "fit.back_moved_on" : "fit.nothing_before")));
                return s;
            }
            FitSession earlier = session.back(clock.instant());
            reply.set(FitReplies.question(c, earlier, c.ui().text("fit.went_back")));
            return s.withFit(earlier);
        });
    }

    /** One step on quiz {@code sessionId}, in one atomic update of the user's state. */
    private interface Step {
        UserState apply(UserState s, FitSession session, AtomicReference<Reply> reply);
    }

    /** Runs {@code step} on the quiz a button belongs to; a click on a quiz that has ended or been replaced is told so. */
    private Reply onQuiz(UserKey user, Catalog c, String sessionId, Step step) {
        AtomicReference<Reply> reply = new AtomicReference<>();
        store.update(user, s -> {
            if (s.fit().isEmpty() || !s.fit().get().id().equals(sessionId)) {
                reply.set(FitReplies.finished(c));
                return s;
            }
            return step.apply(s, s.fit().get(), reply);
        });
        return reply.get();
    }

    private Reply answer(UserKey user, Catalog c, String sessionId, int index, String optionId, String notice) {
        FitQuiz quiz = c.fit();
        return onQuiz(user, c, sessionId, (s, session, reply) -> {
            boolean valid = index == session.next() && index < quiz.questions().size()
                    && (optionId.equals(TypedAnswer.NO_PREFERENCE)
                            || quiz.questions().get(index).options().stream().anyMatch(o -> o.id().equals(optionId)));
            if (!valid) {
                // an old or repeated click: show where the quiz really is
                reply.set(FitReplies.question(c, session, c.ui().text("fit.already_answered")));
                return s;
            }
            FitSession next = session.answer(optionId, clock.instant());
            if (next.next() < quiz.questions().size()) {
                reply.set(FitReplies.question(c, next, notice));
                return s.withFit(next);
            }
            reply.set(FitReplies.result(c, FitResult.of(quiz, next.answers()), notice));
            return s.withFit(null);
        });
    }
}
