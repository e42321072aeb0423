package jp.infracareer.slack;

import jp.infracareer.metrics.Metrics;

/**
 * What every feature's Slack wiring shares: one outbound path (outbox), one bounded, per-user ordered place
 * for work after the ack, one de-duplication of Slack's retries, one message listener, metrics, and the
 * reactions to effects. Built once by the composition root.
 */
public record SlackKit(Outbox outbox, Work work, EventDeduplicator dedup, MessageRoutes messages, Metrics metrics,
        Reactions reactions) {

    /**
     * The answer to a request whose work could not be taken (queues full or stopping): 503, which Slack
     * retries for events and shows as a failed click for buttons, instead of an ack for work never done.
     */
    public static com.slack.api.bolt.response.Response refused() {
        return com.slack.api.bolt.response.Response.builder().statusCode(503)
                .contentType(com.slack.api.bolt.response.Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body("{\"error\":\"busy\"}").build();
    }
}
