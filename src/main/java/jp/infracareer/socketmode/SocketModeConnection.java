package jp.infracareer.socketmode;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import com.slack.api.util.json.GsonFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.slack.EventDeduplicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt app reached over Socket Mode: Bolt's {@link SocketModeApp} over a Java-WebSocket client, with
 * what Bolt leaves to us:
 * <ul>
 * <li><b>Duplicates.</b> Slack redelivers an envelope it thinks was not acked, sometimes with
 * {@code retry_attempt} 0 and possibly to another connection (another replica). Each envelope is claimed in
 * the shared {@link EventDeduplicator} by its {@code envelope_id}, and an Events API envelope also by its
 * {@code event_id}; a repeat is acked (with the same ack when this process sent it) and not run. When the app refuses one (work queues full or stopping),
 * the claims are released and it is not acked, so Slack delivers it again.</li>
 * <li><b>Reconnection with back-off.</b> Bolt's own session monitor re-dials every 5 s (10 s after a failed
 * {@code apps.connections.open}), at a fixed pace. It is switched off here; a monitor checks the connection
 * (WebSocket ping) every {@code checkEvery}, and when it is down asks for a new URL and re-dials, waiting
 * 2 s, 4 s, 8 s ... up to {@code maxBackoff} (with jitter, so replicas do not dial in step) between attempts,
 * back to the start once the connection answers again.</li>
 * <li><b>Privacy.</b> Payloads, acks and tokens are never logged: only envelope types, ids and outcomes.</li>
 * </ul>
 */
