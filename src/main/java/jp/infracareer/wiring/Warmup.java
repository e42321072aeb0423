package jp.infracareer.wiring;

import java.time.Duration;
import java.util.List;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Understanding;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.state.CaffeineConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's real paths (parsing, recognition, topics, a mock-interview answer, Block Kit rendering)
 * on a background thread at start, so the JIT has compiled them before the first users arrive instead of
 * while they wait. Works on an engine of its own with a throwaway store: nothing shared is touched. It stops
 * as soon as real requests arrive: they warm the same paths, and a warm-up beside them only takes a core
 * from them (on two cores it held up the first acks).
 */
final class Warmup {
    /** Long enough for the C2 compiler to settle on the hot paths; a small price once per start. */
    static final Duration BUDGET = Duration.ofSeconds(8);
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);
    /** Subcommands typed as they are; the free-text questions come from the intent corpus (content, not code). */
    private static final List<String> COMMANDS = List.of("help", "roles", "compare infra server", "stages", "day");
    /** Every how many corpus phrasings one is used: about fifty questions, ja and en. */
    private static final int CORPUS_STRIDE = 40;

    private Warmup() {}

    /** Starts warming in the background until {@code trafficArrived} says so or the budget is spent; returns at once. */
    static void start(Advisor live, java.util.function.BooleanSupplier trafficArrived) {
        Thread thread = new Thread(() -> {
            try {
                run(live, BUDGET, trafficArrived);
            } catch (RuntimeException e) {
                log.info("warm-up stopped early: {}", e.getClass().getSimpleName());
            }
        }, "warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Runs the inputs round after round for {@code budget}, or until {@code trafficArrived} (checked before each
     * input); returns how many inputs ran.
     */
    static int run(Advisor live, Duration budget, java.util.function.BooleanSupplier trafficArrived) {
        Advisor engine = new Advisor(live.knowledge(), new CaffeineConversationStore(100, Duration.ofMinutes(5),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
        List<String> inputs = inputs();
        // an interview answer: the model answer of a question, from the rubrics
        String answer = live.knowledge().catalog(Lang.JA).questions().stream()
                .flatMap(q -> live.knowledge().catalog(Lang.JA).rubric(q.id()).stream())
                .map(r -> r.example()).filter(e -> !e.isBlank()).findFirst().orElse(inputs.get(inputs.size() - 1));
        long end = System.nanoTime() + budget.toNanos();
        int rounds = 0;
        int ran = 0;
        while (System.nanoTime() < end) {
            UserKey user = new UserKey("-warmup", "U" + (rounds % 50));
            for (String input : inputs) {
                if (trafficArrived.getAsBoolean()) {
                    log.debug("warm-up stopped after {} inputs: requests are arriving", ran);
                    return ran;
                }
                render(engine.command(user, input).replies());
                render(engine.message(user, input, "").replies());
                ran++;
            }
            render(engine.command(user, "interview").replies());
            render(engine.message(user, answer, "w" + rounds).replies());
            rounds++;
        }
        log.debug("warm-up ran {} rounds", rounds);
        return ran;
    }

    private static List<String> inputs() {
        List<String> inputs = new java.util.ArrayList<>(COMMANDS);
        inputs.addAll(Understanding.samplePhrasings(CORPUS_STRIDE));
        return inputs;
    }

    private static void render(List<Reply> replies) {
        for (Reply reply : replies) {
            BlockKitRenderer.render(reply);
            BlockKitRenderer.fallbackText(reply);
        }
    }
}
