package jp.infracareer.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real redis-server for one test class and two connections to it, standing for two replicas:
 * {@code @RegisterExtension static final RedisReplicas redis = new RedisReplicas();}
 */
public final class RedisReplicas implements BeforeAllCallback, AfterAllCallback {
    private RedisServer server;
    private RedisClient client;
    private StatefulRedisConnection<String, String> one;
    private StatefulRedisConnection<String, String> two;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = RedisServer.start();
        client = RedisClient.create(server.url());
        one = client.connect();
        two = client.connect();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            one.close();
            two.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
        if (server != null) {
            server.close();
        }
    }

    /** The first replica's commands. */
    public RedisCommands<String, String> one() {
        return one.sync();
    }

    /** The second replica's commands. */
    public RedisCommands<String, String> two() {
        return two.sync();
    }

    public RedisServer server() {
        return server;
    }
}
