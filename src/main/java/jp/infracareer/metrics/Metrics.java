package jp.infracareer.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import jp.infracareer.state.ConversationStore;

/**
 * The app's metrics, in one Prometheus registry scraped at /metrics: Slack requests by kind, ack latency,
 * Web API calls by method and outcome, active conversations and interviews, broadcasts.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer ack;

    public Metrics() {
        ack = Timer.builder("slack.ack").description("Time from a Slack request arriving to its acknowledgement")
                .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(500),
                        Duration.ofSeconds(3))
                .register(registry);
        for (String kind : new String[] {"command", "event", "action", "refused"}) {
            requests(kind);
        }
        broadcast("posted");
        broadcast("failed");
    }

    private Counter requests(String kind) {
        return Counter.builder("slack.requests").description("Requests from Slack by kind").tag("kind", kind).register(registry);
    }

    /** Counters by label, registered once: building and looking up a meter id costs more than counting. */
    private final java.util.concurrent.ConcurrentHashMap<String, Counter> requestCounters = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Counter> apiCounters = new java.util.concurrent.ConcurrentHashMap<>();

    public void request(String kind, long nanos) {
        requestCounters.computeIfAbsent(kind, this::requests).increment();
        if (!"refused".equals(kind)) {
            ack.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** Set once by the first signed request from Slack, as it arrives (before it is handled). */
    private volatile boolean slackArrived;

    /** A signed request from Slack has arrived; it is about to be handled. */
    public void arrived() {
        if (!slackArrived) {
            slackArrived = true;
        }
    }

    /**
     * True from the moment the first signed request from Slack arrived, while it is still being handled (unlike
     * {@link #requestsSeen()}, which counts acknowledgements: the first of a cold process can take a second).
     */
    public boolean slackArrived() {
        return slackArrived;
    }

    /** Requests from Slack acknowledged so far (refused ones not counted). */
    public long requestsSeen() {
        return ack.count();
    }

    /** A Web API call's outcome: ok, error, 429, retry, timeout or failed. */
    public void apiCall(String method, String outcome) {
        apiCounters.computeIfAbsent(method + "\u0000" + outcome, k -> Counter.builder("slack.api.calls")
                .description("Slack Web API calls by method and outcome")
                .tag("method", method).tag("outcome", outcome).register(registry)).increment();
    }

    public void broadcast(String outcome) {
        Counter.builder("advisor.broadcasts").description("Advisor-channel posts by outcome").tag("outcome", outcome)
                .register(registry);
    }

    public void countBroadcast(String outcome) {
        Counter.builder("advisor.broadcasts").tag("outcome", outcome).register(registry).increment();
    }

    /** Active conversations (users with state) and interviews in progress, read at scrape time. */
    public void watch(ConversationStore store) {
        Gauge.builder("advisor.conversations.active", store, s -> orNaN(s::size))
                .description("Users whose state is held").register(registry);
        Gauge.builder("advisor.interviews.active", store, s -> orNaN(() -> s.count(u -> u.interview().isPresent())))
                .description("Mock interviews in progress").register(registry);
    }

    /**
     * Counts failed calls to the state store (a shared store that could not be reached), read from
     * {@code source}. Micrometer holds {@code source} weakly: pass an object that lives as long as the server.
     */
    public <T> void watchStoreFailures(T source, java.util.function.ToLongFunction<T> failures) {
        io.micrometer.core.instrument.FunctionCounter.builder("state.store.failures", source, s -> failures.applyAsLong(s))
                .description("Calls to the shared state store that failed (unreachable or too slow)").register(registry);
    }

    /** A gauge read while the store is unreachable shows no value rather than failing the scrape. */
    private static double orNaN(java.util.function.LongSupplier value) {
        try {
            return value.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }
}
