package jp.infracareer.state;

import java.util.function.UnaryOperator;

/**
 * Per-user state, keyed by (team id, user id). Small on purpose, so that a shared store (Redis) can
 * implement it later for several replicas.
 */
public interface ConversationStore {

    /** The user's state, or {@link UserState#EMPTY} if nothing is held. */
    UserState get(UserKey key);

    /**
     * Replaces the user's state with {@code change} applied to it, atomically: two updates for the same
     * user never interleave, so neither is lost. Returns the new state. A change that returns
     * {@link UserState#EMPTY} removes the entry.
     */
    UserState update(UserKey key, UnaryOperator<UserState> change);

    /** Deletes everything held about the user. */
    void forget(UserKey key);

    /** How many users have state now (approximate for caches). */
    long size();

    /** How many users' state matches, for metrics (a full scan: not for the request path). */
    long count(java.util.function.Predicate<UserState> match);
}
