package jp.infracareer.state;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import jp.infracareer.kernel.UserKey;

/**
 * Per-user state, keyed by (team id, user id). Small on purpose, so that a shared store (Redis) can
 * implement it for several replicas. Every implementation passes the same contract tests.
 */
public interface ConversationStore {
    /** The user's state, or {@link UserState#EMPTY} if nothing is held. */
    UserState get(UserKey key);

    /**
     * Applies {@code change} to the user's state atomically and returns its decision: two changes for the
     * same user never interleave, so neither is lost. {@code change} must be pure (no side effects, the same
     * result for the same state): a shared store may run it more than once. A next state equal to
     * {@link UserState#EMPTY} removes the entry.
     */
    <R> R apply(UserKey key, Function<UserState, Change<R>> change);

    /** {@link #apply} for a change without a decision; returns the new state. */
    default UserState update(UserKey key, UnaryOperator<UserState> change) {
        return apply(key, s -> {
            UserState next = change.apply(s);
            return Change.to(next == null ? UserState.EMPTY : next, next == null ? UserState.EMPTY : next);
        });
    }

    /** Applies a pure {@code change} to every user held (a sweep, off the request path). */
    void updateAll(UnaryOperator<UserState> change);

    /** Deletes everything held about the user. */
    void forget(UserKey key);

    /** Deletes everything held about every user of a workspace (the app was uninstalled there). */
    void forgetTeam(String teamId);

    /** How many users have state now (approximate for caches). */
    long size();

    /** How many users' state matches, for metrics (a full scan: not for the request path). */
    long count(Predicate<UserState> match);
}
