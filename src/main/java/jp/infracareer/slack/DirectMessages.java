package jp.infracareer.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageEvent;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Response;
import jp.infracareer.home.HomeTab;
import jp.infracareer.state.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages to the app: a free-text question, or during a mock interview the answer. Acked at once;
 * the work happens after the ack. Each event is handled once however often Slack delivers it, and messages
 * from bots (ourselves included) are never answered, which is how reply loops start. Edited and deleted
 * messages arrive with a subtype and are acked without effect (AppConfig auto-acks subtyped messages).
 */
public final class DirectMessages {
    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

    private DirectMessages() {}

    /** A reply did not get through: one short apology, which may get through once Slack recovers. */
    static void apologise(Advisor advisor, Outbox outbox, com.slack.api.methods.MethodsClient client, String channel,
            UserKey user) {
        var catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        var sorry = new jp.infracareer.advisor.Reply("error", catalog.ui().text("error.not_delivered_dm"),
                java.util.List.of(), "", java.util.List.of(), java.util.Map.of());
        if (!outbox.post(client, channel, java.util.List.of(sorry))) {
            log.warn("the apology could not be delivered either");
        }
    }

    public static void register(App app, Advisor advisor, EventDeduplicator dedup, HomeTab home, Outbox outbox, Work work,
            java.util.Optional<jp.infracareer.broadcast.ThreadReplies> threads) {
        // a thread reply also sent to the channel arrives with a subtype of its own; it is still a thread reply
        app.event(com.slack.api.model.event.MessageThreadBroadcastEvent.class, (payload, ctx) -> {
            var m = payload.getEvent();
            boolean fromBot = m.getUser() == null || m.getUser().equals(ctx.getBotUserId());
            if (!fromBot && threads.isPresent() && threads.get().inAdvisorChannel(m.getChannel()) && m.getThreadTs() != null
                    && dedup.firstTime(payload.getEventId())) {
                UserKey user = new UserKey(payload.getTeamId() == null ? "-" : payload.getTeamId(), m.getUser());
                work.submit(user, () -> threads.get().handle(user, m.getThreadTs(), SlackText.toPlain(m.getText())));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent m = payload.getEvent();
            boolean fromBot = m.getBotId() != null || m.getUser() == null
                    || m.getUser().equals(ctx.getBotUserId()) || m.getSubtype() != null;
            if (fromBot) {
                return ctx.ack();
            }
            boolean threadReply = m.getThreadTs() != null && !m.getThreadTs().equals(m.getTs());
            if (!"im".equals(m.getChannelType()) && threadReply && threads.isPresent()
                    && threads.get().inAdvisorChannel(m.getChannel()) && dedup.firstTime(payload.getEventId())) {
                UserKey user = new UserKey(payload.getTeamId() == null ? "-" : payload.getTeamId(), m.getUser());
                work.submit(user, () -> threads.get().handle(user, m.getThreadTs(), SlackText.toPlain(m.getText())));
                return ctx.ack();
            }
            if (!"im".equals(m.getChannelType())) {
                return ctx.ack();
            }
            if (!dedup.firstTime(payload.getEventId())) {
                log.info("event {} already handled (retry {})", payload.getEventId(), ctx.getRetryNum());
                return ctx.ack();
            }
            UserKey user = new UserKey(payload.getTeamId() == null ? "-" : payload.getTeamId(), m.getUser());
            String messageId = m.getClientMsgId() != null ? m.getClientMsgId() : m.getTs();
            boolean queued = work.submit(user, () -> {
                try {
                    Response response = advisor.message(user, SlackText.toPlain(m.getText()), messageId);
                    log.debug("DM event {} (retry {})", payload.getEventId(), ctx.getRetryNum());
                    home.refreshIfForgotten(ctx.client(), user, response, null);
                    if (outbox.post(ctx.client(), m.getChannel(), response.replies())) {
                        home.refreshIfFinished(ctx.client(), user, response);
                    } else {
                        log.warn("reply to DM event {} not delivered", payload.getEventId());
                        apologise(advisor, outbox, ctx.client(), m.getChannel(), user);
                    }
                } catch (RuntimeException e) {
                    log.warn("could not answer DM event {}: {}", payload.getEventId(), e.getClass().getSimpleName());
                }
            });
            if (!queued) {
                // overloaded: let Slack deliver it again later instead of losing it
                dedup.release(payload.getEventId());
                return com.slack.api.bolt.response.Response.builder().statusCode(503).build();
            }
            return ctx.ack();
        });
    }
}
