package jp.infracareer;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.time.Clock;
import jp.infracareer.interview.ShareHook;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.config.Config;
import jp.infracareer.config.ConfigException;
import jp.infracareer.console.ConsoleChat;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.wiring.SlackServer;
import jp.infracareer.wiring.StateBackend;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.state.CaffeineConversationStore;

/**
 * {@code chat [--json] [--lang ja|en]} or {@code serve}. Without a mode: the Slack server when Slack
 * credentials are set, the console chat otherwise. Wiring only.
 */
public final class Main {
    private static final String USAGE = "usage: infra-career-advisor [chat [--json] [--lang ja|en] | serve | train-startup [--seconds N]]";

    private Main() {}

    public static void main(String[] args) {
        jp.infracareer.wiring.AckCore.reserve(System.getProperties(), Runtime.getRuntime().availableProcessors());
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        List<String> rest = new ArrayList<>(List.of(args));
        PrintStream err = utf8(FileDescriptor.err);
        if (!rest.isEmpty() && rest.get(0).equals("train-startup")) {
            // the Dockerfile's class-data archive is recorded from this run (see StartupTraining); it reads no
            // environment, so a build machine's variables cannot point it at a real workspace
            quietLogs("warn");
            try {
                java.time.Duration load = jp.infracareer.wiring.StartupTraining.DEFAULT_LOAD;
                if (rest.size() == 3 && rest.get(1).equals("--seconds") && rest.get(2).matches("\\d{1,3}")) {
                    load = java.time.Duration.ofSeconds(Integer.parseInt(rest.get(2)));
                } else if (rest.size() != 1) {
                    err.println(USAGE);
                    return 2;
                }
                return jp.infracareer.wiring.StartupTraining.run((c, store) -> newAdvisor(c, store, Clock.systemUTC()), load)
                        .ok() ? 0 : 1;
            } catch (Exception e) {
                err.println("error: the start-up training run failed: " + e.getClass().getSimpleName());
                return 1;
            }
        }
        try {
            Config config = Config.fromEnv(env);
            String mode = rest.isEmpty() || rest.get(0).startsWith("--") ? (config.wantsSlack() ? "serve" : "chat")
                    : rest.remove(0);
            switch (mode) {
                case "chat" -> {
                    quietLogs("warn");
                    return chat(config, rest, err);
                }
                case "serve" -> {
                    quietLogs("info");
                    return serve(config);
                }
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
        } catch (ConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int chat(Config config, List<String> options, PrintStream err) {
        boolean json = false;
        Lang lang = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--json")) {
                json = true;
            } else if (option.equals("--lang") && i + 1 < options.size()) {
                String value = options.get(++i);
                lang = Lang.parse(value).orElseThrow(() -> new ConfigException("--lang must be ja or en"));
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        ConsoleChat chat = new ConsoleChat(newAdvisor(config), json, atATerminal());
        if (lang != null) {
            chat.useLanguage(lang);
        }
        chat.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), utf8(FileDescriptor.out));
        return 0;
    }

    private static int serve(Config config) {
        config.requireSlack();
        StateBackend backend = StateBackend.open(config, Ticker.systemTicker());
        Advisor advisor = newAdvisor(config, backend.store(), Clock.systemUTC());
        long started = System.nanoTime();
        SlackServer server = SlackServer.create(config, advisor, backend, new Metrics()).start().warmUp();
        org.slf4j.LoggerFactory.getLogger(Main.class).info("listening after {} ms", (System.nanoTime() - started) / 1_000_000);
        try {
            advisor.knowledge(); // loaded in the background while the server started; a broken one stops us here
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException("the knowledge base could not be loaded: " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            backend.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    public static Advisor newAdvisor(Config config) {
        return newAdvisor(config, Clock.systemUTC(), Ticker.systemTicker());
    }

    /**
     * The engine with its state; tests pass a clock and a ticker they control. The knowledge base loads in
     * the background (warming Kuromoji's dictionary beside it) while the server starts.
     */
    public static Advisor newAdvisor(Config config, Clock clock, Ticker ticker) {
        return newAdvisor(config, new CaffeineConversationStore(config.maxUsers(), config.profileIdle(), ticker), clock);
    }

    /** The engine over a given store (in memory, or Redis shared by several replicas). */
    public static Advisor newAdvisor(Config config, jp.infracareer.state.ConversationStore store, Clock clock) {
        long started = System.nanoTime();
        var dictionary = java.util.concurrent.CompletableFuture.runAsync(jp.infracareer.recognition.TopicRecognizer::warmUp);
        var knowledge = java.util.concurrent.CompletableFuture.supplyAsync(KnowledgeBase::load)
                .thenCombine(dictionary, (kb, ignored) -> {
                    org.slf4j.LoggerFactory.getLogger(Main.class).info("knowledge base and dictionary ready in {} ms",
                            (System.nanoTime() - started) / 1_000_000);
                    return kb;
                });
        return new Advisor(knowledge, store, config.defaultLang(), clock, config.interviewIdle(),
                THREAD_LOCAL_RANDOM, ShareHook.NOT_CONFIGURED);
    }

    /** Ids for sessions come from many threads at once; ThreadLocalRandom is safe there, SplittableRandom is not. */
    private static final java.util.random.RandomGenerator THREAD_LOCAL_RANDOM =
            () -> java.util.concurrent.ThreadLocalRandom.current().nextLong();

    /**
     * Lucene warns through java.util.logging on JDK 23+ that it could use the Vector API; it is a note for
     * Lucene's own maintainers, not for someone chatting in a terminal. Held here so the setting is not lost.
     */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private static void quietLogs(String level) {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        }
        // the SDK logs whole request bodies at debug: answers and postings must never reach a log
        System.setProperty("org.slf4j.simpleLogger.log.com.slack.api", "info");
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /**
     * Whether the console talks to a person at a terminal: from JDK 22 {@code System.console()} is there even when the
     * streams are piped, and {@code Console.isTerminal()} (looked up, as JDK 17 lacks it) tells the two apart.
     */
    static boolean atATerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only at a terminal
        }
    }
}
