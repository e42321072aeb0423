import com.sun.net.httpserver.HttpServer;
import io.lettuce.core.RedisClient;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DM round trips mid-interview with state in Redis vs in the process, side by side: the same shaded jar,
 * started once per round with and without REDIS_URL (rounds alternate), driven by closed-loop clients that
 * each send a user's answer and wait until the fake Slack API has received the two replies it causes
 * (feedback, next question). Also counts Redis commands per DM from INFO commandstats.
 * Usage (from bench/redis.sh): java RedisBench <redis-server binary> [seconds per round]
 */
public class RedisBench {
    static final int CLIENTS = 16;
    static final int USERS = 1500;
    static final String ANSWER = "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、障害対応をしました。";

    /** Replies seen per channel, counted by the shared fake Slack API. */
    static final Map<String, Semaphore> posts = Bench.POSTS;

    public static void main(String[] args) throws Exception {
        String binary = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        HttpServer fake = Bench.fakeSlack();
        String apiUrl = "http://127.0.0.1:" + fake.getAddress().getPort() + "/api/";
        int redisPort = Bench.freePort();
        Path dir = Files.createTempDirectory("bench-redis");
        Process redis = new ProcessBuilder(binary, "--port", String.valueOf(redisPort), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--dir", dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        String redisUrl = "redis://127.0.0.1:" + redisPort;
        RedisClient stats = RedisClient.create(redisUrl);
        var statsConnection = connectWithRetry(stats);
        List<String> rows = new ArrayList<>();
        Map<String, List<double[]>> results = new ConcurrentHashMap<>();
        try {
            for (int round = 0; round < 3; round++) {
                for (String mode : List.of("memory", "redis")) {
                    statsConnection.sync().flushall();
                    long callsBefore = totalCalls(statsConnection.sync().info("commandstats"));
                    double[] r = round(mode.equals("redis") ? redisUrl : null, apiUrl, seconds, round);
                    long calls = totalCalls(statsConnection.sync().info("commandstats")) - callsBefore;
                    double perDm = mode.equals("redis") && r[2] > 0 ? calls / r[2] : 0;
                    results.computeIfAbsent(mode, m -> Collections.synchronizedList(new ArrayList<>()))
                            .add(new double[] {r[0], r[1], perDm, r[3]});
                    System.out.printf(Locale.ROOT, "round %d %-6s %.0f DM/s, p50 %.1f ms, p99 %.1f ms, %.1f Redis commands/DM%n",
                            round + 1, mode, r[0], r[1], r[3], perDm);
                }
            }
        } finally {
            statsConnection.close();
            stats.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            redis.destroy();
            fake.stop(0);
        }
        double mem = median(results.get("memory"), 0);
        double red = median(results.get("redis"), 0);
        rows.add("# Redis vs in-process state: DM round trips");
        rows.add("");
        rows.add("Run " + LocalDateTime.now().withNano(0) + " by `bash bench/redis.sh " + seconds + "` on " + Bench.machine() + ".");
        rows.add("The advisor's shaded jar, started once per round with and without `REDIS_URL` (a local redis-server,");
        rows.add("no persistence); rounds alternate, three of each; medians shown. " + CLIENTS + " closed-loop clients each send");
        rows.add("a user's interview answer (a signed `message.im` event) and wait until the fake Slack API has received");
        rows.add("both replies (feedback and the next question): the round trip is event in to last reply posted.");
        rows.add("");
        rows.add("| measure | in-process (Caffeine) | Redis | ratio Redis / in-process |");
        rows.add("|---|---|---|---|");
        rows.add(String.format(Locale.ROOT, "| DM round trips per second | %.0f | %.0f | %.2f |", mem, red, red / mem));
        rows.add(String.format(Locale.ROOT, "| round trip p50 (ms) | %.1f | %.1f | %.2f |", median(results.get("memory"), 1),
                median(results.get("redis"), 1), median(results.get("redis"), 1) / median(results.get("memory"), 1)));
        rows.add(String.format(Locale.ROOT, "| round trip p99 (ms) | %.1f | %.1f | %.2f |", median(results.get("memory"), 3),
                median(results.get("redis"), 3), median(results.get("redis"), 3) / median(results.get("memory"), 3)));
        rows.add(String.format(Locale.ROOT, "| Redis commands per DM | 0 | %.1f | |", median(results.get("redis"), 2)));
        rows.add("");
        String text = String.join("\n", rows) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("bench", "RESULTS-redis.md"), text);
        System.exit(0);
    }

