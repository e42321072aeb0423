package jp.infracareer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A fake of Slack's Web API on loopback that answers like Slack and records every call, so tests can
 * assert what the bot sent. It also serves response URLs ({@code /response/...}) the same way.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String TEAM_ID = "T0TEST";
    public static final String BOT_USER_ID = "UBOT0001";
    public static final String BOT_ID = "BBOT0001";

    /** One request the bot made. {@code method} is the Web API method or "response_url". */
    public record Call(String method, String path, String contentType, String body, Map<String, String> form, String token) {
        public JsonNode json() {
            try {
                String text = body.startsWith("{") ? body : form.getOrDefault("payload", "{}");
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        /** Blocks sent as JSON (response_url) or as a form field (chat.postMessage from the SDK). */
        public JsonNode blocks() {
            try {
                if (body.startsWith("{")) {
                    return MAPPER.readTree(body).path("blocks");
                }
                String blocks = form.get("blocks");
                return blocks == null ? MAPPER.createArrayNode() : MAPPER.readTree(blocks);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A scripted misbehaviour for the next call of a method. */
    public sealed interface Fault {
        /** Answer with this HTTP status (and Retry-After seconds when positive), without doing the call. */
        record Status(int status, int retryAfterSeconds) implements Fault {}

        /** Hold the request this long before answering normally (past the client's timeout, it never arrives). */
        record Hang(long millis) implements Fault {}

        /** Answer 200 with a body that is not JSON. */
        record Malformed() implements Fault {}

        /** Do the call (a post lands), then hold it this long and answer with this status (a 500, or 200 too late). */
        record LandedThen(int status, long holdMillis) implements Fault {}

        /** Answer 200 with {"ok":false,"error":…} without doing the call: Slack refused it (msg_blocks_too_long). */
        record Refused(String error) implements Fault {}
    }

    /** The value of the newest button in {@code channel} whose value starts with {@code prefix}. */
    public String lastButton(String channel, String prefix) {
        List<Posted> posts = posted(channel);
        for (int i = posts.size() - 1; i >= 0; i--) {
            try {
                for (JsonNode block : MAPPER.readTree(posts.get(i).blocks())) {
                    for (JsonNode e : block.path("elements")) {
                        if (e.path("value").asText().startsWith(prefix)) {
                            return e.path("value").asText();
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no button " + prefix + " in " + channel);
    }

    /** A message the bot posted, as conversations.history returns it. */
    public record Posted(String channel, String ts, String threadTs, String text, String blocks, String metadata, String botId) {
        public Posted(String channel, String ts, String threadTs, String text, String blocks, String metadata) {
            this(channel, ts, threadTs, text, blocks, metadata, BOT_ID);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Posted> posted = new CopyOnWriteArrayList<>();
    private volatile java.util.function.Supplier<java.time.Instant> clock = java.time.Instant::now;
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    private volatile java.util.function.Supplier<String> socketModeUrl;
    private final FakeWorkspaces workspaces = new FakeWorkspaces();

    /** Workspaces that can install the app through OAuth, and the tokens Slack gave them. */
    public FakeWorkspaces workspaces() {
        return workspaces;
    }

    /**
     * {@code apps.connections.open} answers with a URL from here (a fake Socket Mode server on loopback); until
     * this is called it refuses, as Slack does for a token that is not an app-level one.
     */
    public void useSocketModeUrl(java.util.function.Supplier<String> url) {
        this.socketModeUrl = url;
    }

    /** Message timestamps follow this clock (tests with a fake clock keep history and schedule in step). */
    public void useClock(java.util.function.Supplier<java.time.Instant> clock) {
        this.clock = clock;
    }

    /**
     * How many replies the bot has posted to a channel: a message that carries several (a mock interview's
     * feedback and its next question go out as one) counts once for each of its header blocks, where every
     * reply begins; a message without blocks counts once.
     */
    public long replies(String channel) {
        long n = 0;
        for (Call c : calls("chat.postMessage")) {
            if (channel.equals(c.form().get("channel"))) {
                long headers = 0;
                for (JsonNode block : c.blocks()) {
                    headers += "header".equals(block.path("type").asText()) ? 1 : 0;
                }
                n += Math.max(1, headers);
            }
        }
        return n;
    }

    public List<Posted> posted(String channel) {
        return posted.stream().filter(p -> p.channel().equals(channel)).toList();
    }

    /** Puts a message in a channel's history as if the bot had posted it earlier (a restart's past). */
    public void remember(Posted message) {
        posted.add(message);
    }
    private final Map<String, java.util.Deque<Fault>> faults = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Call> refused = new CopyOnWriteArrayList<>();

    /** The next calls of {@code method} misbehave in this order, then it answers normally again. */
    public void script(String method, Fault... next) {
        faults.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    private volatile long latencyMillis;

    /** Every Web API call from now on takes this long before it takes effect and is answered (a slow Slack). */
    public void latency(long millis) {
        latencyMillis = millis;
    }

    /** Calls that a fault answered (they did not take effect). */
    public List<Call> refused() {
        return List.copyOf(refused);
    }

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.start();
    }

    /** Base URL of the Web API, for {@code SLACK_API_URL}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A response_url that lands here. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (bounded) until a call matching {@code match} has arrived; work after an ack is asynchronous. */
    public Call await(String method, Predicate<Call> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call c : calls) {
                if (c.method().equals(method) && match.test(c)) {
                    return c;
                }
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        throw new AssertionError("no " + method + " call arrived within " + timeout + "; calls: " + methods());
    }

    public Call await(String method) throws InterruptedException {
        return await(method, c -> true, Duration.ofSeconds(5));
    }

    public List<String> methods() {
        List<String> names = new ArrayList<>();
        calls.forEach(c -> names.add(c.method()));
        return names;
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        java.util.Deque<Fault> queue = faults.get(method);
        Fault fault = queue == null ? null : queue.poll();
        if (fault instanceof Fault.Status st) {
            refused.add(read(method, exchange));
            if (st.retryAfterSeconds() > 0) {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(st.retryAfterSeconds()));
            }
            send(exchange, st.status(), st.status() == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "upstream error");
            return;
        }
        if (fault instanceof Fault.Refused r) {
            refused.add(read(method, exchange));
            send(exchange, 200, "{\"ok\":false,\"error\":\"" + r.error() + "\"}");
            return;
        }
        if (fault instanceof Fault.Malformed) {
            refused.add(read(method, exchange));
            send(exchange, 200, "<html>not json");
            return;
        }
        if (fault instanceof Fault.Hang hang) {
            refused.add(read(method, exchange));
            try {
                Thread.sleep(hang.millis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "{\"ok\":true}");
            return;
        }
        // the call is listed once its effect is visible (a message posted or updated): a test that awaits the
        // call then reads the messages must never see them as they were before it
        Call call = read(method, exchange);
        String response = switch (method) {
            case "auth.test" -> workspaces.authTest(call.token()).orElse("{\"ok\":true,\"url\":\"https://test.example/\",\"team\":\"Test\",\"user\":\"advisor\","
                    + "\"team_id\":\"" + TEAM_ID + "\",\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"" + BOT_ID + "\"}");
            case "oauth.v2.access" -> workspaces.access(call.form());
            case "chat.postMessage" -> {
                java.time.Instant now = clock.get();
                String ts = now.getEpochSecond() + "." + String.format("%06d", sequence.incrementAndGet() % 1_000_000);
                posted.add(new Posted(call.form().getOrDefault("channel", "D0"), ts, call.form().get("thread_ts"),
                        call.form().getOrDefault("text", ""), call.form().getOrDefault("blocks", "[]"), call.form().get("metadata")));
                yield "{\"ok\":true,\"channel\":\"" + call.form().getOrDefault("channel", "D0") + "\",\"ts\":\"" + ts + "\"}";
            }
            case "chat.update" -> {
                String channel = call.form().getOrDefault("channel", "");
                String ts = call.form().getOrDefault("ts", "");
                for (int i = 0; i < posted.size(); i++) {
                    Posted p = posted.get(i);
                    if (p.channel().equals(channel) && p.ts().equals(ts)) {
                        String metadata = call.form().containsKey("metadata") ? call.form().get("metadata") : p.metadata();
                        posted.set(i, new Posted(channel, ts, p.threadTs(), call.form().getOrDefault("text", p.text()),
                                call.form().getOrDefault("blocks", p.blocks()), metadata, p.botId()));
                    }
                }
                yield "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
            }
            case "conversations.history" -> history(call.form());
            case "conversations.replies" -> replies(call.form());
            case "apps.connections.open" -> {
                java.util.function.Supplier<String> url = socketModeUrl;
                yield url == null ? "{\"ok\":false,\"error\":\"not_allowed_token_type\"}"
                        : "{\"ok\":true,\"url\":\"" + url.get() + "\"}";
            }
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + call.form().getOrDefault("users", "U0") + "\"}}";
            default -> "{\"ok\":true}";
        };
        calls.add(call);
        if (fault instanceof Fault.LandedThen landed) {
            try {
                Thread.sleep(landed.holdMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, landed.status(), landed.status() == 200 ? response : "upstream error");
            return;
        }
        send(exchange, 200, response);
    }

    /** A thread: its parent (if we posted it) and every reply, oldest first, with metadata. */
    private String replies(Map<String, String> form) {
        String channel = form.getOrDefault("channel", "");
        String ts = form.getOrDefault("ts", "");
        return messages(posted.stream().filter(p -> p.channel().equals(channel)
                && (ts.equals(p.threadTs()) || ts.equals(p.ts()))).toList());
    }

    private String history(Map<String, String> form) {
        String channel = form.getOrDefault("channel", "");
        double oldest = Double.parseDouble(form.getOrDefault("oldest", "0"));
        double latest = form.containsKey("latest") ? Double.parseDouble(form.get("latest")) : Double.MAX_VALUE;
        boolean inclusive = "true".equals(form.get("inclusive")) || "1".equals(form.get("inclusive"));
        int limit = Integer.parseInt(form.getOrDefault("limit", "100"));
        List<Posted> matching = new ArrayList<>(posted.stream().filter(p -> p.channel().equals(channel)).filter(p -> {
            double ts = Double.parseDouble(p.ts());
            return ts >= oldest && (ts < latest || (inclusive && ts == latest));
        }).toList());
        java.util.Collections.reverse(matching);
        return messages(matching.subList(0, Math.min(limit, matching.size())));
    }

    /** Messages as the Web API lists them (history, replies), metadata included. */
    private static String messages(List<Posted> posts) {
        var messages = MAPPER.createArrayNode();
        for (Posted p : posts) {
            var m = messages.addObject().put("type", "message").put("ts", p.ts()).put("text", p.text())
                    .put("bot_id", p.botId()).put("user", BOT_USER_ID);
            if (p.threadTs() != null) {
                m.put("thread_ts", p.threadTs());
            }
            if (p.metadata() != null) {
                try {
                    m.set("metadata", MAPPER.readTree(p.metadata()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        var root = MAPPER.createObjectNode().put("ok", true);
        root.set("messages", messages);
        root.put("has_more", false);
        return root.toString();
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        record("response_url", exchange);
        send(exchange, 200, "ok");
    }

    private Call record(String method, HttpExchange exchange) throws IOException {
        Call call = read(method, exchange);
        calls.add(call);
        return call;
    }

    private static Call read(String method, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? parseForm(body)
                : contentType != null && contentType.startsWith("application/json") && !method.equals("response_url")
                        ? jsonFields(body) : Map.of();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            // oauth.v2.access: the client id and secret come as HTTP Basic credentials
            String[] client = new String(java.util.Base64.getDecoder().decode(authorization.substring(6)),
                    StandardCharsets.UTF_8).split(":", 2);
            form = new LinkedHashMap<>(form);
            form.put("client_id", client[0]);
            form.put("client_secret", client.length > 1 ? client[1] : "");
        }
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7)
                : form.getOrDefault("token", "");
        return new Call(method, exchange.getRequestURI().getPath(), contentType == null ? "" : contentType, body, form, token);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /**
     * A Web API call with a JSON body, read as the form it stands for: each top-level field, a string as it is,
     * anything else as its JSON ("blocks", "metadata"), and true/false as the form's 1/0, so a test reads either alike.
     */
    private static Map<String, String> jsonFields(String body) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        MAPPER.readTree(body).fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
                : e.getValue().isBoolean() ? (e.getValue().asBoolean() ? "1" : "0") : e.getValue().toString()));
        return fields;
    }

    public static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
