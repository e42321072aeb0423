package jp.infracareer.server;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's OAuth start and redirect endpoints, and nothing else. Browsers call them, so they are outside the
 * signature guard; but Bolt reads a request's body before its path, so a body sent to these paths would be
 * taken for an event, a command or a form submission from any workspace, unsigned. Here a request with a
 * body is refused before Bolt sees it, and only the two OAuth request types are run.
 */
public final class OAuthEndpoint extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(OAuthEndpoint.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    public OAuthEndpoint(App app) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Request<?> slackRequest = adapter.buildSlackRequest(request);
        if (slackRequest == null || (slackRequest.getRequestType() != RequestType.OAuthStart
                && slackRequest.getRequestType() != RequestType.OAuthCallback)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            adapter.writeResponse(response, app.run(slackRequest));
        } catch (Exception e) {
            log.error("an install request failed: {}", e.getClass().getSimpleName());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
