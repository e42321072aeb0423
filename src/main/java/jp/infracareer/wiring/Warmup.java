package jp.infracareer.wiring;

import java.time.Duration;
import java.util.List;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.state.CaffeineConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's real paths (parsing, recognition, topics, a mock-interview answer, Block Kit rendering)
 * on a background thread at start, so the JIT has compiled them before the first users arrive instead of
 * while they wait. Works on an engine of its own with a throwaway store: nothing shared is touched.
 */
final class Warmup {
    /** Long enough for the C2 compiler to settle on the hot paths; a small price once per start. */
    static final Duration BUDGET = Duration.ofSeconds(8);
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);
    private static final List<String> INPUTS = List.of("help", "roles", "compare infra server", "compare インフラ クラウド",
            "stages", "stage 監視", "day", "監視ってどんな仕事？", "what does an SRE do", "インフラエンジニアの年収は？",
            "資格は何から取ればいい？", "ネットワークエンジニアとサーバーエンジニアの違い", "夜勤はきつい？", "guide salary",
            "ありがとうございました！", "この求人どう思う？【仕事内容】サーバーの監視・運用【必須】Linuxの基本操作");
    private static final String ANSWER = "私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。"
            + "前職では物流倉庫で在庫管理システムを担当し、障害で出荷が止まったとき復旧まで対応しました。";

    private Warmup() {}

    /** Starts warming in the background; returns at once. */
    static void start(Advisor live) {
        Thread thread = new Thread(() -> {
            try {
                run(live, BUDGET);
            } catch (RuntimeException e) {
                log.info("warm-up stopped early: {}", e.getClass().getSimpleName());
            }
        }, "warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Runs the inputs round after round for {@code budget}; returns how many rounds ran. */
    static int run(Advisor live, Duration budget) {
        Advisor engine = new Advisor(live.knowledge(), new CaffeineConversationStore(100, Duration.ofMinutes(5),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()), jp.infracareer.kernel.Lang.JA);
        long end = System.nanoTime() + budget.toNanos();
        int rounds = 0;
        while (System.nanoTime() < end) {
            UserKey user = new UserKey("-warmup", "U" + (rounds % 50));
            for (String input : INPUTS) {
                render(engine.command(user, input).replies());
                render(engine.message(user, input, "").replies());
            }
            render(engine.command(user, "interview").replies());
            render(engine.message(user, ANSWER, "w" + rounds).replies());
            rounds++;
        }
        log.debug("warm-up ran {} rounds", rounds);
        return rounds;
    }

    private static void render(List<Reply> replies) {
        for (Reply reply : replies) {
            BlockKitRenderer.render(reply);
            BlockKitRenderer.fallbackText(reply);
        }
    }
}
