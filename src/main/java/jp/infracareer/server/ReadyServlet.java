package jp.infracareer.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code /readyz}: 200 when this replica can serve (its state store answers), 503 when not, so a load
 * balancer sends Slack's requests to a replica that can answer them. Liveness stays with {@code /healthz}.
 */
final class ReadyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BooleanSupplier ready;

    ReadyServlet(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean ok = ready.getAsBoolean();
        resp.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(ok ? "{\"status\":\"ready\"}" : "{\"status\":\"state store unavailable\"}");
    }
}
