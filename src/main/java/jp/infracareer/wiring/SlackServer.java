package jp.infracareer.wiring;

import java.time.Clock;
import java.util.Optional;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.broadcast.AdvisorChannelFeature;
import jp.infracareer.config.Config;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.server.AdvisorServer;
import jp.infracareer.server.SlackRequestGuard;
import jp.infracareer.slack.Outbox;
import jp.infracareer.state.CaffeineConversationStore;

/** The whole Slack server for a configuration: the Bolt app with every feature, on Jetty, with guard, health and metrics. */
public final class SlackServer {
    private final AdvisorServer server;
    private final SlackApp slack;
    private final Advisor advisor;

    private SlackServer(AdvisorServer server, SlackApp slack, Advisor advisor) {
        this.server = server;
        this.slack = slack;
        this.advisor = advisor;
    }

    public static SlackServer create(Config config, Advisor advisor, StateBackend backend, Metrics metrics) {
        return create(config, advisor, backend, metrics, Clock.systemUTC(), Thread::sleep);
    }

    /**
     * With the clock and the way of waiting (Retry-After, channel pacing) that tests control, so that they
     * never wait for real.
     */
    public static SlackServer create(Config config, Advisor advisor, StateBackend backend, Metrics metrics, Clock clock,
            Outbox.Sleeper sleeper) {
        SlackApp slack = SlackApp.create(config, advisor, backend, metrics, clock, sleeper);
        metrics.watch(advisor.store());
        metrics.watchStoreFailures(backend, StateBackend::failures);
        if (advisor.store() instanceof CaffeineConversationStore caffeine) {
            caffeine.bindMetrics(metrics.registry());
        }
        SlackRequestGuard guard = new SlackRequestGuard(config.signingSecret().orElseThrow(), Clock.systemUTC(), metrics);
        return new SlackServer(AdvisorServer.create(config.port(), slack.app(), slack, guard, metrics, config.metricsToken(),
                config.shutdownGrace(), backend::ready),
                slack, advisor);
    }

    public SlackServer start() {
        server.start();
        return this;
    }

    /** Warms the engine's paths in the background (the served process does this once after start). */
    public SlackServer warmUp() {
        Warmup.start(advisor);
        return this;
    }

    public void stop() {
        server.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public int port() {
        return server.port();
    }

    /** Jobs after an ack waiting or running (for tests and operators). */
    public int workPending() {
        return slack.work().pending();
    }

    /** The advisor-channel feature, when configured (tests drive its schedule by hand). */
    public Optional<AdvisorChannelFeature> advisorChannel() {
        return slack.advisorChannel();
    }
}
