package jp.infracareer.redis;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import jp.infracareer.state.OneTimeValues;

/** One-time values in Redis: SET with an expiry, taken with GETDEL, so any replica can take it, once. */
public final class RedisOneTimeValues implements OneTimeValues {
    private final RedisCommands<String, String> redis;
    private final String prefix;

    public RedisOneTimeValues(RedisCommands<String, String> redis, String namespace) {
        this.redis = redis;
        this.prefix = namespace + ":once:";
    }

    @Override
    public void put(String id, String value, Duration ttl) {
        Unavailable.unless(() -> redis.set(prefix + id, value, SetArgs.Builder.px(ttl.toMillis())));
    }

    @Override
    public Optional<String> take(String id) {
        return Optional.ofNullable(Unavailable.unless(() -> redis.getdel(prefix + id)));
    }
}
