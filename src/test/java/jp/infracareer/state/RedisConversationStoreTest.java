package jp.infracareer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.infracareer.kernel.Lang;
import jp.infracareer.redis.RedisConversationStore;
import jp.infracareer.testing.RedisReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Redis store against a real redis-server: the shared contract, plus what only a shared store must do:
 * two replicas (two connections) see one state and never lose each other's changes, and idle users expire.
 */
class RedisConversationStoreTest extends ConversationStoreContract {
    private static final Duration IDLE = Duration.ofDays(30);
    @RegisterExtension
    static final RedisReplicas redis = new RedisReplicas();

    @Override
    protected ConversationStore newStore() {
        redis.server().flushAll();
        return new RedisConversationStore(redis.one(), "icadv-test", IDLE);
    }

    private RedisConversationStore otherReplica() {
        return new RedisConversationStore(redis.two(), "icadv-test", IDLE);
    }

    @Test
    void twoReplicasShareOneStateAndNeitherLosesTheOthersChanges() throws Exception {
        ConversationStore a = newStore();
        ConversationStore b = otherReplica();
        a.update(alice, s -> s.withLang(Lang.EN));
        assertThat(b.get(alice).lang()).contains(Lang.EN);

        // both replicas count answers for the same user at once: every increment survives
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ConversationStore replica = i % 2 == 0 ? a : b;
            all.add(CompletableFuture.runAsync(() -> replica.update(alice, s -> s.withLang(
                    s.lang().orElse(Lang.JA) == Lang.JA ? Lang.EN : Lang.JA)), pool));
        }
        all.forEach(CompletableFuture::join);
        pool.shutdown();
        // 200 flips from EN end at EN only if none was lost or applied twice
        assertThat(a.get(alice).lang()).contains(Lang.EN);
    }

    @Test
    void stateExpiresAfterTheIdleTimeAndAReadRenewsIt() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.EN));
        String key = "icadv-test:state:" + alice.teamId() + ":" + alice.userId();
        var commands = redis.two();

        commands.pexpire(key, 5_000);
        store.get(alice);

        assertThat(commands.pttl(key)).isGreaterThan(IDLE.toMillis() - 60_000).isLessThanOrEqualTo(IDLE.toMillis());
    }

    @Test
    void whatIsStoredIsVersionedJson() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.EN));

        String json = redis.two().get("icadv-test:state:" + alice.teamId() + ":" + alice.userId());
        assertThat(json).startsWith("{\"schema\":" + StateJson.SCHEMA);
    }
}
