package jp.infracareer.install;

import jakarta.servlet.Servlet;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@link InstallPages} on a real Jetty 12 (ee10) on a free loopback port, mapped as the server will map it,
 * with any extra servlets a test needs beside it (a stand-in for Bolt's start endpoint, a probe page).
 */
final class ServedInstallPages implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private ServedInstallPages(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    static ServedInstallPages start() throws Exception {
        return start(Map.of());
    }

    static ServedInstallPages start(Map<String, Servlet> extra) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new InstallPages()), InstallPages.MAPPING);
        new LinkedHashMap<>(extra).forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(context);
        server.start();
        return new ServedInstallPages(server, connector);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String base() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
