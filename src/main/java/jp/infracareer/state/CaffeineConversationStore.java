package jp.infracareer.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
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
    public UserState update(UserKey key, UnaryOperator<UserState> change) {
        UserState updated = cache.asMap().compute(key, (k, old) -> {
            UserState next = change.apply(old == null ? UserState.EMPTY : old);
            return next == null || next.isEmpty() ? null : next;
        });
        return updated == null ? UserState.EMPTY : updated;
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
