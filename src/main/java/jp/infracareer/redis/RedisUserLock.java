package jp.infracareer.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import jp.infracareer.slack.UserLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A per-user lock in Redis with an expiry: SET NX PX with a random token, released only by its holder. A
 * replica that dies holding it (or a release lost in a Redis outage) delays the user by at most the lease; a job that outlives it may overlap
 * the next one, which the store's compare-and-set keeps from losing any change.
 */
public final class RedisUserLock implements UserLock {
    /** Longer than a job normally takes (two posts); short enough that an orphaned lock is a short wait. */
    static final Duration LEASE = Duration.ofSeconds(10);
    private static final long POLL_MS = 10;
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;
    private static final Logger log = LoggerFactory.getLogger(RedisUserLock.class);

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final Duration lease;

    public RedisUserLock(RedisCommands<String, String> redis, String namespace) {
        this(redis, namespace, LEASE);
    }

    RedisUserLock(RedisCommands<String, String> redis, String namespace, Duration lease) {
        this.redis = redis;
        this.prefix = namespace + ":lock:";
        this.lease = lease;
    }

    @Override
    public void runExclusively(Object key, Runnable task) {
        String lock = prefix + key;
        String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        boolean held = acquire(lock, token);
        // a job may outlive the lease (Slack's Retry-After can be long): renew it while the job runs
        java.util.concurrent.ScheduledFuture<?> renewal = held ? RENEWER.scheduleAtFixedRate(() -> renew(lock, token),
                lease.toMillis() / 3, lease.toMillis() / 3, java.util.concurrent.TimeUnit.MILLISECONDS) : null;
        try {
            task.run();
        } finally {
            if (renewal != null) {
                renewal.cancel(false);
            }
            if (held) {
                release(lock, token);
            }
        }
    }

    private boolean acquire(String lock, String token) {
        long deadline = System.nanoTime() + lease.toNanos();
        try {
            while (!"OK".equals(redis.set(lock, token, SetArgs.Builder.nx().px(lease.toMillis())))) {
                if (System.nanoTime() > deadline) {
                    log.warn("a user's lock was still held after {} ms; going ahead", lease.toMillis());
                    return false;
                }
                Thread.sleep(POLL_MS);
            }
            return true;
        } catch (RedisException e) {
            // without Redis nothing can be stored either: the job runs and tells the user to try again
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final String RENEW = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """;
    private static final java.util.concurrent.ScheduledExecutorService RENEWER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "user-lock-renewal");
                t.setDaemon(true);
                return t;
            });

    private void renew(String lock, String token) {
        try {
            redis.eval(RENEW, ScriptOutputType.INTEGER, new String[] {lock}, token, String.valueOf(lease.toMillis()));
        } catch (RedisException e) {
            // the lease runs out on its own; the next renewal may succeed
        }
    }

    private void release(String lock, String token) {
        try {
            redis.eval(RELEASE, ScriptOutputType.INTEGER, new String[] {lock}, token);
        } catch (RedisException e) {
            // it expires on its own
        }
    }
}
