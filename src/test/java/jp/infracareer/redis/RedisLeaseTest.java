package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import jp.infracareer.testing.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lease that lets one replica run the schedule: exclusive, renewable, handed over when its holder dies. */
class RedisLeaseTest {
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
    void oneHolderAtATimeWhoRenewsItAndAHandoverWhenItStopsRenewing() throws Exception {
        RedisLease replicaA = new RedisLease(one.sync(), "lease-test");
        RedisLease replicaB = new RedisLease(two.sync(), "lease-test");
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
