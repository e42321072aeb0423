package jp.infracareer.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.infracareer.state.Records;
import jp.infracareer.state.StoreUnavailableException;

/** Records in Redis, a hash per group (no expiry: installations last until the app is uninstalled). */
public final class RedisRecords implements Records {
    private final RedisCommands<String, String> redis;
    private final String prefix;

    public RedisRecords(RedisCommands<String, String> redis, String namespace) {
        this.redis = redis;
        this.prefix = namespace + ":rec:";
    }

    @Override
    public Optional<String> get(String group, String name) {
        return Optional.ofNullable(call(() -> redis.hget(prefix + group, name)));
    }

    @Override
    public void put(String group, String name, String value) {
        call(() -> redis.hset(prefix + group, name, value));
    }

    @Override
    public void remove(String group, String name) {
        call(() -> redis.hdel(prefix + group, name));
    }

    @Override
    public Map<String, String> group(String group) {
        return Map.copyOf(call(() -> redis.hgetall(prefix + group)));
    }

    @Override
    public void removeGroup(String group) {
        call(() -> redis.del(prefix + group));
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new StoreUnavailableException("Redis: " + e.getClass().getSimpleName(), e);
        }
    }
}
