package jp.infracareer.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium of this machine (Debian's {@code chromium} package), driven over the DevTools protocol
 * with the JDK's WebSocket. Each instance has its own temporary profile; {@link #close()} always ends the
 * browser and every process it started, and deletes the profile.
 *
 * <p>Without a Chromium the test is skipped with a reason, except under {@code CI=true}, where it fails:
 * {@code .ci/run} installs the package, so CI can never skip the browser test silently.
 */
public final class Chromium implements AutoCloseable {
    static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** Per DevTools command or awaited event; generous for a 2-core machine that builds in parallel. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path profile;
    private final CdpConnection cdp;

    private Chromium(Process process, Path profile, CdpConnection cdp) {
        this.process = process;
        this.profile = profile;
        this.cdp = cdp;
    }

    /** Starts the browser, or skips (fails under CI=true) the calling test when there is none. */
    public static Chromium launch() throws IOException {
        Path binary = require(find(), System.getenv());
        Path profile = Files.createTempDirectory("chromium-test");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync", "--mute-audio",
                "about:blank");
        // Chromium puts its singleton socket in a directory of its own under TMPDIR: inside the profile, it goes with it.
        Files.createDirectories(profile.resolve("tmp"));
        builder.environment().put("TMPDIR", profile.resolve("tmp").toString());
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        try {
            URI endpoint = awaitDevTools(process, profile);
            return new Chromium(process, profile, CdpConnection.open(endpoint, COMMAND_TIMEOUT));
        } catch (IOException | RuntimeException e) {
            kill(process);
            deleteQuietly(profile);
            throw e;
        }
    }

    /** The first installed candidate. */
    static Optional<Path> find() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    /** The skip rule: no browser skips the test with a reason, or fails it when {@code CI=true}. */
    static Path require(Optional<Path> binary, Map<String, String> environment) {
        if (binary.isPresent()) {
            return binary.get();
        }
        String missing = "no Chromium here (looked for " + CANDIDATES + "): `bash .ci/run` installs it, or"
                + " apt-get install --no-install-recommends chromium";
        if ("true".equalsIgnoreCase(environment.getOrDefault("CI", ""))) {
            throw new AssertionError("CI=true and " + missing + "; CI must run the browser test, not skip it");
        }
        return Assumptions.abort("skipped: " + missing);
    }

    /** A new page (tab) in this browser. */
    public BrowserTab newTab() {
        return BrowserTab.open(cdp);
    }

    /** The version string the browser reports ("Chrome/150.0..."), for messages. */
    public String version() {
        return cdp.send(null, "Browser.getVersion", null).path("product").asText();
    }

    @Override
    public void close() {
        try {
            cdp.close();
        } finally {
            kill(process);
            deleteQuietly(profile);
        }
    }

    /** Chromium writes {@code DevToolsActivePort} (port, then path) into its profile once it listens. */
    private static URI awaitDevTools(Process process, Path profile) throws IOException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + " before listening: " + logTail(profile));
            }
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            try {
                process.waitFor(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting Chromium", e);
            }
        }
        throw new IOException("Chromium did not open DevTools within " + START_TIMEOUT.toSeconds() + " s: " + logTail(profile));
    }

    /** Ends the browser and its helpers (renderer, GPU, zygote), which do not always die with their parent. */
    private static void kill(Process process) {
        // the browser first, so it starts no new helper while the ones listed are ended
        List<ProcessHandle> family = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        family.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // a process that will not die is reported by the OS, not by a test; keep ending the others
            }
        }
    }

    private static String logTail(Path profile) {
        try {
            List<String> lines = Files.readAllLines(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
