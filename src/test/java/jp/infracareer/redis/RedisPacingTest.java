package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.testing.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Channel pacing shared by replicas: slots one spacing apart whichever replica asks, per channel. */
class RedisPacingTest {
    private static RedisServer server;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> one;
    private static StatefulRedisConnection<String, String> two;

    @BeforeAll
    static void start() throws Exception {
        server = RedisServer.start();
        client = RedisClient.create(server.url());
        one = client.connect();
        two = client.connect();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            one.close();
            two.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twoReplicasPostingToOneChannelGetSlotsOneSecondApart() {
        RedisPacing replicaA = new RedisPacing(one.sync(), "pace-test");
        RedisPacing replicaB = new RedisPacing(two.sync(), "pace-test");
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
