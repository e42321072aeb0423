import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.Semaphore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Drives the advisor and a bare Bolt app with requests signed exactly as Slack signs them, against a
 * fake Slack Web API on loopback, and writes bench/RESULTS.md. Loopback only; every loop is bounded.
 * Usage: java Bench [seconds per phase] (see bench/run.sh).
 */
public final class Bench {
    static final String SECRET = "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "xoxb-0000-bench-token";
    static final int CONCURRENCY = 32;
    static final int RATE = 500;
    /** Load in the first 10 seconds after start: moderate, so the figure is about warm-up, not saturation. */
    static final int EARLY_RATE = 200;
    static final int USERS = 3000;

    record Stats(String name, double rps, long p50us, long p99us, long p999us, long errors, long count) {}

    record Target(String name, List<String> command, Map<String, Long> results) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String classpath = System.getProperty("java.class.path");
        HttpServer fake = fakeSlack();
        String apiUrl = "http://127.0.0.1:" + fake.getAddress().getPort() + "/api/";
        String java = java();

        List<String> report = new ArrayList<>();
        List<String> advisorCommand = new ArrayList<>(List.of(java, "-Xmx1g"));
        List<String> image = imageOptions();
        advisorCommand.addAll(image);
        // e.g. ADVISOR_JAVA_OPTS=-XX:StartFlightRecording=filename=target/advisor.jfr to profile the advisor
        String extra = System.getenv().getOrDefault("ADVISOR_JAVA_OPTS", "");
        if (!extra.isBlank()) {
            advisorCommand.addAll(List.of(extra.strip().split("\\s+")));
        }
        advisorCommand.addAll(List.of("-jar", "target/infra-career-advisor.jar", "serve"));
        // alternate the two apps in rounds (the order flips each round), so that a busy spell on this shared
        // machine falls on both; every figure below is the median of the rounds with its spread [min–max]
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        List<Map<String, Object>> oursRuns = new ArrayList<>();
        List<Map<String, Object>> bareRuns = new ArrayList<>();
        // BARE_JAVA_OPTS (e.g. its own AOT cache) runs the bare app from target/bench/bare.jar, as StartProbe does
        String bareOptions = System.getenv().getOrDefault("BARE_JAVA_OPTS", "");
        List<String> bareCommand = new ArrayList<>(bareOptions.isBlank() ? List.of(bareJava(), "-Xmx1g", "-cp", classpath, "BareBoltApp")
                : StartProbe.bare(bareJava(), bareOptions));
        bareCommand.addAll(1, image);
        boolean onlyAdvisor = System.getenv("BENCH_ONLY_ADVISOR") != null;
        for (int r = 0; r < rounds; r++) {
            // the mixed throughput phases once (round 1); start, warm-up and CPU per request every round
            boolean full = r == 0;
            System.out.println("round " + (r + 1) + " of " + rounds + (onlyAdvisor ? "" : (r % 2 == 0 ? ": advisor first" : ": bare app first")));
            if (r % 2 == 0 || onlyAdvisor) {
                oursRuns.add(run("advisor", advisorCommand, apiUrl, seconds, true, full));
                if (!onlyAdvisor) {
                    bareRuns.add(run("bare Bolt app", bareCommand, apiUrl, seconds, false, full));
                }
            } else {
                bareRuns.add(run("bare Bolt app", bareCommand, apiUrl, seconds, false, full));
                oursRuns.add(run("advisor", advisorCommand, apiUrl, seconds, true, full));
            }
            System.out.println("  advisor: " + summary(oursRuns.get(oursRuns.size() - 1)));
            if (!onlyAdvisor) {
                System.out.println("  bare:    " + summary(bareRuns.get(bareRuns.size() - 1)));
            }
        }
        fake.stop(0);
        if (onlyAdvisor) {
            System.exit(0);
        }
        Map<String, Object> ours = oursRuns.get(0);
        Map<String, Object> bare = bareRuns.get(0);

        Process probe = new ProcessBuilder(java, "-Xmx2g", "-cp", classpath, "MemoryProbe").redirectErrorStream(true).start();
        String probeOut = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        probe.waitFor(5, TimeUnit.MINUTES);
        long idleBytes = value(probeOut, "idle_bytes_per_user");
        long interviewBytes = value(probeOut, "interview_bytes_per_user");

        Stats oc = (Stats) ours.get("concurrency");
        Stats bc = (Stats) bare.get("concurrency");
        Stats orate = (Stats) ours.get("rate");
        Stats brate = (Stats) bare.get("rate");
        double ratio = oc.rps() / bc.rps();

