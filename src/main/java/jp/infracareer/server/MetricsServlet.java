package jp.infracareer.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.infracareer.metrics.Metrics;

/**
 * {@code /metrics}: the Prometheus text exposition of {@link Metrics}. With METRICS_TOKEN set, scrapers must
 * send {@code Authorization: Bearer <token>}; the Slack port is public, the numbers need not be.
 */
final class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Metrics metrics;
    private final byte[] expected;

    MetricsServlet(Metrics metrics, java.util.Optional<String> token) {
        this.metrics = metrics;
        this.expected = token.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (expected != null) {
            String given = req.getHeader("Authorization");
            if (given == null || !java.security.MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/plain; version=0.0.4");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(metrics.scrape());
    }
}
