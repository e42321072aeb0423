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
 * {@code train-startup}: serves a few requests of every kind once, on loopback only, so that a JVM started
 * with {@code -XX:ArchiveClassesAtExit} records the classes a served process loads (the Dockerfile builds its
 * class-data archive this way; a server started with it reaches its first ack sooner). Slack's Web API is a
 * stand-in on loopback that answers every call with ok; the signing secret is made up for the run; nothing
 * leaves the machine and nothing is kept. Returns 0 when every request was acknowledged and the DM answered.
 */
public final class StartupTraining {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StartupTraining.class);

    private StartupTraining() {}

    /** {@code engine} builds the advisor over a store, as the served process does (Main's wiring). */
    public static int run(java.util.function.BiFunction<Config, jp.infracareer.state.ConversationStore, Advisor> engine)
            throws Exception {
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
                    ok &= send(http, uri, secret, slashCommand(text, round), "application/x-www-form-urlencoded");
                }
                ok &= send(http, uri, secret, directMessage(round), "application/json");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while ((server.workPending() > 0 || posts.get() == 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            var delivered = metrics.registry().find("slack.api.calls").tag("method", "chat.postMessage").tag("outcome", "ok").counter();
            ok &= delivered != null && delivered.count() > 0 && server.workPending() == 0;
            log.info("start-up training: {} ({} posts)", ok ? "done" : "some requests were not answered", posts.get());
            return ok ? 0 : 1;
        } finally {
            server.stop();
            backend.close();
            slack.stop();
        }
    }

    private static String slashCommand(String text, int round) {
        return "token=train&team_id=T0TRAIN&team_domain=train&channel_id=C0TRAIN&channel_name=train&user_id=U0TRAIN" + round
                + "&user_name=train&command=%2Fcareer&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A0TRAIN&is_enterprise_install=false&response_url="
                + URLEncoder.encode("http://127.0.0.1:9/response", StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
    }

    /** An answer to the interview the same user started above. */
    private static String directMessage(int round) {
        return "{\"token\":\"train\",\"team_id\":\"T0TRAIN\",\"api_app_id\":\"A0TRAIN\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev0TRAIN" + round + "\",\"event_time\":1,\"event\":{\"type\":\"message\",\"channel\":\"D0TRAIN\","
                + "\"channel_type\":\"im\",\"user\":\"U0TRAIN" + round + "\",\"text\":\"私がインフラを選んだのは、安定稼働を支えたい"
                + "からです。前職で3年間、障害対応をしました。\",\"client_msg_id\":\"train-" + round + "\",\"ts\":\"1.00000" + round + "\"}}";
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
