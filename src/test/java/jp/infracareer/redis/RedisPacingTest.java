package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.testing.RedisReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Channel pacing shared by replicas: slots one spacing apart whichever replica asks, per channel. */
class RedisPacingTest {
    @RegisterExtension
    static final RedisReplicas redis = new RedisReplicas();

    @Test
    void twoReplicasPostingToOneChannelGetSlotsOneSecondApart() {
        RedisPacing replicaA = new RedisPacing(redis.one(), "pace-test");
        RedisPacing replicaB = new RedisPacing(redis.two(), "pace-test");
        Duration second = Duration.ofSeconds(1);

        List<Long> waits = new ArrayList<>();
        waits.add(replicaA.reserve("C1", second));
        waits.add(replicaB.reserve("C1", second));
        waits.add(replicaA.reserve("C1", second));
        waits.add(replicaB.reserve("C1", second));
        long otherChannel = replicaB.reserve("C2", second);

        assertThat(waits.get(0)).isBetween(0L, 50L);
        assertThat(waits.get(1)).isBetween(900L, 1_000L);
        assertThat(waits.get(2)).isBetween(1_900L, 2_000L);
        assertThat(waits.get(3)).isBetween(2_900L, 3_000L);
        assertThat(otherChannel).as("another channel has its own pace").isBetween(0L, 50L);
    }
}
