package jp.infracareer.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real redis-server of this machine, started on a free loopback port with nothing persisted, for one test
 * class or one test. Where redis-server is not installed the test is skipped with a visible reason
 * ({@code .ci/run} installs it, so CI always runs these).
 */
public final class RedisServer implements AutoCloseable {
    private final String binary;
    private final int port;
    private final Path dir;
    private final boolean persistent;
    private Process process;

    private RedisServer(String binary, int port, Path dir, boolean persistent) {
        this.binary = binary;
        this.port = port;
        this.dir = dir;
        this.persistent = persistent;
    }

    public static RedisServer start() throws IOException, InterruptedException {
        return start(false);
    }

    /**
     * With {@code persistent}, every write is appended to a file and fsynced (appendonly yes, appendfsync
     * always), so a {@link #restart()} keeps what was acknowledged.
     */
    public static RedisServer start(boolean persistent) throws IOException, InterruptedException {
        String binary = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server").stream()
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        Assumptions.assumeTrue(binary != null,
                "redis-server is not installed here: `bash .ci/run` installs it (apt-get install redis-server)");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path dir = Files.createTempDirectory("redis-test");
        RedisServer server = new RedisServer(binary, port, dir, persistent);
        server.launch();
        return server;
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", persistent ? "yes" : "no", "--appendfsync", "always",
                "--dir", dir.toString(), "--protected-mode", "yes")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                .start();
        awaitReady(Duration.ofSeconds(10));
    }

    /** Stops the server (SIGTERM), as an outage would; {@link #restart()} brings it back on the same port. */
    public void stop() {
        end();
    }

    public void restart() throws IOException, InterruptedException {
        launch();
    }

    /** The URL for REDIS_URL. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Deletes every key (between tests sharing one server). */
    public void flushAll() {
        withClient(redis -> redis.flushall());
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
            }
            try {
                withClient(redis -> redis.ping());
                return;
            } catch (RuntimeException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("redis-server did not answer PING in " + timeout);
    }

    private void withClient(java.util.function.Consumer<io.lettuce.core.api.sync.RedisCommands<String, String>> use) {
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(url());
        try (var connection = client.connect()) {
            use.accept(connection.sync());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    /** Stops the server and deletes its directory (its log and append-only files), so test runs leave nothing behind. */
    @Override
    public void close() {
        end();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private void end() {
        process.destroy();
        try {
            process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
