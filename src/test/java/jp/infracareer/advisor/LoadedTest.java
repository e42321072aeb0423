package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.testing.RunningAdvisor;
import org.junit.jupiter.api.Test;

/** Readiness follows loading: not ready while the knowledge base, model or passage index are still loading. */
class LoadedTest {
    @Test
    void anEngineIsLoadedOnlyOnceEverythingAQuestionNeedsIsThere() throws Exception {
        CompletableFuture<KnowledgeBase> knowledge = new CompletableFuture<>();
        Advisor advisor = new Advisor(knowledge, new CaffeineConversationStore(10, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA, java.time.Clock.systemUTC(),
                Duration.ofHours(2), () -> 1L, jp.infracareer.interview.ShareHook.NOT_CONFIGURED);
        assertThat(advisor.loaded()).as("knowledge base still loading").isFalse();

        knowledge.complete(KnowledgeBase.load());

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!advisor.loaded() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(advisor.loaded()).isTrue();
    }

    @Test
    void theServerIsReadyOnceLoaded() throws Exception {
        try (RunningAdvisor running = RunningAdvisor.start()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (running.get("/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(running.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(running.advisor().loaded()).isTrue();
        }
    }

    @Test
    void aFreeTextQuestionIsAnsweredRightAfterStartWithTheShippedModel() throws Exception {
        // the first request, sent without waiting for readiness: it waits for loading (milliseconds with the model
        // trained at build time) and is understood as it would be later
        try (RunningAdvisor running = RunningAdvisor.start()) {
            assertThat(RunningAdvisor.topicOf(running.career("U9001", "監視ってどんな仕事？"))).isEqualTo("stage/monitoring");
            assertThat(RunningAdvisor.topicOf(running.career("U9001", "監視ってどんな仕事？"))).as("asked again (kept)")
                    .isEqualTo("stage/monitoring");
            assertThat(RunningAdvisor.topicOf(running.career("U9002", "What does a cloud engineer do?"))).isEqualTo("role/cloud");
        }
        assertThat(Understanding.shippedModel()).as("the build's model, not one trained in the test").isPresent();
    }
}
