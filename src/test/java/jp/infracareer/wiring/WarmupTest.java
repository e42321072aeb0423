package jp.infracareer.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/** The start-up warm-up runs the real engine paths, and leaves the live engine's users untouched. */
class WarmupTest {
    @Test
    void warmUpRunsTheEngineWithoutTouchingTheLiveStore() {
        var store = new CaffeineConversationStore(100, Duration.ofDays(1), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        Advisor live = new Advisor(KnowledgeBase.load(), store, Lang.JA);

        int inputs = Warmup.run(live, Duration.ofMillis(300), () -> false);

        assertThat(inputs).isPositive();
        assertThat(store.size()).isZero();
    }

    @Test
    void warmUpStopsOnceRealRequestsArrive() {
        var store = new CaffeineConversationStore(100, Duration.ofDays(1), com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        Advisor live = new Advisor(KnowledgeBase.load(), store, Lang.JA);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        // traffic "arrives" after three inputs; the budget alone would allow thousands
        int inputs = Warmup.run(live, Duration.ofSeconds(30), () -> asked.incrementAndGet() > 3);

        assertThat(inputs).isEqualTo(3);
    }
}
