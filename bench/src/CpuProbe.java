import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU per request only, as bench/run.sh measures it (after the mix has warmed the JIT and the server is
 * idle), for `/career compare infra server`, for a free-text question and per mid-interview DM (its replies
 * awaited at the fake API: "posts=2" for a build that posts feedback and question apart), with each phase's wall-clock
 * window printed (epoch ms) so that a JFR recording can be cut to it. Alternates the advisor with each set of
 * JVM options given (separated by ";"; "jar=path" runs another build of the advisor)). Usage: java CpuProbe rounds seconds [options;options...]
 */
public final class CpuProbe {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<String> variants = args.length > 2 ? List.of(args[2].split(";", -1)) : List.of("");
        var fake = Bench.fakeSlack();
        String apiUrl = "http://127.0.0.1:" + fake.getAddress().getPort() + "/api/";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int r = 0; r < rounds; r++) {
            for (String variant : variants) {
                List<String> ours = new ArrayList<>(List.of(java, "-Xmx1g"));
                String jar = "target/infra-career-advisor.jar";
                int posts = 1;
                for (String option : variant.strip().split("\\s+")) {
                    if (option.startsWith("posts=")) {
                        posts = Integer.parseInt(option.substring("posts=".length())); // posts per DM answer
                    } else if (option.startsWith("jar=")) {
                        jar = option.substring("jar=".length()); // another build of the advisor, to compare with
                    } else if (!option.isEmpty()) {
                        ours.add(option);
                    }
                }
                ours.addAll(List.of("-jar", jar, "serve"));
                System.out.println("advisor [" + variant + "] " + probe(ours, apiUrl, seconds, posts, true));
            }
            if (System.getenv("CPU_BARE") != null) {
                System.out.println("bare " + probe(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                        "BareBoltApp"), apiUrl, seconds, 1, false));
            }
        }
        System.exit(0);
    }

    /** The share (%) of the process's CPU since {@code before} = {cpu, compiler cpu} that its JIT compiler threads used. */
    static double jitShare(long pid, long[] before) throws Exception {
        long cpu = Bench.cpuMicros(pid) - before[0];
        return cpu <= 0 ? 0 : 100.0 * (Bench.compilerMicros(pid) - before[1]) / cpu;
    }

    static String probe(List<String> command, String apiUrl, int seconds, int postsPerDm, boolean interviews) throws Exception {
        int port = Bench.freePort();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "cpuprobe.log").toFile());
        pb.environment().put("SLACK_BOT_TOKEN", Bench.TOKEN);
        pb.environment().put("SLACK_SIGNING_SECRET", Bench.SECRET);
        pb.environment().put("SLACK_API_URL", apiUrl);
        pb.environment().put("PORT", String.valueOf(port));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
        Process p = pb.start();
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
            // the mix warms the JIT first, as in run.sh (BENCH_WARMUP seconds, default 20)
            Bench.phaseConcurrency(client, uri, Bench.warmupSeconds(), new AtomicLong());
            // CPU_WARM=n: n seconds of each kind of request before it is measured (the DM path on users of its own),
            // so that the JIT has compiled that path; without it, the order and warm-up are run.sh's
            int warm = Integer.parseInt(System.getenv().getOrDefault("CPU_WARM", "0"));
            if (warm > 0) {
                Bench.cpuPerRequest(client, () -> Bench.slash(uri, "compare infra server", "UB1"), warm, p.pid());
            }
            Bench.awaitIdle(p.pid());
            long c0 = System.currentTimeMillis();
            long[] jit = {Bench.cpuMicros(p.pid()), Bench.compilerMicros(p.pid())};
            double compare = Bench.cpuPerRequest(client, () -> Bench.slash(uri, "compare infra server", "UB1"), seconds, p.pid());
            double jitCompare = jitShare(p.pid(), jit);
            long c1 = System.currentTimeMillis();
            if (warm > 0) {
                Bench.cpuPerRequest(client, () -> Bench.slash(uri, "監視ってどんな仕事？", "UB2"), warm, p.pid());
            }
            Bench.awaitIdle(p.pid());
            long f0 = System.currentTimeMillis();
            jit = new long[] {Bench.cpuMicros(p.pid()), Bench.compilerMicros(p.pid())};
            double free = Bench.cpuPerRequest(client, () -> Bench.slash(uri, "監視ってどんな仕事？", "UB2"), seconds, p.pid());
            double jitFree = jitShare(p.pid(), jit);
            long f1 = System.currentTimeMillis();
            Bench.awaitIdle(p.pid());
            String text = "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、障害対応をしました。";
            // CPU per interview start: the ack, then opening the DM and posting the first question (drained)
            double start = 0;
            if (interviews) {
                long s0 = Bench.cpuMicros(p.pid());
                int starts = 0;
                for (int u = 0; u < 2_000; u++) {
                    client.send(Bench.slash(uri, "interview", "UD" + u), HttpResponse.BodyHandlers.discarding());
                    starts++;
                    if (warm > 0) {
                        client.send(Bench.slash(uri, "interview", "UW" + u), HttpResponse.BodyHandlers.discarding());
                        starts++;
                    }
                }
                Bench.awaitIdle(p.pid());
                start = (double) (Bench.cpuMicros(p.pid()) - s0) / starts;
            }
            if (warm > 0) {
                Bench.dmRoundTrips(client, uri, "UW", 2_000, postsPerDm, text, warm, p.pid());
                Bench.awaitIdle(p.pid());
            }
            long d0 = System.currentTimeMillis();
            jit = new long[] {Bench.cpuMicros(p.pid()), Bench.compilerMicros(p.pid())};
            double[] dm = Bench.dmRoundTrips(client, uri, "UD", 2_000, postsPerDm, text, seconds, p.pid());
            double jitDm = jitShare(p.pid(), jit);
            long d1 = System.currentTimeMillis();
            return String.format(Locale.ROOT, "compare %.0f µs (JIT %.0f%%) [%d..%d], free text %.0f µs (JIT %.0f%%) [%d..%d], "
                    + "interview start %.0f µs, DM %.0f µs (JIT %.0f%%) %.0f/s [%d..%d]",
                    compare, jitCompare, c0, c1, free, jitFree, f0, f1, start, dm[3], jitDm, dm[0], d0, d1);
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
