package jp.infracareer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake of Slack's Socket Mode server on loopback: greets each connection with {@code hello}, sends the
 * envelopes a test gives it to the newest connection, records every ack, and can drop a connection the way
 * a network does (no closing handshake). {@link FakeSlackApi#useSocketModeUrl} points
 * {@code apps.connections.open} here, with a new ticket per call as Slack gives.
 */
public final class FakeSocketModeServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<JsonNode> acks = new CopyOnWriteArrayList<>();
    private final AtomicInteger hellos = new AtomicInteger();
    private final AtomicInteger tickets = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger clientCloses = new AtomicInteger();
    private volatile Runnable onClientClose;
    private final WebSocketServer server;

    public FakeSocketModeServer() throws IOException {
        server = new WebSocketServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)) {
            @Override
            public void onOpen(WebSocket conn, ClientHandshake handshake) {
                connections.add(conn);
                paths.add(handshake.getResourceDescriptor());
                conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                        + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0TEST\"}}");
                hellos.incrementAndGet();
            }

            @Override
            public void onClose(WebSocket conn, int code, String reason, boolean remote) {
                if (remote) {
                    Runnable hook = onClientClose;
                    if (hook != null) {
                        hook.run();
                    }
                    clientCloses.incrementAndGet();
                }
            }

            @Override
            public void onMessage(WebSocket conn, String message) {
                try {
                    acks.add(MAPPER.readTree(message));
                } catch (IOException e) {
                    acks.add(MAPPER.createObjectNode().put("not_json", message));
                }
            }

            @Override
            public void onError(WebSocket conn, Exception ex) {}

            @Override
            public void onStart() {
                started.countDown();
            }
        };
        server.setReuseAddr(true);
        server.start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the fake Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A URL for {@code apps.connections.open}: loopback, a new ticket each time. */
    public String nextUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake-" + tickets.incrementAndGet();
    }

    /** {@code hello}s sent: one per connection the client opened. */
    public int hellos() {
        return hellos.get();
    }

    /** The paths the client dialled (ticket included), in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** Waits (bounded) until the client has opened {@code count} connections in all. */
    public void awaitHellos(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (hellos.get() < count || newest() == null || !newest().isOpen()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " connections within " + timeout + ", got " + hellos.get());
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    /** Sends an envelope on the newest connection. */
    public void send(ObjectNode envelope) {
        newest().send(envelope.toString());
    }

    /** Cuts the newest connection without a closing handshake, as a network failure would. */
    public void drop() {
        newest().closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test");
    }

    /** Connections the client closed (a graceful stop), as opposed to ones the test dropped. */
    public int clientCloses() {
        return clientCloses.get();
    }

    /** Runs {@code hook} when the client closes a connection, before it is counted. */
    public void onClientClose(Runnable hook) {
        this.onClientClose = hook;
    }

    /** Every ack received, in order. */
    public List<JsonNode> acks() {
        return List.copyOf(acks);
    }

    /** Acks for one envelope id. */
    public List<JsonNode> acks(String envelopeId) {
        return acks.stream().filter(a -> envelopeId.equals(a.path("envelope_id").asText())).toList();
    }

    /** Waits (bounded) for the first ack of an envelope. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> found = acks(envelopeId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        throw new AssertionError("envelope " + envelopeId + " was not acked within " + timeout + "; acks: " + acks);
    }

    /** An envelope as Socket Mode sends it: {@code events_api}, {@code slash_commands} or {@code interactive}. */
    public static ObjectNode envelope(String type, String envelopeId, JsonNode payload, int retryAttempt) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("envelope_id", envelopeId);
        envelope.put("type", type);
        envelope.set("payload", payload);
        envelope.put("accepts_response_payload", !type.equals("events_api"));
        if (type.equals("events_api")) {
            envelope.put("retry_attempt", retryAttempt);
            envelope.put("retry_reason", retryAttempt == 0 ? "" : "timeout");
        }
        return envelope;
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private WebSocket newest() {
        return connections.isEmpty() ? null : connections.get(connections.size() - 1);
    }

    @Override
    public void close() {
        try {
            server.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
