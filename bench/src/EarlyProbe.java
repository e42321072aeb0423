import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first 10 seconds only, as bench/run.sh measures them (the mix at 200 req/s right after the first ack),
 * with the latency per second and the server's CPU over those seconds, for comparing variants quickly.
 * Alternates the advisor with each set of JVM options given (separated by ";", e.g. "-Dx=1;-Dx=2"; "jar=path"
 * runs another build of the advisor, "java=path" another JDK's launcher; default {@code BENCH_JAVA}) and, with EARLY_BARE=1, the bare app (with BARE_JAVA_OPTS, as in StartProbe; EARLY_BARE=only runs the bare app alone,
 * e.g. as the training run of its AOT cache). EARLY_THREADS=1 adds the 25 slowest requests (kind, when due, latency)
 * and where the window's CPU went by thread group. Usage: java EarlyProbe rounds [options;...]
 */
public final class EarlyProbe {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> variants = args.length > 1 ? List.of(args[1].split(";", -1)) : List.of("");
        var fake = Bench.fakeSlack();
        String apiUrl = "http://127.0.0.1:" + fake.getAddress().getPort() + "/api/";
        String java = Bench.java(); // BENCH_JAVA, else this JVM's launcher
        boolean advisor = !"only".equals(System.getenv("EARLY_BARE"));
        for (int r = 0; r < rounds; r++) {
            for (String variant : advisor ? variants : List.<String>of()) {
                List<String> ours = new ArrayList<>(List.of(java, "-Xmx1g"));
                String jar = "target/infra-career-advisor.jar";
                for (String option : variant.strip().split("\\s+")) {
                    if (option.startsWith("jar=")) {
                        jar = option.substring("jar=".length()); // another build of the advisor, to compare with
                    } else if (option.startsWith("java=")) {
                        ours.set(0, option.substring("java=".length())); // another JDK's launcher for this variant
                    } else if (!option.isEmpty()) {
                        ours.add(option);
                    }
                }
                ours.addAll(List.of("-jar", jar, "serve"));
                System.out.println("advisor [" + variant + "] " + probe(ours, apiUrl));
            }
            if (System.getenv("EARLY_BARE") != null) {
                for (String options : System.getenv().getOrDefault("BARE_JAVA_OPTS", "").split(";", -1)) {
                    System.out.println("bare " + (options.isBlank() ? "" : "[" + options.strip() + "] ")
                            + probe(StartProbe.bare(Bench.bareJava(), options), apiUrl));
                }
            }
        }
        System.exit(0);
    }

    static String probe(List<String> command, String apiUrl) throws Exception {
        int port = Bench.freePort();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "earlyprobe.log").toFile());
        pb.environment().put("SLACK_BOT_TOKEN", Bench.TOKEN);
        pb.environment().put("SLACK_SIGNING_SECRET", Bench.SECRET);
        pb.environment().put("SLACK_API_URL", apiUrl);
        pb.environment().put("PORT", String.valueOf(port));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
        long spawned = System.nanoTime();
        Process p = pb.start();
        try {
            long ack = -1;
            for (int attempt = 0; attempt < 600 && ack < 0; attempt++) {
                try {
                    if (client.send(Bench.slash(uri, "help", "UWARM"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        ack = (System.nanoTime() - spawned) / 1_000_000;
                    }
                } catch (java.io.IOException e) {
                    Thread.sleep(20);
                }
            }
            long cpuBefore = Bench.cpuMicros(p.pid());
            var threadsBefore = Bench.perThread(p.pid());
            int rate = Bench.EARLY_RATE;
            int seconds = 10;
            int total = rate * seconds;
            long[] latencies = new long[total];
            AtomicLong events = new AtomicLong(1_000_000);
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            long start = System.nanoTime() + 50_000_000;
            long interval = 1_000_000_000L / rate;
            CountDownLatch done = new CountDownLatch(total);
            for (int i = 0; i < total; i++) {
                final int n = i;
                long due = start + n * interval;
                timer.schedule(() -> client.sendAsync(Bench.request(uri, events, n), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((resp, e) -> {
                            latencies[n] = (System.nanoTime() - due) / 1000;
                            done.countDown();
                        }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            done.await(seconds + 60L, TimeUnit.SECONDS);
            long cpu = Bench.cpuMicros(p.pid()) - cpuBefore;
            var threads = Bench.perThread(p.pid());
            timer.shutdownNow();
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "ack=%d ms cpu10s=%d ms", ack, cpu / 1000));
            long[] all = latencies.clone();
            Arrays.sort(all);
            out.append(String.format(Locale.ROOT, " p50=%.1f p99=%.1f ms; p99 by second:", Bench.pct(all, 0.5) / 1000.0,
                    Bench.pct(all, 0.99) / 1000.0));
            for (int s = 0; s < seconds; s++) {
                long[] part = Arrays.copyOfRange(latencies, s * rate, (s + 1) * rate);
                Arrays.sort(part);
                out.append(String.format(Locale.ROOT, " %.0f", Bench.pct(part, 0.99) / 1000.0));
            }
            if ("1".equals(System.getenv("EARLY_THREADS"))) {
                // the slowest requests: kind (c = compare, f = free text, d = DM), when due (ms into the window), latency
                Integer[] order = new Integer[total];
                for (int i = 0; i < total; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Long.compare(latencies[b], latencies[a]));
                out.append("; slowest:");
                for (int i = 0; i < 25; i++) {
                    int n = order[i];
                    out.append(String.format(Locale.ROOT, " %s@%d=%d", "cfd".charAt(n % 3), n * 1000 / rate, latencies[n] / 1000));
                }
                // where the window's CPU went, by thread group, per thread id (a thread that ended inside the window
                // is not counted; the sum beside the process's figure says how much that left out)
                Map<String, Long> byGroup = new java.util.TreeMap<>();
                threads.forEach((tid, t) -> byGroup.merge(t.getKey(),
                        t.getValue() - (threadsBefore.containsKey(tid) ? threadsBefore.get(tid).getValue() : 0L), Long::sum));
                out.append(String.format(Locale.ROOT, "; CPU by threads (ms, %d of %d):",
                        byGroup.values().stream().mapToLong(Long::longValue).sum() / 1000, cpu / 1000));
                byGroup.entrySet().stream()
                        .filter(e -> e.getValue() >= 50_000)
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> out.append(String.format(Locale.ROOT, " [%s] %d", e.getKey(), e.getValue() / 1000)));
            }
            return out.toString();
        } finally {
            p.destroy();
            // a training run (-XX:AOTCacheOutput) writes its cache after SIGTERM, which takes a while on 2 cores
            p.waitFor(180, TimeUnit.SECONDS);
        }
    }
}
