package jp.infracareer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jp.infracareer.Main;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.config.Config;
import jp.infracareer.server.AdvisorServer;
import jp.infracareer.wiring.SlackServer;

/**
 * The real server (Jetty on port 0, Bolt, the engine) wired to a {@link FakeSlackApi}, and a client that
 * sends requests signed exactly as Slack signs them.
 */
public final class RunningAdvisor implements AutoCloseable, org.junit.jupiter.api.extension.BeforeAllCallback,
        org.junit.jupiter.api.extension.AfterAllCallback {
    public static final String SIGNING_SECRET = "0123456789abcdef0123456789abcdef";
    public static final String BOT_TOKEN = "xoxb-0000-test-token";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeSlackApi slack;
    private SlackServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Advisor advisor;
    private jp.infracareer.metrics.Metrics metrics;

    private RunningAdvisor() {}

    /**
     * One server for all tests of a class, started before the first and stopped after the last:
     * {@code @RegisterExtension static final RunningAdvisor advisor = RunningAdvisor.perClass();}
     */
    public static RunningAdvisor perClass() {
        return new RunningAdvisor();
    }

    @Override
    public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) throws IOException {
        boot(Map.of(), java.time.Clock.systemUTC(), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    @Override
    public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
        close();
    }

    public Advisor advisor() {
        return advisor;
    }

    public jp.infracareer.metrics.Metrics metrics() {
        return metrics;
    }

    public SlackServer server() {
        return server;
    }

    public static RunningAdvisor start() throws IOException {
        return start(Map.of());
    }

    public static RunningAdvisor start(Map<String, String> extraEnv) throws IOException {
        return start(extraEnv, java.time.Clock.systemUTC(), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    /**
     * A second replica: another server, engine and Slack app in this JVM, against the same fake Slack as
     * {@code first} (and, with REDIS_URL in {@code env}, the same Redis), on the same clock. Closing it leaves
     * the fake open.
     */
    public static RunningAdvisor replicaOf(RunningAdvisor first, Map<String, String> extraEnv) throws IOException {
        RunningAdvisor running = new RunningAdvisor();
        running.ownsSlack = false;
        running.boot(extraEnv, first.clock, first.ticker, first.slack);
        return running;
    }

    private boolean ownsSlack = true;

    public static final String APP_TOKEN = "xapp-1-A0TEST-0000-test-app-token";

    /**
     * The server in Socket Mode: {@code SLACK_APP_TOKEN} set and no signing secret; {@code apps.connections.open}
     * on the fake Web API answers with {@code socket}'s loopback URL, so the app dials it as it starts (with
     * {@code socket} null it refuses, as Slack refuses a token that is not an app-level one).
     */
    public static RunningAdvisor startSocketMode(FakeSocketModeServer socket) throws IOException {
        RunningAdvisor running = new RunningAdvisor();
        FakeSlackApi slack = new FakeSlackApi();
        if (socket != null) {
            slack.useSocketModeUrl(socket::nextUrl);
        }
        try {
            running.boot(Map.of(Config.APP_TOKEN, APP_TOKEN, Config.SIGNING_SECRET, ""), java.time.Clock.systemUTC(),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker(), slack);
        } catch (RuntimeException e) {
            slack.close();
            running.backend.close();
            throw e;
        }
        return running;
    }

    /**
     * Settings of a distributed app (installed with OAuth in many workspaces): no bot token, the fake's client id
     * and secret, installations kept under {@code dataDir} (or in Redis when {@code REDIS_URL} is added).
     */
    public static Map<String, String> distributed(java.nio.file.Path dataDir) {
        return Map.of(Config.BOT_TOKEN, "", Config.CLIENT_ID, FakeWorkspaces.CLIENT_ID,
                Config.CLIENT_SECRET, FakeWorkspaces.CLIENT_SECRET, Config.DATA_DIR, dataDir.toString());
    }

    /** {@code /career <text>} from a user of workspace {@code teamId}; the raw HTTP answer. */
    public HttpResponse<String> career(String teamId, String userId, String text) throws IOException, InterruptedException {
        return postSigned(SlackPayloads.slashCommand(teamId, "/career", text, userId, slack.responseUrl("cmd-" + teamId + userId)));
    }

    /**
     * "Add to Slack" as a browser does it, for a workspace the fake approved with {@code code}: the install link
     * (which sets the state cookie), then Slack's redirect back with the code and state. The callback's answer.
     */
    public HttpResponse<String> install(String code) throws IOException, InterruptedException {
        HttpResponse<String> start = get(jp.infracareer.install.InstallPages.START_PATH, Map.of());
        String location = start.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect to Slack"));
        String state = null;
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            if (pair.startsWith("state=")) {
                state = java.net.URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        String cookie = start.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return get(jp.infracareer.workspace.Distribution.REDIRECT_PATH + "?code=" + code + "&state=" + state,
                Map.of("Cookie", cookie));
    }

    /** A GET that does not follow redirects, with request headers (a browser's cookie). */
    public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private java.util.concurrent.CompletableFuture<Void> loadingGate;

    /**
     * A server whose engine has not finished loading until the test completes {@code gate} (a replica that has
     * just started, its knowledge base still loading).
     */
    public static RunningAdvisor startWhileLoading(java.util.concurrent.CompletableFuture<Void> gate) throws IOException {
        RunningAdvisor running = new RunningAdvisor();
        running.loadingGate = gate;
        running.boot(Map.of(), java.time.Clock.systemUTC(), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        return running;
    }

    /** With a clock and a ticker the test controls, for idle expiry without sleeping. */
    public static RunningAdvisor start(Map<String, String> extraEnv, java.time.Clock clock,
            com.github.benmanes.caffeine.cache.Ticker ticker) throws IOException {
        RunningAdvisor running = new RunningAdvisor();
        running.boot(extraEnv, clock, ticker);
        return running;
    }

    private final java.util.List<Long> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Map<String, String> extraEnv;

    /** Every wait the server asked for (Retry-After, channel pacing), in milliseconds, in order. */
    public java.util.List<Long> sleeps() {
        return java.util.List.copyOf(sleeps);
    }

    /**
     * Returns once everything already queued for {@code userId} has run. Work for one user runs in order in
     * that user's lane, so a later event of theirs (opening the Home tab) that has been answered proves that
     * every earlier one has finished: a test can then assert that something did not happen.
     */
    public void barrier(String userId) throws Exception {
        java.util.function.Supplier<Long> published = () -> slack.calls("views.publish").stream()
                .filter(c -> userId.equals(c.form().get("user_id"))).count();
        long before = published.get();
        String body = SlackPayloads.eventCallback("Ev-barrier-" + java.util.UUID.randomUUID(), SlackPayloads.appHomeOpened(userId));
        if (postEvent(body, Map.of()).statusCode() != 200) {
            throw new AssertionError("the barrier event was refused");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (published.get() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the lane of " + userId + " did not drain in 10 s");
            }
            Thread.sleep(5);
        }
    }
    private java.time.Clock clock;
    private com.github.benmanes.caffeine.cache.Ticker ticker;
    private jp.infracareer.wiring.StateBackend backend;

    /**
     * Stops the server and starts a new one with nothing in memory (a new engine, store and Slack app), as a
     * deploy or a crash would, against the same fake Slack, whose channel history survives as Slack's would.
     */
    public void restart() throws IOException {
        server.stop();
        backend.close();
        FakeSlackApi kept = slack;
        boot(extraEnv, clock, ticker, kept);
    }

    private void boot(Map<String, String> extraEnv, java.time.Clock clock,
            com.github.benmanes.caffeine.cache.Ticker ticker) throws IOException {
        boot(extraEnv, clock, ticker, new FakeSlackApi());
    }

    private void boot(Map<String, String> extraEnv, java.time.Clock clock,
            com.github.benmanes.caffeine.cache.Ticker ticker, FakeSlackApi slack) throws IOException {
        this.extraEnv = extraEnv;
        this.clock = clock;
        this.ticker = ticker;
        Map<String, String> env = new HashMap<>();
        env.put(Config.BOT_TOKEN, BOT_TOKEN);
        env.put(Config.SIGNING_SECRET, SIGNING_SECRET);
        env.put(Config.PORT, "0");
        env.put(Config.SLACK_API_URL, slack.apiUrl());
        env.putAll(extraEnv);
        Config config = Config.fromEnv(env);
        this.backend = jp.infracareer.wiring.StateBackend.open(config, ticker);
        Advisor advisor = loadingGate == null ? Main.newAdvisor(config, backend.store(), clock)
                : new Advisor(java.util.concurrent.CompletableFuture.supplyAsync(jp.infracareer.content.KnowledgeBase::load)
                        .thenCombine(loadingGate, (kb, ignored) -> kb), backend.store(), config.defaultLang(), clock,
                        config.interviewIdle(), new java.util.SplittableRandom(), jp.infracareer.interview.ShareHook.NOT_CONFIGURED);
        jp.infracareer.metrics.Metrics metrics = new jp.infracareer.metrics.Metrics();
        slack.useClock(clock::instant);
        // nothing waits for real: a test clock moves on by what was waited, and every wait is recorded
        jp.infracareer.slack.Outbox.Sleeper sleeper = millis -> {
            sleeps.add(millis);
            if (clock instanceof MutableClock mutable) {
                mutable.advance(Duration.ofMillis(millis));
            }
        };
        this.server = SlackServer.create(config, advisor, backend, metrics, clock, sleeper).start();
        if (loadingGate == null) {
            // as a load balancer would (readiness): tests talk to a replica that has finished loading; a command
            // that arrives earlier is answered later through its response URL (ColdStartTest)
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!advisor.loaded() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        this.slack = slack;
        this.advisor = advisor;
        this.metrics = metrics;
    }

    /** Jobs after an ack waiting or running. */
    public int workPending() {
        return server.workPending();
    }

    public FakeSlackApi slack() {
        return slack;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** POSTs a form body to /slack/events, signed now. */
    public HttpResponse<String> postSigned(String body) throws IOException, InterruptedException {
        return postSigned(body, "application/x-www-form-urlencoded", System.currentTimeMillis() / 1000);
    }

    public HttpResponse<String> postSigned(String body, String contentType, long timestamp)
            throws IOException, InterruptedException {
        return post(body, contentType, Map.of(
                "X-Slack-Request-Timestamp", String.valueOf(timestamp),
                "X-Slack-Signature", SlackSigner.sign(SIGNING_SECRET, timestamp, body)));
    }

    public HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(AdvisorServer.SLACK_PATH))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POSTs a JSON event body to /slack/events, signed now, with optional extra headers (retries). */
    public HttpResponse<String> postEvent(String json, Map<String, String> extraHeaders) throws IOException, InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("X-Slack-Request-Timestamp", String.valueOf(now));
        headers.put("X-Slack-Signature", SlackSigner.sign(SIGNING_SECRET, now, json));
        return post(json, "application/json", headers);
    }

    /** Sends {@code /career <text>} as the given user and returns the parsed ack body. */
    public JsonNode career(String userId, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = postSigned(
                SlackPayloads.slashCommand("/career", text, userId, slack.responseUrl("cmd-" + userId)));
        if (response.statusCode() != 200) {
            throw new AssertionError("/career " + text + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return MAPPER.readTree(response.body());
    }

    /** The topic id of a Block Kit message: its first block's block_id. */
    public static String topicOf(JsonNode message) {
        return message.path("blocks").path(0).path("block_id").asText();
    }

    @Override
    public void close() {
        server.stop();
        backend.close();
        if (ownsSlack) {
            slack.close();
        }
    }
}
