package jp.infracareer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One WebSocket to a browser's DevTools endpoint, speaking the Chrome DevTools Protocol in "flat" mode: a
 * command to a page carries the page's {@code sessionId}, and so do its events. Every wait has a timeout.
 */
public final class CdpConnection implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;

    private CdpConnection(Duration timeout) {
        this.timeout = timeout;
    }

    static CdpConnection open(URI endpoint, Duration timeout) throws IOException {
        CdpConnection connection = new CdpConnection(timeout);
        try {
            connection.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(endpoint, connection.new Receiver()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to the browser's DevTools at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + endpoint, e);
        }
        return connection;
    }

    /** Sends a command and waits for its result; a protocol error or no answer in time is an exception. */
    public JsonNode send(String sessionId, String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (this) {
                // the JDK's WebSocket takes one outgoing message at a time
                socket.sendText(message.toString(), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            JsonNode response = await(answer, method);
            if (response.has("error")) {
                throw new IllegalStateException(method + " failed: " + response.get("error"));
            }
            return response.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send " + method + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + method, e);
        } finally {
            pending.remove(id);
        }
    }

    /** The next event of this name in this session; subscribe before the action that causes it. */
    public CompletableFuture<JsonNode> next(String sessionId, String method) {
        CompletableFuture<JsonNode> event = new CompletableFuture<>();
        Subscription[] self = new Subscription[1];
        self[0] = new Subscription(sessionId, method, params -> {
            subscriptions.remove(self[0]);
            event.complete(params);
        });
        subscriptions.add(self[0]);
        return event;
    }

    /** Every event of this name in this session, until {@link #close()}. */
    public void on(String sessionId, String method, Consumer<JsonNode> listener) {
        subscriptions.add(new Subscription(sessionId, method, listener));
    }

    /** Waits for a future of this connection with its timeout. */
    public JsonNode await(CompletableFuture<JsonNode> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no " + what + " from the browser within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        failPending(new IllegalStateException("the DevTools connection was closed"));
        subscriptions.clear();
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return; // not a protocol message; nothing waits for it
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        String method = message.path("method").asText();
        String sessionId = message.path("sessionId").asText(null);
        for (Subscription s : subscriptions) {
            if (s.method().equals(method) && java.util.Objects.equals(s.sessionId(), sessionId)) {
                s.listener().accept(message.path("params"));
            }
        }
    }

    private void failPending(Throwable reason) {
        pending.values().forEach(answer -> answer.completeExceptionally(reason));
    }

    private record Subscription(String sessionId, String method, Consumer<JsonNode> listener) {}

    /** Joins fragmented frames (a screenshot arrives in many) and hands each whole message on. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failPending(new IllegalStateException("the browser closed the DevTools connection (" + statusCode + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failPending(error);
        }
    }
}
