package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import jp.infracareer.testing.RedisReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The per-user lock across replicas: jobs of one user never overlap; a lock left by a dead replica ends with its lease. */
class RedisUserLockTest {
    @RegisterExtension
    static final RedisReplicas redis = new RedisReplicas();

    @Test
    void aSecondReplicasJobForTheSameUserWaitsForTheFirst() throws Exception {
        RedisUserLock replicaA = new RedisUserLock(redis.one(), "lock-test");
        RedisUserLock replicaB = new RedisUserLock(redis.two(), "lock-test");
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch aInside = new CountDownLatch(1);

        Thread a = new Thread(() -> replicaA.runExclusively("U1", () -> {
            events.add("a-start");
            aInside.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add("a-end");
        }));
        a.start();
        aInside.await();
        replicaB.runExclusively("U1", () -> events.add("b"));
        replicaB.runExclusively("U2", () -> events.add("other user"));
        a.join();

        assertThat(events).containsExactly("a-start", "a-end", "b", "other user");
    }

    @Test
    void aLockLeftByADeadReplicaDelaysTheUserOnlyForTheLease() {
        // a replica took the lock and died: nobody will release it
        redis.one().set("lock-test:lock:U9", "dead-owner", io.lettuce.core.SetArgs.Builder.px(400));
        RedisUserLock survivor = new RedisUserLock(redis.two(), "lock-test", Duration.ofSeconds(5));
        long started = System.nanoTime();
        boolean[] ran = new boolean[1];

        survivor.runExclusively("U9", () -> ran[0] = true);

        long waited = (System.nanoTime() - started) / 1_000_000;
        assertThat(ran[0]).isTrue();
        assertThat(waited).as("waited for the dead replica's lease (400 ms), not longer than ours").isBetween(200L, 4_000L);
    }
}
