package jp.infracareer.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers Slack event ids for a while, so an event that Slack delivers again (a retry after a slow ack,
 * X-Slack-Retry-Num 1..3, up to about 5 minutes later) is handled once. Bounded, like every cache here.
 */
public final class EventDeduplicator {
    static final Duration KEEP = Duration.ofMinutes(10);
    private final Cache<String, Boolean> seen;

    public EventDeduplicator(long maxIds, Ticker ticker) {
        seen = Caffeine.newBuilder().maximumSize(maxIds).expireAfterWrite(KEEP).ticker(ticker)
                .executor(Runnable::run).build();
    }

    /** Lets an id be handled again: its work could not be queued, and Slack's retry should get through. */
    public void release(String eventId) {
        if (eventId != null) {
            seen.invalidate(eventId);
        }
    }

    /** True the first time an id is seen; false for every repeat. Atomic under concurrent deliveries. */
    public boolean firstTime(String eventId) {
        if (eventId == null || eventId.isEmpty()) {
            return true;
        }
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
