package jp.infracareer.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers Slack event ids for a while, so an event that Slack delivers again (a retry after a slow ack,
 * X-Slack-Retry-Num 1..3, up to about 5 minutes later) is handled once. In memory for one process; a shared
 * implementation (Redis) makes it hold across replicas.
 */
public interface EventDeduplicator {
    /** How long an id is remembered: longer than Slack's retries take. */
    Duration KEEP = Duration.ofMinutes(10);

    /** True the first time an id is seen; false for every repeat. Atomic under concurrent deliveries. */
    boolean firstTime(String eventId);

    /** Lets an id be handled again: its work could not be queued, and Slack's retry should get through. */
    void release(String eventId);

    /**
     * For a user's message: true the first time both its event id and its client message id are seen. One
     * message can arrive as several events (different event ids, the same {@code client_msg_id}).
     */
    default boolean firstTimeMessage(String eventId, String clientMsgId) {
        if (!firstTime(eventId)) {
            return false;
        }
        return clientMsgId == null || clientMsgId.isEmpty() || firstTime("msg:" + clientMsgId);
    }

    /** Releases both claims of {@link #firstTimeMessage}. */
    default void releaseMessage(String eventId, String clientMsgId) {
        release(eventId);
        if (clientMsgId != null && !clientMsgId.isEmpty()) {
            release("msg:" + clientMsgId);
        }
    }

    /** One process's memory, bounded like every cache here. */
    static EventDeduplicator inMemory(long maxIds, Ticker ticker) {
        Cache<String, Boolean> seen = Caffeine.newBuilder().maximumSize(maxIds).expireAfterWrite(KEEP).ticker(ticker)
                .executor(Runnable::run).build();
        return new EventDeduplicator() {
            @Override
            public boolean firstTime(String eventId) {
                return eventId == null || eventId.isEmpty() || seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
            }

            @Override
            public void release(String eventId) {
                if (eventId != null) {
                    seen.invalidate(eventId);
                }
            }
        };
    }
}
