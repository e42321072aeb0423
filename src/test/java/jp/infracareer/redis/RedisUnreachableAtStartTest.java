package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Map;
import jp.infracareer.config.Config;
import jp.infracareer.wiring.StateBackend;
import org.junit.jupiter.api.Test;

/** A Redis that cannot be reached at start stops the server with one line naming REDIS_URL, not a stack trace. */
class RedisUnreachableAtStartTest {
    @Test
    void anUnreachableRedisIsNamedInOneLine() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Config config = Config.fromEnv(Map.of("REDIS_URL", "redis://:pw-not-shown@127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> StateBackend.open(config, Ticker.systemTicker()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REDIS_URL").hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining("pw-not-shown").hasMessageNotContaining("\n");
    }
}
