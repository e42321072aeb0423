package jp.infracareer.wiring;

import java.time.Clock;
import java.util.Optional;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.broadcast.AdvisorChannelFeature;
import jp.infracareer.config.Config;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.server.AdvisorServer;
import jp.infracareer.server.Background;
import jp.infracareer.socketmode.SocketModeConnection;
import jp.infracareer.server.SlackRequestGuard;
import jp.infracareer.slack.Outbox;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.install.InstallPages;
import jp.infracareer.workspace.Distribution;

/** The whole Slack server for a configuration: the Bolt app with every feature, on Jetty, with guard, health and metrics. */
public final class SlackServer {
    private final AdvisorServer server;
    private final SlackApp slack;
    private final Advisor advisor;

    private final Optional<SocketModeConnection> socket;
    private final Metrics metrics;

    private SlackServer(AdvisorServer server, SlackApp slack, Advisor advisor, Optional<SocketModeConnection> socket,
            Metrics metrics) {
        this.server = server;
        this.slack = slack;
        this.advisor = advisor;
        this.socket = socket;
        this.metrics = metrics;
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
        if (!(advisor.store() instanceof jp.infracareer.redis.RedisConversationStore)) {
            // counting users scans the whole store: fine in memory, not on every scrape of a shared Redis
            metrics.watch(advisor.store());
        }
        metrics.watchStoreFailures(backend, StateBackend::failures);
        if (advisor.store() instanceof CaffeineConversationStore caffeine) {
            caffeine.bindMetrics(metrics.registry());
        }
        if (config.socketMode()) {
            // Socket Mode: Slack's payloads come over our own WebSocket; Jetty stays on PORT for health,
            // readiness and metrics (the container's checks), without /slack/events.
            SocketModeConnection socket = new SocketModeConnection(slack.app(), config.appToken().orElseThrow(),
                    backend.events(), metrics, SOCKET_CHECK_EVERY, SOCKET_MAX_BACKOFF);
            Background both = new Background() {
                @Override
                public void start() {
                    slack.start();
                    socket.start();
                }

                /** Stop taking envelopes first, then drain the work already acked, as over HTTP. */
                @Override
                public void stop(long drainMillis) {
                    long started = System.nanoTime();
                    socket.stop();
                    slack.stop(Math.max(0, drainMillis - (System.nanoTime() - started) / 1_000_000));
                    socket.stopApp();
                }
            };
            return new SlackServer(AdvisorServer.create(config.port(), slack.app(), both, Optional.empty(), metrics,
                    config.metricsToken(), config.shutdownGrace(), () -> advisor.loaded() && backend.ready()), slack, advisor,
                    Optional.of(socket), metrics);
        }
        SlackRequestGuard guard = new SlackRequestGuard(config.signingSecret().orElseThrow(), Clock.systemUTC(), metrics,
                slack.careerShortcut().<SlackRequestGuard.Shortcut>map(s -> s::ack).orElse(SlackRequestGuard.Shortcut.NONE));
        return new SlackServer(AdvisorServer.create(config.port(), slack.app(), slack, Optional.of(guard), metrics,
                config.metricsToken(), config.shutdownGrace(), () -> advisor.loaded() && backend.ready(), installFlow(slack)),
                slack, advisor, Optional.empty(), metrics);
    }

    /**
     * A distributed app's install flow: our pages (the install page, and where the flow ends) on their prefix,
     * and Bolt's OAuth start (an exact path under that prefix, so it wins) and redirect endpoints.
     */
    private static java.util.Map<String, jakarta.servlet.Servlet> installFlow(SlackApp slack) {
        java.util.Map<String, jakarta.servlet.Servlet> servlets = new java.util.LinkedHashMap<>();
        slack.distribution().ifPresent(d -> {
            servlets.put(InstallPages.MAPPING, new InstallPages());
            servlets.put(d.pages().start(), new jp.infracareer.server.OAuthEndpoint(slack.app()));
            servlets.put(Distribution.REDIRECT_PATH, new jp.infracareer.server.OAuthEndpoint(slack.app()));
        });
        return servlets;
    }

    /** How often the Socket Mode connection is checked (a WebSocket ping), as Bolt's own monitor does. */
    static final java.time.Duration SOCKET_CHECK_EVERY = java.time.Duration.ofSeconds(5);
    /** The longest wait between two attempts to reconnect. */
    static final java.time.Duration SOCKET_MAX_BACKOFF = java.time.Duration.ofMinutes(1);

    /** True while connected over Socket Mode; empty when Slack reaches us over HTTP. */
    public Optional<Boolean> socketConnected() {
        return socket.map(SocketModeConnection::connected);
    }

    public SlackServer start() {
        server.start();
        return this;
    }

    /**
     * Warms the engine's paths in the background (the served process does this once after start), until the
     * first signed request from Slack arrives: not until it is acknowledged, since a cold process's first
     * acknowledgement takes a second or more, and a warm-up beside it takes a core from it.
     */
    public SlackServer warmUp() {
        Warmup.start(advisor, metrics::slackArrived);
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

    /** The /career topic shortcut the guard uses (for tests); empty in a distributed app and in Socket Mode. */
    public Optional<jp.infracareer.advisor.slack.CareerCommand.SlackRequestShortcut> careerShortcut() {
        return socket.isPresent() ? Optional.empty() : slack.careerShortcut();
    }

    /** Jobs after an ack waiting or running (for tests and operators). */
    public int workPending() {
        return slack.work().pending();
    }

    /** Installation in many workspaces, when configured (SLACK_CLIENT_ID). */
    public Optional<Distribution> distribution() {
        return slack.distribution();
    }

    /** The advisor-channel feature, when configured (tests drive its schedule by hand). */
    public Optional<AdvisorChannelFeature> advisorChannel() {
        return slack.advisorChannel();
    }

    /** Every workspace's advisor channel (tests of a distributed app drive its schedule by hand). */
    public jp.infracareer.broadcast.AdvisorChannels advisorChannels() {
        return slack.advisorChannels();
    }
}
