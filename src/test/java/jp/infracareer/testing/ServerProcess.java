package jp.infracareer.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The advisor as a real separate process ({@code Main serve}, a fresh JVM on this test's class path), for
 * what only a process can show: a kill -9, a restart with nothing kept in memory.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code Main serve} against the fake Slack with {@code env} added; returns once /healthz answers. */
    public static ServerProcess start(FakeSlackApi slack, Map<String, String> env) throws IOException, InterruptedException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "jp.infracareer.Main", "serve");
        builder.environment().put("SLACK_BOT_TOKEN", RunningAdvisor.BOT_TOKEN);
        builder.environment().put("SLACK_SIGNING_SECRET", RunningAdvisor.SIGNING_SECRET);
        builder.environment().put("SLACK_API_URL", slack.apiUrl());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(env);
        File log = File.createTempFile("server-process", ".log");
        log.deleteOnExit();
        ServerProcess server = new ServerProcess(builder.redirectErrorStream(true).redirectOutput(log).start(),
                "http://127.0.0.1:" + port);
        int status = 0;
        for (int i = 0; i < 600 && status != 200; i++) {
            try {
                status = server.http.send(HttpRequest.newBuilder(URI.create(server.base + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        if (status != 200) {
            server.close();
            throw new IOException("the server process did not come up");
        }
        return server;
    }

    /** POSTs a body to /slack/events signed as Slack signs it; returns the status. */
    public int postSigned(String body, String contentType) throws IOException, InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/slack/events")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", SlackSigner.sign(RunningAdvisor.SIGNING_SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or handed over. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
