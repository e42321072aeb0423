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
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisConversationStore store;
    private final RedisEventDeduplicator events;

    private RedisState(RedisClient client, StatefulRedisConnection<String, String> connection, Duration idle) {
        this.client = client;
        this.connection = connection;
        this.store = new RedisConversationStore(connection.sync(), NAMESPACE, idle);
        this.events = new RedisEventDeduplicator(connection.sync(), NAMESPACE);
    }

    /** Connects (redis:// or rediss://, password in the URL); fails at once with a clear message if it cannot. */
    public static RedisState connect(java.net.URI url, Duration idle) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(COMMAND_TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT)).build());
        try {
            return new RedisState(client, client.connect(), idle);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            throw new IllegalStateException("could not connect to Redis at " + url.getHost() + ":" + url.getPort()
                    + " (REDIS_URL): " + e.getClass().getSimpleName(), e);
        }
    }

    public RedisConversationStore store() {
        return store;
    }

    public RedisEventDeduplicator events() {
        return events;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
