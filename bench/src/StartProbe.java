import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up only: spawns the advisor (or the bare app) {@code rounds} times, alternating, and prints for each
 * start the time to the first acknowledged /career help, to the first answered free-text question, and to
 * /readyz 200 (advisor only). Usage: java StartProbe [rounds] [extra JVM options for the advisor...], where
 * "a;b" alternates variants of the advisor, "jar=path" runs another build and "java=path" another JDK's launcher
 * (default: {@code BENCH_JAVA}, else this JVM's);
 * {@code BARE_JAVA_OPTS} gives the bare app JVM options of its own.
 */
public final class StartProbe {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        // JVM options for the advisor; "a;b" alternates variants, "jar=path" in one runs another build (as in EarlyProbe)
        List<String> variants = List.of(String.join(" ", args.length > 1 ? List.of(args).subList(1, args.length) : List.of())
                .split(";", -1));
        var fake = Bench.fakeSlack();
        String apiUrl = "http://127.0.0.1:" + fake.getAddress().getPort() + "/api/";
        String java = Bench.java(); // BENCH_JAVA, else this JVM's launcher
        for (int r = 0; r < rounds; r++) {
            for (String variant : variants) {
                List<String> ours = new ArrayList<>(List.of(java, "-Xmx1g"));
                String jar = "target/infra-career-advisor.jar";
                for (String option : variant.strip().split("\\s+")) {
                    if (option.startsWith("jar=")) {
                        jar = option.substring("jar=".length());
                    } else if (option.startsWith("java=")) {
                        ours.set(0, option.substring("java=".length())); // another JDK's launcher for this variant
                    } else if (!option.isEmpty()) {
                        ours.add(option);
                    }
                }
                ours.addAll(List.of("-jar", jar, "serve"));
                System.out.println("advisor " + (variants.size() > 1 ? "[" + variant.strip() + "] " : "")
                        + String.join(" ", probe(ours, apiUrl, true)));
            }
            for (String options : System.getenv().getOrDefault("BARE_JAVA_OPTS", "").split(";", -1)) {
                System.out.println("bare    " + (options.isBlank() ? "" : "[" + options.strip() + "] ")
                        + String.join(" ", probe(bare(Bench.bareJava(), options), apiUrl, false)));
            }
        }
        System.exit(0);
    }

    /**
     * The bare app's command with JVM options of its own ({@code BARE_JAVA_OPTS}, e.g. its own class-data archive,
     * to compare with ours started with the image's; "a;b" alternates variants of the bare app too).
     */
    static List<String> bare(String java, String options) {
        List<String> bare = new ArrayList<>(List.of(java, "-Xmx1g"));
        for (String option : options.strip().split("\\s+")) {
            if (option.startsWith("java=")) {
                bare.set(0, option.substring("java=".length())); // another JDK's launcher for this variant
            } else if (!option.isEmpty()) {
                bare.add(option);
            }
        }
        // from jars only (bench/build.sh packs target/bench/bare.jar): a class-data archive takes no directories
        bare.addAll(List.of("-cp", "target/bench/bare.jar:" + System.getProperty("java.class.path").replaceFirst(
                "^target/bench:target/classes:", ""), "BareBoltApp"));
        return bare;
    }

    static List<String> probe(List<String> command, String apiUrl, boolean ready) throws Exception {
        int port = Bench.freePort();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "startprobe-" + (ready ? "advisor" : "bare") + ".log").toFile());
        pb.environment().put("SLACK_BOT_TOKEN", Bench.TOKEN);
        pb.environment().put("SLACK_SIGNING_SECRET", Bench.SECRET);
        pb.environment().put("SLACK_API_URL", apiUrl);
        pb.environment().put("PORT", String.valueOf(port));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
        long spawned = System.nanoTime();
        Process p = pb.start();
        List<String> out = new ArrayList<>();
        try {
            long ack = until(() -> client.send(Bench.slash(uri, "help", "UWARM"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200, spawned);
            out.add("ack=" + ack);
            long free = until(() -> client.send(Bench.slash(uri, "監視ってどんな仕事？", "UWARM"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200, spawned);
            out.add("free=" + free);
            if (ready) {
                URI readyz = URI.create("http://127.0.0.1:" + port + "/readyz");
                long r = until(() -> client.send(java.net.http.HttpRequest.newBuilder(readyz).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200, spawned);
                out.add("ready=" + r);
            }
            Thread.sleep(1500);
            out.add("cpu_ms_at_ready+1.5s=" + Bench.cpuMicros(p.pid()) / 1000);
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
        return out;
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static long until(Check check, long since) throws Exception {
        for (int i = 0; i < 3000; i++) {
            try {
                if (check.ok()) {
                    return (System.nanoTime() - since) / 1_000_000;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        return -1;
    }
}
