package jp.infracareer.broadcast;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import jp.infracareer.kernel.Reply;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.state.Pacing;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.slack.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way posts reach a channel. At most one message a second per channel (Slack's limit for
 * chat.postMessage); 429 and 5xx retried by the {@link Outbox}. Every post carries message metadata with a
 * unique post id, so after a timeout (when the post may or may not have landed) the channel's history is
 * asked before trying again: a post is neither lost silently nor doubled. Failures are counted and logged
 * without the text.
 */
public final class ChannelPoster {
    private static final Duration SPACING = Duration.ofSeconds(1);
    private static final int ATTEMPTS = 3;
    private static final long LANDING_WAIT_MS = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ChannelPoster.class);

    /** Asked on every call: a workspace's token may rotate, so it is never held longer than one call. */
    private final java.util.function.Supplier<MethodsClient> client;
    private final Outbox outbox;
    private final Metrics metrics;
    private final Clock clock;
    private final Outbox.Sleeper sleeper;
    private final Pacing pacing;

    public ChannelPoster(MethodsClient client, Outbox outbox, Metrics metrics, Clock clock, Outbox.Sleeper sleeper) {
        this(client, outbox, metrics, clock, sleeper, Pacing.local(clock));
    }

    /** With the pacing shared by every replica (Redis), so one post a second per channel holds for all of them. */
    public ChannelPoster(MethodsClient client, Outbox outbox, Metrics metrics, Clock clock, Outbox.Sleeper sleeper,
            Pacing pacing) {
        this(() -> client, outbox, metrics, clock, sleeper, pacing);
    }

    /** With the client looked up on every call (a distributed app's workspace token, which may rotate). */
    public ChannelPoster(java.util.function.Supplier<MethodsClient> client, Outbox outbox, Metrics metrics, Clock clock,
            Outbox.Sleeper sleeper, Pacing pacing) {
        this.client = client;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pacing = pacing;
    }

    /** The client for one call (do not keep it: the token behind it may rotate). */
    public MethodsClient client() {
        return client.get();
    }

    /** Posts a reply (in a thread when {@code threadTs} is set); the message's ts, or empty if it failed. */
    public Optional<String> post(String channel, String threadTs, Reply reply, String eventType, Map<String, Object> payload) {
        return deliver(channel, threadTs, reply, eventType, payload).ts();
    }

    /**
     * How a post ended: its ts when it is there; otherwise {@code unknown} says whether it may have landed
     * anyway (Slack's answer was lost and the history could not be read), so the caller must not offer to
     * post it again as if it surely had not.
     */
    public record Delivery(Optional<String> ts, boolean unknown) {}

    /** As {@link #post}, telling a sure failure from one that may have landed. */
    public Delivery deliver(String channel, String threadTs, Reply reply, String eventType, Map<String, Object> payload) {
        String postId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Map<String, Object> marked = new HashMap<>(payload);
        marked.put("post_id", postId);
        Message.Metadata metadata = Message.Metadata.builder().eventType(eventType).eventPayload(marked).build();
        synchronized (lock(channel)) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                pace(channel);
                Instant sentAt = clock.instant();
                var result = outbox.callWithOutcome("chat.postMessage", () -> client.get().chatPostMessage(r -> r.channel(channel)
                        .threadTs(threadTs).text(BlockKitRenderer.fallbackText(reply)).blocks(BlockKitRenderer.render(reply))
                        .metadata(metadata)), false);
                if (result.response().isPresent()) {
                    metrics.countBroadcast("posted");
                    return new Delivery(Optional.ofNullable(result.response().get().getTs()), false);
                }
                if (!result.outcome().uncertain()) {
                    break;
                }
                // it may have landed: give Slack a moment, then look for our post id before sending it again
                pause(LANDING_WAIT_MS);
                Lookup landed = find(channel, sentAt.minusSeconds(60),
                        m -> postId.equals(String.valueOf(payload(m).get("post_id"))));
                if (landed.found().isPresent()) {
                    metrics.countBroadcast("posted");
                    return new Delivery(Optional.ofNullable(landed.found().get().getTs()), false);
                }
                if (!landed.known()) {
                    metrics.countBroadcast("unknown");
                    log.warn("a {} post to the advisor channel may or may not have landed", eventType);
                    return new Delivery(Optional.empty(), true);
                }
            }
        }
        metrics.countBroadcast("failed");
        log.warn("a {} post to the advisor channel could not be delivered", eventType);
        return new Delivery(Optional.empty(), false);
    }

    /**
     * The answer to "is it already there?": {@code known} is false when the history could not be read, and
     * then the caller must not assume it is absent.
     */
    public record Lookup(boolean known, Optional<Message> found) {}

    /** A message of ours with this event type and payload posted since {@code oldest}. */
    public Lookup findByEvent(String channel, String eventType, Instant oldest, Map<String, Object> match) {
        LookupAll all = scan(channel, oldest, ofEvent(eventType, match), true);
        return new Lookup(all.known() || !all.found().isEmpty(), all.found().stream().findFirst());
    }

    /**
     * Every message of ours with this event type and payload posted since {@code oldest}; empty when the
     * history could not be read (then {@code known} is false).
     */
    public record LookupAll(boolean known, List<Message> found) {}

    public LookupAll findAllByEvent(String channel, String eventType, Instant oldest, Map<String, Object> match) {
        return scan(channel, oldest, ofEvent(eventType, match), false);
    }

    /** A message of ours with this event type whose payload has these values. */
    private static java.util.function.Predicate<Message> ofEvent(String eventType, Map<String, Object> match) {
        return m -> m.getMetadata() != null && eventType.equals(m.getMetadata().getEventType())
                && match.entrySet().stream().allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(payload(m).get(e.getKey()))));
    }

    /**
     * Replaces a message of ours with {@code reply} and metadata of {@code eventType} with an empty payload,
     * so that nothing can be read back from it afterwards. True when Slack took the update.
     */
    public boolean replace(String channel, String ts, Reply reply, String eventType) {
        Message.Metadata metadata = Message.Metadata.builder().eventType(eventType).eventPayload(Map.of()).build();
        synchronized (lock(channel)) {
            pace(channel);
            boolean updated = outbox.call("chat.update", () -> client.get().chatUpdate(r -> r.channel(channel).ts(ts)
                    .text(BlockKitRenderer.fallbackText(reply)).blocks(BlockKitRenderer.render(reply))
                    .metadata(metadata))).isPresent();
            return updated;
        }
    }

    private Lookup find(String channel, Instant oldest, java.util.function.Predicate<Message> match) {
        LookupAll all = scan(channel, oldest, match, true);
        return new Lookup(all.known() || !all.found().isEmpty(), all.found().stream().findFirst());
    }

    /**
     * Reads the channel's history since {@code oldest}, page by page (at most 10 pages of 200), collecting the
     * messages that match, or stopping at the first when {@code first}. {@code known} is false when a page
     * could not be read or the pages ran out before the end.
     */
    private LookupAll scan(String channel, Instant oldest, java.util.function.Predicate<Message> match, boolean first) {
        List<Message> hits = new java.util.ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            String from = cursor;
            var history = outbox.call("conversations.history", () -> client.get().conversationsHistory(r -> r.channel(channel)
                    .oldest(seconds(oldest)).limit(200).includeAllMetadata(true).cursor(from)));
            if (history.isEmpty()) {
                return new LookupAll(false, List.copyOf(hits));
            }
            if (history.get().getMessages() != null) {
                for (Message m : history.get().getMessages()) {
                    if (match.test(m)) {
                        hits.add(m);
                        if (first) {
                            return new LookupAll(true, List.copyOf(hits));
                        }
                    }
                }
            }
            var meta = history.get().getResponseMetadata();
            cursor = meta == null ? null : meta.getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                return new LookupAll(true, List.copyOf(hits));
            }
        }
        return new LookupAll(false, List.copyOf(hits));
    }

    private static Map<String, Object> payload(Message m) {
        return m.getMetadata() == null || m.getMetadata().getEventPayload() == null ? Map.of() : m.getMetadata().getEventPayload();
    }

    /**
     * The metadata of one message (a thread's parent) that this app posted, read from the channel's history.
     * Metadata on anyone else's message is ignored: another app could write ours.
     */
    public Optional<Message.Metadata> metadataOf(String channel, String ts) {
        Optional<String> ours = ourBotId();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        return outbox.call("conversations.history", () -> client.get().conversationsHistory(r -> r.channel(channel)
                        .latest(ts).inclusive(true).limit(1).includeAllMetadata(true)))
                .flatMap(h -> h.getMessages() == null ? Optional.empty() : h.getMessages().stream()
                        .filter(m -> ts.equals(m.getTs()) && m.getMetadata() != null && ours.get().equals(m.getBotId()))
                        .map(Message::getMetadata).findFirst());
    }

    private volatile String botId;

    /** This app's bot id, from auth.test (asked once). */
    private Optional<String> ourBotId() {
        if (botId == null) {
            outbox.call("auth.test", () -> client.get().authTest(r -> r)).map(r -> r.getBotId()).ifPresent(id -> botId = id);
        }
        return Optional.ofNullable(botId);
    }


    private void pace(String channel) {
        pause(pacing.reserve(channel, SPACING));
    }

    private void pause(long millis) {
        if (millis > 0) {
            try {
                sleeper.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lock(String channel) {
        return locks.computeIfAbsent(channel, c -> new Object());
    }

    static String seconds(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%06d", instant.getNano() / 1000);
    }
}
