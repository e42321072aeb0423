package jp.infracareer.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/**
 * One connection to Redis for the whole process (Lettuce multiplexes it safely across threads), and the
 * stores built on it. Every command has a deadline, so a Redis that stops answering fails a request rather
 * than hanging it.
 */
public final class RedisState implements AutoCloseable {
    /** Keys of this app start with this, so a Redis can be shared with other apps. */
    public static final String NAMESPACE = "icadv";
    /** Commands run on Slack's ack path (3 s), so a slow Redis must give up well before that. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisConversationStore store;
    private final RedisEventDeduplicator events;
    private final RedisLease lease;
    private final RedisOneTimeValues oneTimeValues;
    private final RedisUserLock userLock;
    private final RedisPacing pacing;
    private final RedisRecords records;

    private RedisState(RedisClient client, StatefulRedisConnection<String, String> connection, Duration idle) {
        this.client = client;
        this.connection = connection;
        this.store = new RedisConversationStore(connection.sync(), NAMESPACE, idle);
        this.events = new RedisEventDeduplicator(connection.sync(), NAMESPACE);
        this.lease = new RedisLease(connection.sync(), NAMESPACE);
        this.oneTimeValues = new RedisOneTimeValues(connection.sync(), NAMESPACE);
        this.userLock = new RedisUserLock(connection.sync(), NAMESPACE);
        this.pacing = new RedisPacing(connection.sync(), NAMESPACE);
        this.records = new RedisRecords(connection.sync(), NAMESPACE);
    }

    /** Connects (redis:// or rediss://, password in the URL); fails at once with a clear message if it cannot. */
    public static RedisState connect(java.net.URI url, Duration idle) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(COMMAND_TIMEOUT);
        // reconnect quickly after an outage: back off from 100 ms to at most 2 s between attempts
        var resources = io.lettuce.core.resource.ClientResources.builder()
                .reconnectDelay(io.lettuce.core.resource.Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2),
                        2, java.util.concurrent.TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, uri);
        // while the connection is down, fail at once (the user is told to try again) instead of queueing
        // commands until they time out; Lettuce reconnects in the background
        client.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        try {
            return new RedisState(client, client.connect(), idle);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            resources.shutdown(0, 1, java.util.concurrent.TimeUnit.SECONDS);
            throw new IllegalStateException("could not connect to Redis at " + url.getHost() + ":" + url.getPort()
                    + " (REDIS_URL): " + e.getClass().getSimpleName(), e);
        }
    }

    /** True when Redis answers now (for readiness: a replica without its store should get no traffic). */
    public boolean ready() {
        try {
            return connection.isOpen() && "PONG".equals(connection.sync().ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    public RedisConversationStore store() {
        return store;
    }

    /** Workspaces' installations and settings, shared by every replica. */
    public RedisRecords records() {
        return records;
    }

    public RedisPacing pacing() {
        return pacing;
    }

    public RedisUserLock userLock() {
        return userLock;
    }

    public RedisOneTimeValues oneTimeValues() {
        return oneTimeValues;
    }

    public RedisLease lease() {
        return lease;
    }

    public RedisEventDeduplicator events() {
        return events;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        client.getResources().shutdown(0, 2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
