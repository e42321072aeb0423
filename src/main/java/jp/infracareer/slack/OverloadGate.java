package jp.infracareer.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestType;

/**
 * Refuses events with 503 while the work queues are full, before any listener runs. It has to happen here:
 * Bolt treats a listener's non-200 answer to an event as "not handled" and answers 404 itself (logging a
 * page of advice), whereas a middleware's answer goes back to Slack as it is, and Slack retries a 503.
 * (Should the queues fill between this check and the listener's, Bolt's 404 is retried by Slack too.)
 */
public final class OverloadGate {
    private OverloadGate() {}

    public static void register(App app, Work work) {
        app.use((request, response, chain) -> {
            if (request.getRequestType() == RequestType.Event && !work.hasRoom()) {
                return SlackKit.refused();
            }
            return chain.next(request);
        });
    }
}
