package jp.infracareer.slack;

import jp.infracareer.metrics.Metrics;

/**
 * What every feature's Slack wiring shares: one outbound path (outbox), one bounded, per-user ordered place
 * for work after the ack, one de-duplication of Slack's retries, one message listener, metrics, and the
 * reactions to effects. Built once by the composition root.
 */
public record SlackKit(Outbox outbox, Work work, EventDeduplicator dedup, MessageRoutes messages, Metrics metrics,
        Reactions reactions) {}
