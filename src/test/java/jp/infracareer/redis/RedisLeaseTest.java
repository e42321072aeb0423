package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.testing.RedisReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lease that lets one replica run the schedule: exclusive, renewable, handed over when its holder dies. */
class RedisLeaseTest {
    @RegisterExtension
    static final RedisReplicas redis = new RedisReplicas();

    @Test
    void oneHolderAtATimeWhoRenewsItAndAHandoverWhenItStopsRenewing() throws Exception {
        RedisLease replicaA = new RedisLease(redis.one(), "lease-test");
        RedisLease replicaB = new RedisLease(redis.two(), "lease-test");
        Duration ttl = Duration.ofMillis(600);

        assertThat(replicaA.holds("schedule", ttl)).isTrue();
        assertThat(replicaB.holds("schedule", ttl)).isFalse();
        assertThat(replicaA.holds("schedule", ttl)).as("renewed by its holder").isTrue();
        assertThat(replicaB.holds("other-role", ttl)).as("another role is free").isTrue();

        // replica A dies (stops renewing): B takes over once the lease has run out
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        boolean tookOver = false;
        while (!tookOver && System.nanoTime() < deadline) {
            Thread.sleep(50);
            tookOver = replicaB.holds("schedule", ttl);
        }
        assertThat(tookOver).isTrue();
        assertThat(replicaA.holds("schedule", ttl)).as("the old holder no longer holds it").isFalse();
    }
}
