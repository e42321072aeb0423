package jp.infracareer.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived values that are used once (an announcement draft waiting for its Post button): put under an
 * id, taken atomically, so of two clicks (on two replicas) exactly one gets the value.
 */
public interface OneTimeValues {
    void put(String id, String value, Duration ttl);

    /** The value, removed in the same step; empty when absent, expired or already taken. */
    Optional<String> take(String id);

    /** In this process only, bounded. */
    static OneTimeValues inMemory(Duration ttl) {
        Cache<String, String> values = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
        return new OneTimeValues() {
            @Override
            public void put(String id, String value, Duration ignored) {
                values.put(id, value);
            }

            @Override
            public Optional<String> take(String id) {
                return Optional.ofNullable(values.asMap().remove(id));
            }
        };
    }
}
