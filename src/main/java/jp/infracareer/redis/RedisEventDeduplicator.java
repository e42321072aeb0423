package jp.infracareer.redis;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import jp.infracareer.slack.EventDeduplicator;

/**
 * Event ids claimed in Redis with SET NX and an expiry, before any side effect: of several replicas that
 * receive the same event (Slack's retry lands on another one), exactly one handles it.
 */
public final class RedisEventDeduplicator implements EventDeduplicator {
    private final RedisCommands<String, String> redis;
    private final String prefix;

    public RedisEventDeduplicator(RedisCommands<String, String> redis, String namespace) {
        this.redis = redis;
        this.prefix = namespace + ":event:";
    }

    @Override
    public boolean firstTime(String eventId) {
        if (eventId == null || eventId.isEmpty()) {
            return true;
        }
        try {
            return "OK".equals(redis.set(prefix + eventId, "1", SetArgs.Builder.nx().px(KEEP.toMillis())));
        } catch (io.lettuce.core.RedisException e) {
            // without Redis no claim can be made: handle it here rather than lose it (a retry may then
            // be answered twice, which is better than not at all)
            return true;
        }
    }

    @Override
    public void release(String eventId) {
        if (eventId != null && !eventId.isEmpty()) {
            try {
                redis.del(prefix + eventId);
            } catch (io.lettuce.core.RedisException e) {
                // the claim expires on its own
            }
        }
    }
}
