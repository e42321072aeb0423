package jp.infracareer.server;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.io.IOException;
import java.net.BindException;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Jetty 12 (ee10) server: Bolt's servlet at {@value #SLACK_PATH}, health at {@value #HEALTH_PATH}.
 * Building is separate from starting, so tests start it on port 0 and read the real port.
 */
public final class AdvisorServer {
    public static final String SLACK_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/healthz";
    /** Ready for traffic: 200 when the state store answers, 503 when not (health stays 200: the process is fine). */
    public static final String READY_PATH = "/readyz";
    /** In-flight requests (acks, which take well under Slack's 3 seconds) get this long to finish on shutdown. */
    private static final long REQUEST_STOP_MS = 3_000;
    private static final Logger log = LoggerFactory.getLogger(AdvisorServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final App app;
    private final Background background;
    private final java.time.Duration grace;

    private final boolean http;

    private AdvisorServer(Server server, ServerConnector connector, App app, Background background, java.time.Duration grace,
            boolean http) {
        this.http = http;
        this.server = server;
        this.connector = connector;
        this.app = app;
        this.background = background;
        this.grace = grace;
    }

    public static final String METRICS_PATH = "/metrics";

    /** A server for a Bolt app, its request guard, health and metrics; {@code background} runs beside it. */
    public static AdvisorServer create(int port, App app, Background background, SlackRequestGuard guard,
            jp.infracareer.metrics.Metrics metrics, java.util.Optional<String> metricsToken, java.time.Duration grace,
            java.util.function.BooleanSupplier ready) {
        return create(port, app, background, java.util.Optional.of(guard), metrics, metricsToken, grace, ready);
    }

    /**
     * As above; without a guard there is no {@value #SLACK_PATH} (Socket Mode: Slack's payloads come over the
     * app's own WebSocket, in {@code background}), and Jetty serves health, readiness and metrics only.
     */
    public static AdvisorServer create(int port, App app, Background background, java.util.Optional<SlackRequestGuard> httpGuard,
            jp.infracareer.metrics.Metrics metrics, java.util.Optional<String> metricsToken, java.time.Duration grace,
            java.util.function.BooleanSupplier ready) {
        return create(port, app, background, httpGuard, metrics, metricsToken, grace, ready, java.util.Map.of());
    }

    /**
     * As above, with more servlets by their mapping (exact path or {@code /prefix/*}), mounted in the map's
     * order: the install pages and Bolt's OAuth endpoints in distribution mode.
     */
    public static AdvisorServer create(int port, App app, Background background, java.util.Optional<SlackRequestGuard> httpGuard,
            jp.infracareer.metrics.Metrics metrics, java.util.Optional<String> metricsToken, java.time.Duration grace,
            java.util.function.BooleanSupplier ready, java.util.Map<String, ? extends jakarta.servlet.Servlet> extraServlets) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        httpGuard.ifPresent(guard -> {
            context.addFilter(new FilterHolder(guard), SLACK_PATH, EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder(new SlackAppServlet(app)), SLACK_PATH);
        });
        context.addServlet(new ServletHolder(new HealthServlet()), HEALTH_PATH);
        context.addServlet(new ServletHolder(new ReadyServlet(ready)), READY_PATH);
        context.addServlet(new ServletHolder(new MetricsServlet(metrics, metricsToken)), METRICS_PATH);
        extraServlets.forEach((mapping, servlet) -> context.addServlet(new ServletHolder(servlet), mapping));

        // Bodies are read without blocking before any request thread runs: a client that trickles its body
        // holds a connection, not a thread, so health checks and Slack's own requests are never starved.
        // Larger than the guard's limit is refused here already.
        EagerContentHandler eager = new EagerContentHandler(context,
                new EagerContentHandler.RetainedContentLoaderFactory(SlackRequestGuard.MAX_BODY_BYTES, 0, true));
        // Graceful: on stop, new requests are refused while in-flight ones complete.
        server.setHandler(new GracefulHandler(eager));
        server.setStopTimeout(Math.min(REQUEST_STOP_MS, grace.toMillis()));
        server.setStopAtShutdown(false);
        return new AdvisorServer(server, connector, app, background, grace, httpGuard.isPresent());
    }

    /** Starts listening; a taken port becomes one clear message. */
    public AdvisorServer start() {
        try {
            app.start();
        } catch (RuntimeException e) {
            // Bolt checks the token with auth.test here: say which setting and which call, not just "invalid"
            throw new IllegalStateException("could not start the Slack app (a single workspace's SLACK_BOT_TOKEN is checked "
                    + "with auth.test): " + e.getMessage()
                    + ". Check the token, and that this machine can reach Slack (or SLACK_API_URL)", e);
        }
        try {
            server.start();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new IllegalStateException("port " + connector.getPort() + " is already in use: set PORT to a free port", e);
            }
            throw new IllegalStateException("could not start the server: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the server: " + e.getMessage(), e);
        }
        try {
            background.start();
        } catch (RuntimeException e) {
            // e.g. Socket Mode could not connect: nothing half-started is left listening
            try {
                server.stop();
            } catch (Exception stopError) {
                e.addSuppressed(stopError);
            }
            throw e;
        }
        if (http) {
            log.info("listening on port {} ({} and {})", port(), SLACK_PATH, HEALTH_PATH);
        } else {
            log.info("listening on port {} ({} and {}; Slack over Socket Mode)", port(), HEALTH_PATH, METRICS_PATH);
        }
        return this;
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Graceful stop within the grace period: stop taking requests and let in-flight ones finish, then let the
     * work already acked (replies, interview steps) finish in the time left, apologising for what cannot,
     * then stop Bolt.
     */
    public void stop() {
        long started = System.nanoTime();
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("error while stopping the server: {}", e.getClass().getSimpleName());
        }
        background.stop(Math.max(0, grace.toMillis() - (System.nanoTime() - started) / 1_000_000));
        try {
            app.stop();
        } catch (Exception e) {
            log.warn("error while stopping the Bolt app: {}", e.getClass().getSimpleName());
        }
    }

    public void join() throws InterruptedException {
        server.join();
    }
}
