package jp.infracareer.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import jp.infracareer.state.Lease;

/**
 * A lease in Redis: the key holds the owner's random id with an expiry; the owner renews it, anyone takes it
 * once it has expired. Taking and renewing are one script, so two replicas can never both hold it.
 */
public final class RedisLease implements Lease {
    private static final String TAKE_OR_RENEW = """
            local owner = redis.call('GET', KEYS[1])
            if owner == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
            if owner then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final String owner = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    public RedisLease(RedisCommands<String, String> redis, String namespace) {
        this.redis = redis;
        this.prefix = namespace + ":lease:";
    }

    @Override
    public boolean holds(String name, Duration ttl) {
        try {
            Long held = redis.eval(TAKE_OR_RENEW, ScriptOutputType.INTEGER, new String[] {prefix + name}, owner,
                    String.valueOf(ttl.toMillis()));
            return held != null && held == 1L;
        } catch (RedisException e) {
            // cannot tell who holds it: do not act, someone else may be
            return false;
        }
    }
}
