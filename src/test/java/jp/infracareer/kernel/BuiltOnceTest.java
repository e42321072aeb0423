package jp.infracareer.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuiltOnceTest {

    @Test
    void aValueIsBuiltOnceAndKept() {
        BuiltOnce<String, String> values = new BuiltOnce<>(10);
        AtomicInteger builds = new AtomicInteger();
        assertThat(values.get("compare", () -> "reply " + builds.incrementAndGet())).isEqualTo("reply 1");
        assertThat(values.get("compare", () -> "reply " + builds.incrementAndGet())).isEqualTo("reply 1");
        assertThat(values.get("roles", () -> "reply " + builds.incrementAndGet())).isEqualTo("reply 2");
        assertThat(builds).hasValue(2);
    }

    /**
     * The reason it exists: a builder that is held up (a work thread waiting for a carrier) must not hold up
     * another thread asking for the same key; with a cache's compute the second thread waits for the first.
     */
    @Test
    void aSlowBuilderHoldsUpNoOneElse() throws Exception {
        BuiltOnce<String, String> values = new BuiltOnce<>(10);
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> values.get("compare", () -> {
            building.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "slow";
        }));
        assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> values.get("compare", () -> "fast"));
        try {
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("fast");
        } finally {
            release.countDown();
        }
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(values.get("compare", () -> "again")).isIn("slow", "fast");
    }
}
