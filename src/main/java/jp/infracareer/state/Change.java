package jp.infracareer.state;

import java.util.Objects;

/**
 * What one state update decided: the user's next state and a decision for the caller to act on.
 * Built by a pure function of the old state, so a store may run it again (an optimistic retry in a shared
 * store) and only the run that was stored counts; side effects happen after, from {@code decision}.
 */
public record Change<R>(UserState next, R decision) {
    public Change {
        Objects.requireNonNull(next, "next");
    }

    /** The state stays as it is. */
    public static <R> Change<R> keep(UserState state, R decision) {
        return new Change<>(state, decision);
    }

    public static <R> Change<R> to(UserState next, R decision) {
        return new Change<>(next, decision);
    }
}
