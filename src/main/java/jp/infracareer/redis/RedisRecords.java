package jp.infracareer.redis;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.state.Records;

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
        return Optional.ofNullable(Unavailable.unless(() -> redis.hget(prefix + group, name)));
    }

    @Override
    public void put(String group, String name, String value) {
        Unavailable.unless(() -> redis.hset(prefix + group, name, value));
    }

    @Override
    public void remove(String group, String name) {
        Unavailable.unless(() -> redis.hdel(prefix + group, name));
    }

    @Override
    public Map<String, String> group(String group) {
        return Map.copyOf(Unavailable.unless(() -> redis.hgetall(prefix + group)));
    }

    @Override
    public void removeGroup(String group) {
        Unavailable.unless(() -> redis.del(prefix + group));
    }
}
