package jp.infracareer.wiring;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import jp.infracareer.config.Config;
import jp.infracareer.redis.RedisState;
import jp.infracareer.slack.EventDeduplicator;
import jp.infracareer.slack.UserLock;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.Coordination;

/**
 * Where state lives: in this process (Caffeine, the default, so the quick start needs nothing else), or in
 * Redis when {@code REDIS_URL} is set, shared by every replica, kept across deploys and crashes.
 */
public final class StateBackend implements AutoCloseable {
    private final ConversationStore store;
    private final EventDeduplicator events;
    private final Optional<RedisState> redis;

    private StateBackend(ConversationStore store, EventDeduplicator events, Optional<RedisState> redis) {
        this.store = store;
        this.events = events;
        this.redis = redis;
    }

    public static StateBackend open(Config config, Ticker ticker) {
        if (config.redisUrl().isPresent()) {
            RedisState redis = RedisState.connect(config.redisUrl().get(), config.profileIdle());
            return new StateBackend(redis.store(), redis.events(), Optional.of(redis));
        }
        return new StateBackend(new CaffeineConversationStore(config.maxUsers(), config.profileIdle(), ticker),
                EventDeduplicator.inMemory(100_000, ticker), Optional.empty());
    }

    public ConversationStore store() {
        return store;
    }

    /** Lease, drafts and channel pacing: shared through Redis, or local to this process on {@code clock}. */
    public Coordination coordination(java.time.Clock clock) {
        return redis.map(r -> new Coordination(r.lease(), r.oneTimeValues(), r.pacing()))
                .orElseGet(() -> Coordination.local(clock));
    }

    /** Keeps one user's replies in order across replicas (nothing to do in one process). */
    public UserLock userLock() {
        return redis.<UserLock>map(RedisState::userLock).orElse(UserLock.local());
    }

    /** Workspaces' installations and settings: in Redis, shared, or in files under {@code dataDir}. */
    public jp.infracareer.state.Records records(java.nio.file.Path dataDir) {
        return redis.<jp.infracareer.state.Records>map(RedisState::records)
                .orElseGet(() -> new jp.infracareer.state.FileRecords(dataDir));
    }

    /**
     * Installs under way (OAuth states, ten minutes each): in Redis so that the callback may reach any
     * replica; in memory for one process, where a restart mid-install only means "start again".
     */
    public jp.infracareer.state.OneTimeValues installStates(java.time.Duration ttl) {
        return redis.<jp.infracareer.state.OneTimeValues>map(RedisState::oneTimeValues)
                .orElseGet(() -> jp.infracareer.state.OneTimeValues.inMemory(ttl));
    }

    public EventDeduplicator events() {
        return events;
    }

    /** True when the store can be used now: always in memory; for Redis, when it answers. */
    public boolean ready() {
        return redis.map(RedisState::ready).orElse(true);
    }

    /** Failed calls to the shared store so far (0 in memory). */
    public long failures() {
        return redis.map(r -> r.store().failures()).orElse(0L);
    }

    @Override
    public void close() {
        redis.ifPresent(RedisState::close);
    }
}
