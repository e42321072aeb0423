package jp.infracareer.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces actions on a shared resource (posts to one channel: Slack allows about one a second): each caller
 * reserves the next free slot and waits until it comes. Shared through Redis, the spacing holds across replicas.
 */
public interface Pacing {
    /** Reserves the next slot of {@code name}, at least {@code spacing} after the previous one; returns the wait in ms. */
    long reserve(String name, Duration spacing);

    /** In this process, on {@code clock} (tests move it). */
    static Pacing local(Clock clock) {
        ConcurrentHashMap<String, Instant> next = new ConcurrentHashMap<>();
        return (name, spacing) -> {
            Instant now = clock.instant();
            Instant slot = next.compute(name, (k, free) -> free == null || free.isBefore(now) ? now.plus(spacing) : free.plus(spacing))
                    .minus(spacing);
            return Math.max(0, Duration.between(now, slot).toMillis());
        };
    }
}