    /** One advisor process: interviews started for every user, then answers for {@code seconds}. */
    static double[] round(String redisUrl, String apiUrl, int seconds, int round) throws Exception {
        int port = Bench.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-jar", "target/infra-career-advisor.jar", "serve")
                .redirectErrorStream(true).redirectOutput(new File("target/bench-redis-" + (redisUrl == null ? "memory" : "redis") + ".log"));
        pb.environment().put("SLACK_BOT_TOKEN", Bench.TOKEN);
        pb.environment().put("SLACK_SIGNING_SECRET", Bench.SECRET);
        pb.environment().put("SLACK_API_URL", apiUrl);
        pb.environment().put("PORT", String.valueOf(port));
        if (redisUrl != null) {
            pb.environment().put("REDIS_URL", redisUrl);
        }
        Process process = pb.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
        try {
            for (int attempt = 0; attempt < 600; attempt++) {
                try {
                    if (client.send(Bench.slash(uri, "help", "UWARM"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    Thread.sleep(20);
                }
            }
            posts.clear();
            String prefix = "UR" + round + (redisUrl == null ? "M" : "R");
            for (int u = 0; u < USERS; u++) {
                posts.put("D" + prefix + u, new Semaphore(0));
                client.send(Bench.slash(uri, "interview", prefix + u), HttpResponse.BodyHandlers.discarding());
            }
            for (int u = 0; u < USERS; u++) {
                posts.get("D" + prefix + u).tryAcquire(2, 10, TimeUnit.SECONDS);
            }
            // warm-up, then the measured phase
            drive(client, uri, prefix, 3, new AtomicInteger());
            AtomicInteger next = new AtomicInteger(USERS / 4);
            return drive(client, uri, prefix, seconds, next);
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Closed loop: each client takes the next user, sends an answer, waits for both replies. */
    static double[] drive(HttpClient client, URI uri, String prefix, int seconds, AtomicInteger next) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong events = new AtomicLong(System.nanoTime());
        var pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int u = next.getAndIncrement() % USERS;
                    String user = prefix + u;
                    long t0 = System.nanoTime();
                    client.send(Bench.dm(uri, user, ANSWER, "Ev-rb-" + events.incrementAndGet()), HttpResponse.BodyHandlers.discarding());
                    if (posts.get("D" + user).tryAcquire(2, 10, TimeUnit.SECONDS)) {
                        samples.add(System.nanoTime() - t0);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        return new double[] {sorted.size() / elapsed, p50, sorted.size(), p99};
    }

    static io.lettuce.core.api.StatefulRedisConnection<String, String> connectWithRetry(RedisClient client) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                return client.connect();
            } catch (RuntimeException e) {
                Thread.sleep(50);
            }
        }
        return client.connect();
    }

    static long totalCalls(String commandstats) {
        long total = 0;
        for (String line : commandstats.split("\r?\n")) {
            int at = line.indexOf("calls=");
            if (line.startsWith("cmdstat_") && at >= 0 && !line.startsWith("cmdstat_info") && !line.startsWith("cmdstat_flushall")) {
                total += Long.parseLong(line.substring(at + 6, line.indexOf(',', at)));
            }
        }
        return total;
    }

    static double median(List<double[]> rows, int index) {
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> values.add(r[index]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
