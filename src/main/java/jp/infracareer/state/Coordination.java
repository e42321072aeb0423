package jp.infracareer.state;

import java.time.Clock;
import java.time.Duration;

/**
 * What replicas agree on besides users' state: who runs the schedule (lease), drafts any replica can take
 * once, and the pace of posts to a channel. In one process all three are local.
 */
public record Coordination(Lease lease, OneTimeValues drafts, Pacing pacing) {
    /** One process: always the leader, drafts in memory, pacing on {@code clock}. */
    public static Coordination local(Clock clock) {
        return new Coordination(Lease.solo(), OneTimeValues.inMemory(Duration.ofHours(1)), Pacing.local(clock));
    }
}
