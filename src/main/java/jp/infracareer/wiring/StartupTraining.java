package jp.infracareer.wiring;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.config.Config;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.server.AdvisorServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * {@code train-startup}: serves a few requests of every kind once, on loopback only, then a few seconds of a
 * mixed load (commands, free-text questions, interview answers), so that a JVM started with
 * {@code -XX:AOTCacheOutput} records the classes a served process loads and the profiles of its hot methods
 * (the Dockerfile builds its AOT cache this way; a replica started with it reaches its first ack sooner and
 * compiles its request path sooner: a profile of a handful of requests leaves the JIT nearly as cold as none).
 * Slack's Web API is a stand-in on loopback that answers every call with ok; the signing secret is made up for
 * the run; nothing leaves the machine and nothing is kept. Succeeds when every request of the first pass was
 * acknowledged, the DM answered, and the load was served.
 */
public final class StartupTraining {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StartupTraining.class);

    private StartupTraining() {}

    /** Load after the first pass, by default: long enough for the JIT's profiles of the request path to fill. */
    public static final Duration DEFAULT_LOAD = Duration.ofSeconds(10);

    /** Senders of the load at once: a few, as a replica under light use sees (two cores build the image). */
    private static final int SENDERS = 4;

    /** Work waiting at most while the load is sent (the queues refuse at 10,000). */
    private static final int MAX_BACKLOG = 200;

    /** What the run did: {@code ok} is the exit status's meaning; {@code loadServed} counts acked load requests. */
    public record Outcome(boolean ok, int loadServed, int loadSent) {}

    /** {@code engine} builds the advisor over a store, as the served process does (Main's wiring). */
    public static Outcome run(java.util.function.BiFunction<Config, jp.infracareer.state.ConversationStore, Advisor> engine,
            Duration load) throws Exception {
        AtomicInteger posts = new AtomicInteger();
        Server slack = new Server(new java.net.InetSocketAddress("127.0.0.1", 0));
        slack.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String path = request.getHttpURI().getPath();
                if (path.endsWith("/chat.postMessage")) {
                    posts.incrementAndGet();
                }
                // a DM channel is an object in conversations.open's answer and an id in chat.postMessage's
                String channel = path.endsWith("/conversations.open") ? "{\"id\":\"D0TRAIN\"}" : "\"D0TRAIN\"";
                response.getHeaders().put("Content-Type", "application/json; charset=utf-8");
                response.write(true, java.nio.ByteBuffer.wrap(("{\"ok\":true,\"url\":\"https://train.invalid/\","
                        + "\"team\":\"train\",\"user\":\"bot\",\"team_id\":\"T0TRAIN\",\"user_id\":\"U0TRAINBOT\",\"bot_id\":\"B0TRAIN\","
                        + "\"channel\":" + channel + ",\"ts\":\"1.000001\"}").getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        slack.start();
        String secret = HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(16));
        int apiPort = ((org.eclipse.jetty.server.ServerConnector) slack.getConnectors()[0]).getLocalPort();
        Config config = Config.fromEnv(Map.of(Config.BOT_TOKEN, "xoxb-0-train", Config.SIGNING_SECRET, secret,
                Config.SLACK_API_URL, "http://127.0.0.1:" + apiPort + "/api/", "PORT", "0"));
        StateBackend backend = StateBackend.open(config, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        Advisor advisor = engine.apply(config, backend.store());
        Metrics metrics = new Metrics();
        SlackServer server = SlackServer.create(config, advisor, backend, metrics).start();
        try {
            long loading = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!advisor.loaded() && System.nanoTime() < loading) {
                Thread.sleep(20); // the requests below then take the paths of a loaded replica
            }
            URI uri = URI.create("http://127.0.0.1:" + server.port() + AdvisorServer.SLACK_PATH);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            boolean ok = true;
            for (int round = 0; round < 3; round++) {
                for (String text : List.of("help", "compare infra server", "監視ってどんな仕事？", "what does a network engineer do",
                        "interview")) {
                    ok &= send(http, uri, secret, slashCommand(text, "U0TRAIN" + round), "application/x-www-form-urlencoded");
                }
                ok &= send(http, uri, secret, directMessage("U0TRAIN" + round, ANSWERS.get(0), "Ev0TRAIN" + round),
                        "application/json");
            }
            ok &= drained(server, posts);
            var delivered = metrics.registry().find("slack.api.calls").tag("method", "chat.postMessage").tag("outcome", "ok").counter();
            ok &= delivered != null && delivered.count() > 0;
            int[] served = load(http, uri, secret, load, server);
            ok &= drained(server, posts) && served[0] == served[1];
            log.info("start-up training: {} ({} posts, {} of {} load requests acknowledged)",
                    ok ? "done" : "some requests were not answered", posts.get(), served[0], served[1]);
            return new Outcome(ok, served[0], served[1]);
        } finally {
            server.stop();
            backend.close();
            slack.stop();
        }
    }

    /** Waits (60 s at most) until the work acknowledged so far is done and at least one post was made. */
    private static boolean drained(SlackServer server, AtomicInteger posts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((server.workPending() > 0 || posts.get() == 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return server.workPending() == 0;
    }

    /** Slash commands the load sends: the commands, questions and starts people send most, ja and en. */
    private static final List<String> COMMANDS = List.of("compare infra server", "監視ってどんな仕事？", "help",
            "what does a network engineer do", "未経験からインフラエンジニアになるには？", "compare network cloud", "interview",
            "資格は何から取ればいい？", "how much do infrastructure engineers earn?", "運用と保守の違いは？");

    /** Interview answers the load sends as DMs: a sound one, a short one, a list of terms, an English one. */
    private static final List<String> ANSWERS = List.of(
            "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、障害対応をしました。",
            "パソコンが好きだからです。",
            "Linux、AWS、CCNA、LPIC、監視、障害対応、24時間365日。",
            "I chose infrastructure because at my last job I kept the shop's network running and found I enjoyed it.");

    /**
     * Sends the mix from a few senders until {@code length} has passed, each sender its own users (an interview
     * started by command, then answered by DM). Returns {acknowledged, sent}.
     */
    private static int[] load(HttpClient http, URI uri, String secret, Duration length, SlackServer server)
            throws InterruptedException {
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        var senders = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
        try {
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                senders.execute(() -> {
                    for (int i = 0; System.nanoTime() < end && !Thread.currentThread().isInterrupted(); i++) {
                        // acks come back faster than the answers behind them are posted: keep the backlog small, so a slow
                        // build machine neither fills the work queues (503) nor leaves work undone at the end
                        while (server.workPending() > MAX_BACKLOG && System.nanoTime() < end) {
                            try {
                                Thread.sleep(5);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        String user = "U0LOAD" + sender + "X" + (i / COMMANDS.size() % 32);
                        boolean dm = i % 3 == 2;
                        String body = dm ? directMessage(user, ANSWERS.get(i % ANSWERS.size()), "Ev0LOAD" + sender + "X" + i)
                                : slashCommand(COMMANDS.get(i % COMMANDS.size()), user);
                        sent.incrementAndGet();
                        try {
                            if (send(http, uri, secret, body, dm ? "application/json" : "application/x-www-form-urlencoded")) {
                                acked.incrementAndGet();
                            }
                        } catch (Exception e) {
                            return; // counted as sent, not acknowledged: the run then reports it
                        }
                    }
                });
            }
        } finally {
            senders.shutdown();
        }
        if (!senders.awaitTermination(length.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS)) {
            senders.shutdownNow();
            sent.incrementAndGet(); // a sender that never finished: the run reports the load as not all served
        }
        return new int[] {acked.get(), sent.get()};
    }

    private static String slashCommand(String text, String user) {
        return "token=train&team_id=T0TRAIN&team_domain=train&channel_id=C0TRAIN&channel_name=train&user_id=" + user
                + "&user_name=train&command=%2Fcareer&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A0TRAIN&is_enterprise_install=false&response_url="
                + URLEncoder.encode("http://127.0.0.1:9/response", StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
    }

    /** A DM from {@code user}: an answer when that user has an interview going, else a question. No quotes in text. */
    private static String directMessage(String user, String text, String eventId) {
        return "{\"token\":\"train\",\"team_id\":\"T0TRAIN\",\"api_app_id\":\"A0TRAIN\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1,\"event\":{\"type\":\"message\",\"channel\":\"D0TRAIN\","
                + "\"channel_type\":\"im\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"client_msg_id\":\"" + eventId
                + "\",\"ts\":\"1." + Integer.toUnsignedString(eventId.hashCode()) + "\"}}";
    }

    private static boolean send(HttpClient http, URI uri, String secret, String body, String type) throws Exception {
        long ts = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", String.valueOf(ts)).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
