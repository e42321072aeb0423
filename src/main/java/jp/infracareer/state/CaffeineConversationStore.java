package jp.infracareer.state;

import jp.infracareer.kernel.UserKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The default store: in memory, bounded in size, and forgetting users idle for longer than {@code idle}. */
public final class CaffeineConversationStore implements ConversationStore {
    private final Cache<UserKey, UserState> cache;

    public CaffeineConversationStore(long maxUsers, Duration idle, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxUsers)
                .expireAfterAccess(idle)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                // eviction work on the caller's thread keeps tests deterministic and avoids a pool
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** Cache size, hits, misses and evictions as metrics named conversations. */
    public void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, cache, "conversations");
    }

    @Override
    public UserState get(UserKey key) {
        UserState state = cache.asMap().get(key);
        return state == null ? UserState.EMPTY : state;
    }

    @Override
    public <R> R apply(UserKey key, Function<UserState, Change<R>> change) {
        // ConcurrentHashMap.compute runs the function exactly once per call, atomically for the key
        Object[] decision = new Object[1];
        cache.asMap().compute(key, (k, old) -> {
            Change<R> c = change.apply(old == null ? UserState.EMPTY : old);
            decision[0] = c.decision();
            return c.next().isEmpty() ? null : c.next();
        });
        @SuppressWarnings("unchecked")
        R result = (R) decision[0];
        return result;
    }

    @Override
    public void forgetTeam(String teamId) {
        cache.asMap().keySet().removeIf(user -> user.teamId().equals(teamId));
    }

    @Override
    public void updateAll(UnaryOperator<UserState> change) {
        // only entries the change really alters are written, so a sweep does not refresh everyone's idle time
        for (var entry : cache.asMap().entrySet()) {
            if (!change.apply(entry.getValue()).equals(entry.getValue())) {
                cache.asMap().computeIfPresent(entry.getKey(), (k, current) -> {
                    UserState next = change.apply(current);
                    return next == null || next.isEmpty() ? null : next;
                });
            }
        }
    }

    @Override
    public void forget(UserKey key) {
        cache.invalidate(key);
    }

    @Override
    public long count(java.util.function.Predicate<UserState> match) {
        return cache.asMap().values().stream().filter(match).count();
    }

    @Override
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
