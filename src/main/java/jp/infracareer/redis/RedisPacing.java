package jp.infracareer.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import jp.infracareer.state.Pacing;

/**
 * Slots reserved in Redis on Redis's own clock (so replicas' clocks need not agree): one script reads the next
 * free time, moves it on by the spacing and returns how long the caller waits.
 */
public final class RedisPacing implements Pacing {
    private static final String RESERVE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local free = tonumber(redis.call('GET', KEYS[1]) or '0')
            local slot = math.max(now, free)
            redis.call('SET', KEYS[1], tostring(slot + tonumber(ARGV[1])), 'PX', slot - now + 2 * tonumber(ARGV[1]))
            return slot - now
            """;

    private final RedisCommands<String, String> redis;
    private final String prefix;

    public RedisPacing(RedisCommands<String, String> redis, String namespace) {
        this.redis = redis;
        this.prefix = namespace + ":pace:";
    }

    @Override
    public long reserve(String name, Duration spacing) {
        try {
            Long wait = redis.eval(RESERVE, ScriptOutputType.INTEGER, new String[] {prefix + name}, String.valueOf(spacing.toMillis()));
            return wait == null ? 0 : Math.max(0, wait);
        } catch (RedisException e) {
            // without Redis, space by this replica's own pace: wait one spacing
            return spacing.toMillis();
        }
    }
}