        report.add("# Benchmark results");
        report.add("");
        report.add("Run " + LocalDateTime.now().withNano(0) + " by `bash bench/run.sh " + seconds + "` (" + rounds
                + " rounds) on " + machine() + ", load average " + loadAverage() + " at the end.");
        if (System.getenv("BENCH_JAVA") != null || !extra.isBlank() || !bareOptions.isBlank()) {
            report.add("Servers on `" + java + "`; advisor options `" + extra.strip() + "`, bare app options `"
                    + bareOptions.strip() + "` (besides `-Xmx1g`).");
        }
        report.add("Both apps run with the image's JVM options (the Dockerfile's ENTRYPOINT, less its cache and memory share): `"
                + String.join(" ", image) + "`.");
        report.add("Load generator, fake Slack Web API and the server under test share this machine (loopback only).");
        report.add("Requests are signed as Slack signs them. Mix for both apps: one third `/career compare infra server`,");
        report.add("one third `/career 監視ってどんな仕事？`, one third `message.im` events from " + USERS + " users with a mock");
        report.add("interview in progress. Latency is time to the HTTP acknowledgement. The two apps alternate in " + rounds
                + " rounds;");
        report.add("figures are **median [min–max] over the rounds**, ratios are taken within each round (ours / bare) and");
        report.add("then their median and spread. CPU per request is the primary figure (from `/proc/<pid>/stat`). In every round");
        report.add("each app's JIT is warmed by " + warmupSeconds() + " s of the mix (`BENCH_WARMUP`) before it is measured, and before");
        report.add("the DM phase each app answers " + dmWarmupSeconds() + " s of DMs alone from other users (`BENCH_DM_WARMUP`), reported as");
        report.add("\"the first DMs\": the answer path's once-per-answer methods reach C2 there; the DM target is judged after them.");
        report.add("");
        report.add("| measure | advisor | bare Bolt app | ratio (ours/bare) | target | met (median) |");
        report.add("|---|---|---|---|---|---|");
        report.add(ratioRow("server CPU per `/career compare infra server` (µs)", oursRuns, bareRuns, m -> (Double) m.get("cpuCompare"),
                "%.0f", "≤ 1.15", x -> x <= 1.15));
        report.add(ratioRow("server CPU per `/career 監視ってどんな仕事？` (µs)", oursRuns, bareRuns, m -> (Double) m.get("cpuFree"),
                "%.0f", "≤ 1.3", x -> x <= 1.3));
        report.add(ratioRow("server CPU per DM in the first " + dmWarmupSeconds() + " s of DMs alone (µs; C2 compiles the answer path here)",
                oursRuns, bareRuns, m -> ((double[]) m.get("dmFirst"))[3], "%.0f", "", null));
        report.add(ratioRow("server CPU per DM after those (µs; ours mid-interview: analysis, feedback and next question; bare: 1 post)",
                oursRuns, bareRuns, m -> ((double[]) m.get("dm"))[3], "%.0f", "≤ 1.5", x -> x <= 1.5));
        // the same phases without the CPU of the JIT's compiler threads: what serving cost, apart from compiling
        // (code still running before C2 has compiled it is slower too, so this is not the settled figure either)
        report.add(jitRow(oursRuns, bareRuns));
        report.add(ratioRow("server CPU per compare without the compiler threads (µs)", oursRuns, bareRuns,
                m -> (Double) m.get("cpuCompare") * (1 - (Double) m.get("jitCompare")), "%.0f", "", null));
        report.add(ratioRow("server CPU per free-text question without the compiler threads (µs)", oursRuns, bareRuns,
                m -> (Double) m.get("cpuFree") * (1 - (Double) m.get("jitFree")), "%.0f", "", null));
        report.add(ratioRow("server CPU per DM in the first DMs without the compiler threads (µs)", oursRuns, bareRuns,
                m -> ((double[]) m.get("dmFirst"))[3] * (1 - (Double) m.get("jitDmFirst")), "%.0f", "", null));
        report.add(ratioRow("server CPU per DM after those, without the compiler threads (µs)", oursRuns, bareRuns,
                m -> ((double[]) m.get("dm"))[3] * (1 - (Double) m.get("jitDm")), "%.0f", "", null));
        report.add(ratioRow("DM round trips per second (event in → last reply posted at the fake API)", oursRuns, bareRuns,
                m -> ((double[]) m.get("dm"))[0], "%.0f", "", null));
        report.add(ratioRow("DM round trip p50 (ms)", oursRuns, bareRuns, m -> ((double[]) m.get("dm"))[1], "%.1f", "", null));
        report.add(differenceRow("process start to first acknowledged command (ms)", oursRuns, bareRuns,
                m -> ((Long) m.get("startMs")).doubleValue(), "within +200 ms", 200));
        report.add(ratioRow("p99 in the first 10 s after the first ack, " + EARLY_RATE + " req/s (ms)", oursRuns, bareRuns,
                m -> ((Stats) m.get("early")).p99us() / 1000.0, "%.1f", "≤ 2", x -> x <= 2));
        report.add(ratioRow("p50 in the first 10 s after the first ack (ms)", oursRuns, bareRuns,
                m -> ((Stats) m.get("early")).p50us() / 1000.0, "%.1f", "", null));
        report.add(String.format(Locale.ROOT, "| throughput at %d concurrent, round 1 (req/s) | %.0f | %.0f | %.2f | | |",
                CONCURRENCY, oc.rps(), bc.rps(), ratio));
        report.add(row("p50 / p99 / p99.9 at " + CONCURRENCY + " concurrent, round 1 (ms)", oc, bc, "", ""));
        report.add(String.format(Locale.ROOT, "| errors at %d concurrent, round 1 | %d of %d | %d of %d | | 0 | %s |",
                CONCURRENCY, oc.errors(), oc.count(), bc.errors(), bc.count(), oc.errors() == 0 ? "yes" : "no"));
        report.add(String.format(Locale.ROOT, "| of which 503 (work queues full: refused at once, Slack retries) | %d | %d | | | |",
                (Long) ours.get("shed"), (Long) bare.get("shed")));
        report.add(String.format(Locale.ROOT, "| achieved rate at %d req/s target, round 1 (req/s) | %.0f | %.0f | | | |", RATE, orate.rps(), brate.rps()));
        report.add(row("p50 / p99 / p99.9 at " + RATE + " req/s, round 1 (ms)", orate, brate, "", ""));
        report.add(String.format(Locale.ROOT, "| errors at %d req/s, round 1 | %d of %d | %d of %d | | 0 | %s |",
                RATE, orate.errors(), orate.count(), brate.errors(), brate.count(), orate.errors() == 0 ? "yes" : "no"));
        report.add(ratioRow("peak RSS (MB)", oursRuns, bareRuns, m -> (Long) m.get("rssKb") / 1024.0, "%.0f", "", null));
        report.add(String.format(Locale.ROOT, "| retained heap per idle user (bytes, 100,000 users) | %d | | | < 2048 | %s |",
                idleBytes, idleBytes < 2048 ? "yes" : "no"));
        report.add(String.format(Locale.ROOT, "| retained heap per mid-interview user (bytes, 100,000 users) | %d | | | | |", interviewBytes));
        report.add("");
        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("bench", "RESULTS.md"), text + NOTES);
        // the HTTP client's and the fake API's pools are not daemon threads: end here, not when they idle out
        System.exit(0);
    }

    static final String NOTES = """

            ## Notes
            - Both servers run with `-Xmx1g` on the default JDK (or `BENCH_JAVA`'s); the advisor from its shaded jar, the bare app from
              `bench/src/BareBoltApp.java` (Bolt + Jetty 12, `/career` acked with one line).
            - Fixed concurrency: %d closed-loop clients for the phase length. Fixed rate: requests scheduled every
              2 ms and timed from their scheduled start, so a slow server cannot hide queueing (no coordinated omission).
            - Memory: `bench/src/MemoryProbe.java` fills the real Caffeine store with 100,000 users of each kind,
              forces GC and divides the heap growth.
            - JIT: the CPU phases follow the warm-up on the mix (`BENCH_WARMUP` seconds, default 20 as in the issue's
              method; round 1 has its throughput phases after it too), and on 2 cores HotSpot's C2 compiler may still
              be compiling in them (its threads' CPU is read from `/proc/<pid>/task/*/stat`). The targets are judged on the whole
              process's CPU as before; the rows "without the compiler threads" take that CPU out (code not yet
              compiled by C2 still runs slower, so they are not a settled figure either). See bench/README.md.
            - DMs: a mid-interview answer runs a few large methods once each (the judgement), so they get hot only when
              DMs come alone. Each app first answers `BENCH_DM_WARMUP` seconds of DMs from users of their own ("the first
              DMs", measured and reported: what a replica pays once, while C2 compiles them), then the DM phase. Each app
              gets the same phases; the bare app's first DMs are the same posts as its later ones.
            """.formatted(CONCURRENCY);

    static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "median [min–max]" of the values, each formatted with {@code fmt}. */
    static String spread(List<Double> xs, String fmt) {
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, fmt + " [" + fmt + "–" + fmt + "]", median(xs), min, max);
    }

    static String ratioRow(String what, List<Map<String, Object>> ours, List<Map<String, Object>> bare,
            java.util.function.Function<Map<String, Object>, Double> value, String fmt, String target,
            java.util.function.DoublePredicate met) {
        List<Double> o = ours.stream().map(value).toList();
        List<Double> b = bare.stream().map(value).toList();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(o.size(), b.size()); i++) {
            ratios.add(o.get(i) / b.get(i));
        }
        double m = median(ratios);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", what, spread(o, fmt), spread(b, fmt),
                spread(ratios, "%.2f"), target, met == null ? "" : met.test(m) ? "yes" : "no");
    }

    /** The JIT compiler threads' share of each CPU phase's CPU (%), median [min–max] over the rounds, per app. */
    static String jitRow(List<Map<String, Object>> ours, List<Map<String, Object>> bare) {
        java.util.function.Function<List<Map<String, Object>>, String> cells = runs -> String.join(" / ",
                List.of("jitCompare", "jitFree", "jitDmFirst", "jitDm").stream()
                        .map(k -> spread(runs.stream().map(m -> 100 * (Double) m.get(k)).toList(), "%.0f")).toList());
        return "| JIT compiler threads' share of those phases' CPU, compare / free text / first DMs / DM (%) | " + cells.apply(ours)
                + " | " + cells.apply(bare) + " | | | |";
    }

    static String differenceRow(String what, List<Map<String, Object>> ours, List<Map<String, Object>> bare,
            java.util.function.Function<Map<String, Object>, Double> value, String target, double limit) {
        List<Double> o = ours.stream().map(value).toList();
        List<Double> b = bare.stream().map(value).toList();
        List<Double> diffs = new ArrayList<>();
        for (int i = 0; i < Math.min(o.size(), b.size()); i++) {
            diffs.add(o.get(i) - b.get(i));
        }
        double m = median(diffs);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s (difference) | %s | %s |", what, spread(o, "%.0f"),
                spread(b, "%.0f"), spread(diffs, "%+.0f"), target, m <= limit ? "yes" : "no");
    }

    static String summary(Map<String, Object> m) {
        double[] dm = (double[]) m.get("dm");
        double[] first = (double[]) m.get("dmFirst");
        return String.format(Locale.ROOT, "start %d ms, early p99 %.1f ms, CPU/compare %.0f µs (JIT %.0f%%), CPU/free text %.0f µs"
                + " (JIT %.0f%%), CPU/first DMs %.0f µs (JIT %.0f%%), CPU/DM %.0f µs (JIT %.0f%%), DM %.0f/s",
                (Long) m.get("startMs"), ((Stats) m.get("early")).p99us() / 1000.0, (Double) m.get("cpuCompare"),
                100 * (Double) m.get("jitCompare"), (Double) m.get("cpuFree"), 100 * (Double) m.get("jitFree"), first[3],
                100 * (Double) m.get("jitDmFirst"), dm[3], 100 * (Double) m.get("jitDm"), dm[0]);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static String row(String what, Stats a, Stats b, String target, String met) {
        return String.format(Locale.ROOT, "| %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | | %s | %s |", what,
                a.p50us() / 1000.0, a.p99us() / 1000.0, a.p999us() / 1000.0,
                b.p50us() / 1000.0, b.p99us() / 1000.0, b.p999us() / 1000.0, target, met);
    }

    static Map<String, Object> run(String name, List<String> command, String apiUrl, int seconds, boolean interviews, boolean full)
            throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench-" + name.replace(' ', '-') + ".log").toFile());
        pb.environment().put("SLACK_BOT_TOKEN", TOKEN);
        pb.environment().put("SLACK_SIGNING_SECRET", SECRET);
        pb.environment().put("SLACK_API_URL", apiUrl);
        pb.environment().put("PORT", String.valueOf(port));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
        long spawned = System.nanoTime();
        Process process = pb.start();
        long startMs = -1;
        try {
            for (int attempt = 0; attempt < 600 && startMs < 0; attempt++) {
                try {
                    HttpResponse<String> r = client.send(slash(uri, "help", "UWARM"), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        startMs = (System.nanoTime() - spawned) / 1_000_000;
                    }
                } catch (IOException e) {
                    Thread.sleep(20);
                }
            }
            if (startMs < 0) {
                throw new IllegalStateException(name + " did not start");
            }
            // the first 10 seconds after the first ack, before any JIT warm-up by the load: what a fresh replica
            // behind a load balancer gives its first users
            Stats early = phaseRate(client, uri, 10, new AtomicLong(1_000_000), EARLY_RATE);
            if (interviews) {
                for (int u = 0; u < USERS; u++) {
                    client.send(slash(uri, "interview", "UB" + u), HttpResponse.BodyHandlers.discarding());
                }
                // the starts' queued work (opening each DM, posting its first question) drains first, so that the
                // warm-up below is the mix for ours as for the bare app (it took the first ~12 s of it before)
                awaitIdle(process.pid());
            }
            AtomicLong events = new AtomicLong();
            // warms both JITs on the mix before anything else is measured, every round and for both apps alike: 20 s
            // as the issue's method says (BENCH_WARMUP=n seconds to change it; the throughput phases follow in round 1)
            phaseConcurrency(client, uri, warmupSeconds(), events);
            SHED.set(0);
            Stats concurrency = full ? phaseConcurrency(client, uri, seconds, events) : null;
            long shed = SHED.get();
            Stats rate = full ? phaseRate(client, uri, seconds, events) : null;
            // CPU per request, one kind at a time, after the JIT has settled on the mixed phases above and the
            // work they queued (replies to DMs) has drained, so that none of it is counted here
            // each phase also reads how much of its CPU the JIT's compiler threads used (compiling, not serving)
            awaitIdle(process.pid());
            long[] jit = {cpuMicros(process.pid()), compilerMicros(process.pid())};
            long compareFrom = System.currentTimeMillis();
            double cpuCompare = cpuPerRequest(client, () -> slash(uri, "compare infra server", "UB1"), seconds, process.pid());
            // the compare phase's wall-clock window (epoch ms), to cut a JFR recording to it (compilations in it)
            System.out.printf(Locale.ROOT, "  %s: compare phase [%d..%d]%n", name, compareFrom, System.currentTimeMillis());
            double jitCompare = compilerShare(process.pid(), jit);
            awaitIdle(process.pid());
            jit = new long[] {cpuMicros(process.pid()), compilerMicros(process.pid())};
            double cpuFree = cpuPerRequest(client, () -> slash(uri, "監視ってどんな仕事？", "UB2"), seconds, process.pid());
            double jitFree = compilerShare(process.pid(), jit);
            awaitIdle(process.pid());
            // DM round trips: ours mid-interview (feedback and the next question, posted as one message), the bare
            // app one post of about our reply's size
            int dmUsers = 2_000;
            if (interviews) {
                for (int u = 0; u < dmUsers; u++) {
                    client.send(slash(uri, "interview", "UD" + u), HttpResponse.BodyHandlers.discarding());
                }
                // each start is acked at once and its work (opening the DM, posting the first question) queued; that
                // work drains before the DM phase, as CpuProbe does, so that none of it is counted per DM
                long queued = cpuMicros(process.pid());
                awaitIdle(process.pid());
                System.out.printf(Locale.ROOT, "  %s: %d ms of CPU after the last interview start's ack (not counted per DM)%n",
                        name, (cpuMicros(process.pid()) - queued) / 1000);
            }
            // the first DMs alone, on users of their own: the answer path's large once-per-answer methods reach C2 here,
            // not in the mixed warm-up (its compiler queue is long); measured, then the DM phase below is the warm one
            // as many users as keep each under two answers, as in the DM phase: none reaches the end of an interview
            int warmUsers = dmUsers * Math.max(1, dmWarmupSeconds() / seconds);
            if (interviews) {
                for (int u = 0; u < warmUsers; u++) {
                    client.send(slash(uri, "interview", "UW" + u), HttpResponse.BodyHandlers.discarding());
                }
                awaitIdle(process.pid());
            }
            jit = new long[] {cpuMicros(process.pid()), compilerMicros(process.pid())};
            double[] dmsFirst = dmRoundTrips(client, uri, "UW", warmUsers, 1,
                    "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、障害対応をしました。", dmWarmupSeconds(), process.pid());
            double jitDmFirst = compilerShare(process.pid(), jit);
            awaitIdle(process.pid());
            jit = new long[] {cpuMicros(process.pid()), compilerMicros(process.pid())};
            long dmFrom = System.currentTimeMillis();
            double[] dms = dmRoundTrips(client, uri, "UD", dmUsers, 1,
                    "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、障害対応をしました。", seconds, process.pid());
            double jitDm = compilerShare(process.pid(), jit);
            // the DM phase's wall-clock window (epoch ms), to cut a JFR recording to it
            System.out.printf(Locale.ROOT, "  %s: DM phase [%d..%d]%n", name, dmFrom, System.currentTimeMillis());
            long rss = rssKb(process.pid());
            Map<String, Object> result = new java.util.HashMap<>(Map.of("startMs", startMs, "rssKb", rss,
                    "cpuCompare", cpuCompare, "cpuFree", cpuFree, "dm", dms, "early", early,
                    "jitCompare", jitCompare, "jitFree", jitFree, "jitDm", jitDm));
            result.put("shed", shed);
            result.put("dmFirst", dmsFirst);
            result.put("jitDmFirst", jitDmFirst);
            if (full) {
                result.put("concurrency", concurrency);
                result.put("rate", rate);
            }
            return result;
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Seconds of DMs alone before the DM phase (measured as the first DMs): {@code BENCH_DM_WARMUP}, default 30 (on JDK 25 C2 was still compiling the answer path after 10). */
    static int dmWarmupSeconds() {
        return Integer.parseInt(System.getenv().getOrDefault("BENCH_DM_WARMUP", "30"));
    }

    /** Seconds of the mix that warm each app's JIT in every round before it is measured: {@code BENCH_WARMUP}, default 20. */
    static int warmupSeconds() {
        return Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "20"));
    }

    static HttpRequest request(URI uri, AtomicLong events, long i) {
        return switch ((int) (i % 3)) {
            case 0 -> slash(uri, "compare infra server", "UB" + (i % USERS));
            case 1 -> slash(uri, "監視ってどんな仕事？", "UB" + (i % USERS));
            default -> dm(uri, "UB" + (i % USERS), "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、障害対応をしました。",
                    "Ev-bench-" + events.incrementAndGet());
        };
    }

    /** Requests refused with 503 in the concurrency phases so far: the advisor's gate when its work queues are full. */
    static final AtomicLong SHED = new AtomicLong();

    static Stats phaseConcurrency(HttpClient client, URI uri, int seconds, AtomicLong events) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        CountDownLatch done = new CountDownLatch(CONCURRENCY);
        long started = System.nanoTime();
        for (int t = 0; t < CONCURRENCY; t++) {
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long i = counter.incrementAndGet();
                    long t0 = System.nanoTime();
                    try {
                        int status = client.send(request(uri, events, i), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (status == 503) {
                            SHED.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add((System.nanoTime() - t0) / 1000);
                }
                samples.add(mine.stream().mapToLong(Long::longValue).toArray());
                done.countDown();
            });
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return stats("concurrency", samples, errors.get(), elapsed);
    }

    /**
     * The JVM options the image serves with (the Dockerfile's ENTRYPOINT), less its AOT cache and memory share, which
     * the bench sets itself: both apps run with them, as a deployment would run either.
     */
    static List<String> imageOptions() {
        try {
            for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
                if (line.startsWith("ENTRYPOINT")) {
                    if (line.strip().endsWith("\\") || line.contains("$")) {
                        // options on a continued line or from a variable would be left out without a word
                        throw new IllegalStateException("the Dockerfile's ENTRYPOINT is not one line of literal options: read it by hand");
                    }
                    List<String> tokens = Arrays.asList(line.split("[\\s\"]+"));
                    int from = tokens.indexOf("java") + 1;
                    int to = tokens.indexOf("-jar");
                    if (from == 0 || to < from) {
                        throw new IllegalStateException("the Dockerfile's ENTRYPOINT does not read 'java <options> -jar'");
                    }
                    return tokens.subList(from, to).stream()
                            .filter(t -> !t.startsWith("-XX:AOTCache") && !t.startsWith("-XX:MaxRAMPercentage")).toList();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("no ENTRYPOINT in the Dockerfile");
    }

    /**
     * The java launcher both servers run on: {@code BENCH_JAVA} (e.g. a JDK 25's bin/java, to run with AOT caches),
     * else the one running the bench.
     */
    static String java() {
        String chosen = System.getenv("BENCH_JAVA");
        return chosen == null || chosen.isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java").toString() : chosen;
    }

    /** The bare app's launcher: {@code BARE_JAVA} if set, else {@link #java()} (like for like). */
    static String bareJava() {
        String chosen = System.getenv("BARE_JAVA");
        return chosen == null || chosen.isBlank() ? java() : chosen;
    }

    /** Server CPU time (user + system) of a process so far, in microseconds, from /proc/<pid>/stat. */
    static long cpuMicros(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        return ticks * 10_000; // USER_HZ is 100 on Linux
    }

    /**
     * CPU time (user + system) of the JIT compiler threads of a HotSpot process so far, in microseconds, from
     * /proc/<pid>/task/<tid>/stat (threads named "C1 CompilerThre..." and "C2 CompilerThre..."): how much of a
     * phase's CPU was compiling rather than serving.
     */
    static long compilerMicros(long pid) throws IOException {
        return threadMicros(pid).entrySet().stream()
                .filter(e -> e.getKey().startsWith("C1 CompilerThre") || e.getKey().startsWith("C2 CompilerThre"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * CPU time (µs) of a process's live threads, summed per thread name with its digits dropped ("qtp-", "GC
     * Thread#", "C2 CompilerThre": Linux keeps 15 characters of a name), to see where a phase's CPU went.
     */
    static Map<String, Long> threadMicros(long pid) throws IOException {
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        perThread(pid).forEach((tid, t) -> byGroup.merge(t.getKey(), t.getValue(), Long::sum));
        return byGroup;
    }

    /**
     * CPU time (µs) per live thread id, with its group name as {@link #threadMicros} gives it: a window's figure per
     * group is then summed over the threads alive at its end, each from its own start (0 for one started inside it).
     */
    static Map<String, Map.Entry<String, Long>> perThread(long pid) throws IOException {
        Map<String, Map.Entry<String, Long>> threads = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    name = name.startsWith("C1 ") || name.startsWith("C2 ") ? name : name.replaceAll("[0-9]+", "");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    threads.put(task.getFileName().toString(),
                            Map.entry(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000));
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return threads;
    }

    /** The share (0-1) of a process's CPU since {@code before} = {cpu, compiler cpu} that its JIT compiler threads used. */
    static double compilerShare(long pid, long[] before) throws IOException {
        long cpu = cpuMicros(pid) - before[0];
        return cpu <= 0 ? 0 : (double) (compilerMicros(pid) - before[1]) / cpu;
    }

    /**
     * Waits (at most 300 s) until the process uses under 5% of a core over half a second. The bare app queues every
     * DM's post without a bound, so after the throughput phases on a fast JDK its backlog can take over a minute to
     * drain; a phase measured before it drained would time its posts out (it read 0 DMs/s once, at 60 s).
     */
    static void awaitIdle(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            long before = cpuMicros(pid);
            Thread.sleep(500);
            if (cpuMicros(pid) - before < 25_000) {
                return;
            }
        }
    }

    /**
     * Closed loop with one kind of request for {@code seconds}: the server's CPU time per request, in µs,
     * read from /proc before and after (the primary figure on a shared machine, where throughput swings).
     */
    static double cpuPerRequest(HttpClient client, java.util.function.Supplier<HttpRequest> request, int seconds, long pid)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong count = new AtomicLong();
        long before = cpuMicros(pid);
        CountDownLatch done = new CountDownLatch(CONCURRENCY / 2);
        for (int t = 0; t < CONCURRENCY / 2; t++) {
            new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (client.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            count.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // counted as not done
                    }
                }
                done.countDown();
            }).start();
        }
        done.await();
        long used = cpuMicros(pid) - before;
        return count.get() == 0 ? 0 : (double) used / count.get();
    }

    static Stats phaseRate(HttpClient client, URI uri, int seconds, AtomicLong events) throws Exception {
        return phaseRate(client, uri, seconds, events, RATE);
    }

    /** Requests scheduled at {@code rate} per second, each timed from when it was due. */
    static Stats phaseRate(HttpClient client, URI uri, int seconds, AtomicLong events, int rate) throws Exception {
        final int RATE = rate;
        int total = RATE * seconds;
        long[] latencies = new long[total];
        AtomicInteger finished = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + 50_000_000;
        long intervalNs = 1_000_000_000L / RATE;
        CountDownLatch done = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            final int n = i;
            long due = start + n * intervalNs;
            timer.schedule(() -> client.sendAsync(request(uri, events, n), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        latencies[n] = (System.nanoTime() - due) / 1000;
                        if (e != null || r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        finished.incrementAndGet();
                        done.countDown();
                    }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        timer.shutdownNow();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        samples.add(Arrays.copyOf(latencies, finished.get()));
        return stats("rate", samples, errors.get() + (total - finished.get()), elapsed);
    }

    static Stats stats(String name, ConcurrentLinkedQueue<long[]> samples, long errors, double seconds) {
        long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return new Stats(name, all.length / seconds, pct(all, 0.50), pct(all, 0.99), pct(all, 0.999), errors, all.length);
    }

    static long pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static HttpRequest slash(URI uri, String text, String user) {
        String body = "token=x&team_id=T0BENCH01&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=" + user
                + "&user_name=" + user + "&command=%2Fcareer&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A0BENCH&is_enterprise_install=false&response_url="
                + URLEncoder.encode("http://127.0.0.1:9/response", StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
        return signed(uri, body, "application/x-www-form-urlencoded");
    }

    static HttpRequest dm(URI uri, String user, String text, String eventId) {
        String body = "{\"token\":\"x\",\"team_id\":\"T0BENCH01\",\"api_app_id\":\"A0BENCH\",\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":1,\"event\":{\"type\":\"message\",\"channel\":\"D" + user + "\",\"channel_type\":\"im\","
                + "\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"client_msg_id\":\"" + eventId + "\",\"ts\":\"1.1\"}}";
        return signed(uri, body, "application/json");
    }

    static HttpRequest signed(URI uri, String body, String type) {
        long ts = System.currentTimeMillis() / 1000;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String sig = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                    .header("X-Slack-Request-Timestamp", String.valueOf(ts)).header("X-Slack-Signature", sig)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers auth.test, conversations.open and everything else with ok, like Slack would. */
    /** Posts seen per channel, for round trips (event in -> reply posted); only channels a phase watches. */
    static final Map<String, Semaphore> POSTS = new java.util.concurrent.ConcurrentHashMap<>();

    static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /**
     * DM round trips: closed-loop clients each send one user's DM and wait until the fake API has received
     * the {@code postsPerDm} replies it causes. Returns {round trips/s, p50 ms, p99 ms, server CPU µs per DM}.
     */
    static double[] dmRoundTrips(HttpClient client, URI uri, String prefix, int users, int postsPerDm, String text,
            int seconds, long pid) throws Exception {
        for (int u = 0; u < users; u++) {
            POSTS.put("D" + prefix + u, new Semaphore(0));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        int clients = CONCURRENCY / 2;
        CountDownLatch done = new CountDownLatch(clients);
        long before = cpuMicros(pid);
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    String user = prefix + (next.getAndIncrement() % users);
                    long t0 = System.nanoTime();
                    try {
                        client.send(dm(uri, user, text, "Ev-rt-" + prefix + events.incrementAndGet()), HttpResponse.BodyHandlers.discarding());
                        if (POSTS.get("D" + user).tryAcquire(postsPerDm, 10, TimeUnit.SECONDS)) {
                            mine.add((System.nanoTime() - t0) / 1000);
                        }
                    } catch (Exception e) {
                        // not counted
                    }
                }
                samples.add(mine.stream().mapToLong(Long::longValue).toArray());
                done.countDown();
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = cpuMicros(pid) - before;
        Stats st = stats("dm", samples, 0, elapsed);
        return new double[] {st.rps(), st.p50us() / 1000.0, st.p99us() / 1000.0, st.count() == 0 ? 0 : (double) cpu / st.count()};
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static HttpServer fakeSlack() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestURI().getPath().substring(5);
            String body = switch (method) {
                case "auth.test" -> "{\"ok\":true,\"team_id\":\"T0BENCH01\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
                case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + formValue(form, "users") + "\"}}";
                case "chat.postMessage" -> {
                    // the advisor posts its replies as a JSON body, the SDK (the bare app) as a form
                    String type = exchange.getRequestHeaders().getFirst("Content-Type");
                    String channel = type != null && type.startsWith("application/json")
                            ? JSON.readTree(form).path("channel").asText() : formValue(form, "channel");
                    Semaphore posted = POSTS.get(channel);
                    if (posted != null) {
                        posted.release();
                    }
                    yield "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1.1\"}";
                }
                default -> "{\"ok\":true}";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static long value(String output, String key) {
        for (String line : output.split("\n")) {
            if (line.startsWith(key + "=")) {
                return Long.parseLong(line.substring(key.length() + 1).strip());
            }
        }
        throw new IllegalStateException("no " + key + " in: " + output);
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memKb / 1024 / 1024) + " GiB, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }
}