public final class SocketModeConnection {
    /** Concurrent envelope handlers (Bolt's default); handlers only ack and queue, work runs in the user lanes. */
    static final int CONCURRENCY = 10;
    /** The first wait after a re-dial: long enough for a TLS handshake to Slack to finish before it is checked. */
    private static final Duration MIN_BACKOFF = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final App app;
    private final String appToken;
    private final EventDeduplicator dedup;
    private final Duration checkEvery;
    private final Duration maxBackoff;
    private final Counter reconnects;
    private final Counter duplicates;
    private final SocketModeRequestParser parser;
    private final Gson gson;
    private final AtomicBoolean stopped = new AtomicBoolean(true);
    /**
     * Acks sent lately, by envelope id: when Slack redelivers an envelope because our ack was lost, the repeat
     * gets the same ack, so a slash command's reply still reaches the user. Bounded; this process only.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, String> sentAcks =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000)
                    .expireAfterWrite(EventDeduplicator.KEEP).executor(Runnable::run).build();
    private volatile SocketModeClient client;
    private volatile SocketModeApp socketModeApp;
    private volatile ScheduledExecutorService monitor;
    private volatile boolean open;
    private Duration backoff = MIN_BACKOFF;

    public SocketModeConnection(App app, String appToken, EventDeduplicator dedup, Metrics metrics, Duration checkEvery,
            Duration maxBackoff) {
        this.app = app;
        this.appToken = appToken;
        this.dedup = dedup;
        this.checkEvery = checkEvery;
        this.maxBackoff = maxBackoff;
        this.parser = new SocketModeRequestParser(app.config());
        this.gson = GsonFactory.createSnakeCase(app.slack().getConfig());
        this.reconnects = Counter.builder("advisor_socket_mode_reconnects")
                .description("Socket Mode connections dialled again after the connection was lost")
                .register(metrics.registry());
        this.duplicates = Counter.builder("advisor_socket_mode_duplicates")
                .description("Socket Mode envelopes delivered again and acked without running")
                .register(metrics.registry());
        Gauge.builder("advisor_socket_mode_connected", this, c -> c.open ? 1 : 0)
                .description("1 while the Socket Mode connection is open")
                .strongReference(true)
                .register(metrics.registry());
    }

    /**
     * Connects: {@code apps.connections.open}, then the WebSocket. Fails with one clear message when Slack
     * refuses the app token.
     */
    public void start() {
        try {
            // The URL given here is never dialled: SocketModeApp asks apps.connections.open for a fresh one as it starts.
            client = new SocketModeClientJavaWSImpl(app.slack(), appToken, "wss://unused.invalid/", CONCURRENCY,
                    new ConcurrentLinkedMessageQueue(), true, false, checkEvery.toMillis());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("could not create the Socket Mode client", e);
        }
        client.addWebSocketMessageListener(this::handle);
        // no close listener for "open": when Slack asks for a refresh, the old connection's close comes after the
        // new one's hello; the monitor's checks and the hellos keep it true to the connection in use
        socketModeApp = new SocketModeApp(client, app);
        try {
            socketModeApp.startAsync();
        } catch (Exception e) {
            try {
                client.close(); // its message processors would outlive the failed start
            } catch (Exception closeError) {
                e.addSuppressed(closeError);
            }
            throw new IllegalStateException("could not open a Socket Mode connection with SLACK_APP_TOKEN "
                    + "(apps.connections.open): " + safeMessage(e) + ". Check the token (xapp-, connections:write), "
                    + "that Socket Mode is enabled for the app, and that this machine can reach Slack", e);
        }
        stopped.set(false);
        monitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "socket-mode-monitor");
            t.setDaemon(true);
            return t;
        });
        monitor.schedule(this::check, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Socket Mode: connecting");
    }

    /**
     * Stops taking envelopes: no more reconnection, the connection closed. Envelopes already acked keep
     * running in the work queues, which the caller drains next; Slack sends new ones to other connections.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (monitor != null) {
            monitor.shutdownNow();
            try {
                // a re-dial in progress finishes first, so no new connection opens after the close below
                monitor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            client.close(); // no auto-reconnect, the socket closed, the message processors stopped
        } catch (Exception e) {
            log.warn("error while closing the Socket Mode connection: {}", e.getClass().getSimpleName());
        }
        open = false;
        log.info("Socket Mode: disconnected");
    }

    /** Stops Bolt's app after the work has drained (SocketModeApp.stop also stops the app). */
    public void stopApp() {
        try {
            if (socketModeApp != null) {
                socketModeApp.stop();
            }
        } catch (Exception e) {
            log.warn("error while stopping the Socket Mode app: {}", e.getClass().getSimpleName());
        }
    }

    /** True once a {@code hello} came, until a check (every {@code checkEvery}) finds the connection gone. */
    public boolean connected() {
        return open;
    }

    private void check() {
        if (stopped.get()) {
            return;
        }
        long delay = checkEvery.toMillis();
        try {
            if (client.verifyConnection()) {
                open = true;
                backoff = MIN_BACKOFF;
            } else {
                open = false;
                reconnects.increment();
                log.info("Socket Mode connection lost: dialling a new one");
                client.connectToNewEndpoint();
                delay = nextBackoff();
            }
        } catch (Exception e) {
            log.warn("Socket Mode reconnection failed ({}); next attempt in up to {} ms", safeMessage(e), backoff.toMillis());
            delay = nextBackoff();
        } finally {
            if (!stopped.get()) {
                try {
                    monitor.schedule(this::check, delay, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // stopping
                }
            }
        }
    }

    /** The wait before the next check: the current back-off with jitter (half to all of it), then doubled. */
    private long nextBackoff() {
        long current = backoff.toMillis();
        backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        return current / 2 + ThreadLocalRandom.current().nextLong(current / 2 + 1);
    }

    /** One WebSocket message: hello, disconnect (Bolt re-dials), or an envelope to run once and ack. */
    void handle(String message) {
        JsonObject json;
        try {
            json = gson.fromJson(message, JsonElement.class).getAsJsonObject();
        } catch (RuntimeException e) {
            log.warn("Socket Mode: a message that is not a JSON object was ignored");
            return;
        }
        String type = text(json, "type");
        if ("hello".equals(type)) {
            open = true;
            log.info("Socket Mode: connected");
            return;
        }
        SocketModeRequest request;
        try {
            request = parser.parse(message);
        } catch (RuntimeException e) {
            log.warn("Socket Mode: a {} envelope could not be read ({})", type, e.getClass().getSimpleName());
            return;
        }
        if (request == null) {
            return; // disconnect (handled by the client) or a type Bolt does not run
        }
        String envelopeId = request.getEnvelope().getEnvelopeId();
        List<String> claimed = new ArrayList<>();
        if (!claim("socket-envelope:" + envelopeId, claimed) || !claimEvent(json, claimed)) {
            duplicates.increment();
            log.info("Socket Mode: {} envelope {} already handled (retry {}); acked again", type, envelopeId,
                    text(json, "retry_attempt"));
            // the same ack again when this process sent it (a slash command's reply rides in it), a bare one otherwise
            String sent = sentAcks.getIfPresent(envelopeId);
            send(envelopeId, sent != null ? sent : gson.toJson(Map.of("envelope_id", envelopeId)));
            return;
        }
        try {
            Response response = app.run(request.getBoltRequest());
            if (response.getStatusCode() != 200) {
                // refused (work queues full, or stopping): not acked, so Slack delivers it again, here or elsewhere
                claimed.forEach(dedup::release);
                log.warn("Socket Mode: {} envelope {} refused with {}; not acked", type, envelopeId, response.getStatusCode());
                return;
            }
            ack(envelopeId, response);
        } catch (Exception e) {
            claimed.forEach(dedup::release);
            log.warn("Socket Mode: {} envelope {} failed ({}); not acked", type, envelopeId, e.getClass().getSimpleName());
        }
    }

    private boolean claim(String key, List<String> claimed) {
        if (!dedup.firstTime(key)) {
            return false;
        }
        claimed.add(key);
        return true;
    }

    /** An Events API envelope is also claimed by its event id: a redelivery may come in a new envelope. */
    private boolean claimEvent(JsonObject envelope, List<String> claimed) {
        JsonElement payload = envelope.get("payload");
        if (!"events_api".equals(text(envelope, "type")) || payload == null || !payload.isJsonObject()) {
            return true;
        }
        String eventId = text(payload.getAsJsonObject(), "event_id");
        return eventId == null || claim("socket-event:" + eventId, claimed);
    }

    /** The ack, with the response's body as its payload (a slash command's or an action's immediate reply). */
    private void ack(String envelopeId, Response response) {
        Map<String, Object> ack = new HashMap<>();
        ack.put("envelope_id", envelopeId);
        if (response != null && response.getBody() != null && !response.getBody().isEmpty()) {
            String contentType = response.getContentType() == null ? "" : response.getContentType();
            if (contentType.startsWith("application/json")) {
                ack.put("payload", gson.fromJson(response.getBody(), JsonElement.class));
            } else {
                ack.put("payload", Map.of("text", response.getBody()));
            }
        }
        String text = gson.toJson(ack);
        sentAcks.put(envelopeId, text);
        send(envelopeId, text);
    }

    private void send(String envelopeId, String ack) {
        try {
            client.sendSocketModeResponse(ack);
        } catch (RuntimeException e) {
            // the connection dropped between handling and ack: Slack delivers it again, and it is acked as a repeat
            log.warn("Socket Mode: ack of envelope {} not sent ({})", envelopeId, e.getClass().getSimpleName());
        }
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    /** The error without anything that could carry a token: Slack's error code when there is one, else the type. */
    private static String safeMessage(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher error = java.util.regex.Pattern.compile("error: ([a-z_]+)").matcher(message);
        return error.find() ? error.group(1) : cause.getClass().getSimpleName();
    }
}
