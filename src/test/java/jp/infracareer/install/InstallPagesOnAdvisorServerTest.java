package jp.infracareer.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.server.AdvisorServer;
import jp.infracareer.server.Background;
import org.junit.jupiter.api.Test;

/**
 * The pages mounted on the app's own server as distribution mode will mount them: {@link InstallPages} on
 * its prefix and Bolt's start endpoint on its exact path beside it, with health still answered.
 */
class InstallPagesOnAdvisorServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theServerServesThePagesAndLeavesTheStartPathToBolt() throws Exception {
        Map<String, Servlet> extra = new LinkedHashMap<>();
        extra.put(InstallPages.MAPPING, new InstallPages());
        extra.put(InstallPages.START_PATH, new StartStandIn());
        AdvisorServer server = AdvisorServer.create(0, new App(AppConfig.builder().build()), new Idle(), Optional.empty(),
                new Metrics(), Optional.empty(), Duration.ofSeconds(1), () -> true, extra).start();
        try {
            HttpResponse<String> page = get(server, InstallPages.INSTALL_PATH + "?lang=en");
            HttpResponse<String> start = get(server, InstallPages.START_PATH);
            HttpResponse<String> failed = get(server, InstallPages.FAILED_PATH);
            HttpResponse<String> health = get(server, AdvisorServer.HEALTH_PATH);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Language")).contains("en");
            assertThat(page.body()).contains("href=\"" + InstallPages.START_PATH + "\"");
            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/stand-in-for-slack");
            assertThat(failed.statusCode()).isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(AdvisorServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where Bolt's OAuth start servlet goes (it would set the state cookie and redirect to Slack). */
    private static final class StartStandIn extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendRedirect("/stand-in-for-slack");
        }
    }

    private static final class Idle implements Background {
        @Override
        public void start() {}

        @Override
        public void stop(long drainMillis) {}
    }
}
