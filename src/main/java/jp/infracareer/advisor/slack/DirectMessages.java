package jp.infracareer.advisor.slack;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.MethodsClient;
import java.util.List;
import java.util.Map;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.MessageRoutes;
import jp.infracareer.slack.Outbox;
import jp.infracareer.slack.SlackKit;
import jp.infracareer.slack.Work;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages to the app: a free-text question, or during a mock interview the answer. Acked at once;
 * the work happens after the ack, in the user's own lane so their messages are answered in order. Each
 * event is handled once however often Slack delivers it. Edited and deleted messages carry a subtype and
 * never get here.
 */
public final class DirectMessages implements MessageRoutes.Route {
    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

    private final Advisor advisor;
    private final SlackKit kit;

    public DirectMessages(Advisor advisor, SlackKit kit) {
        this.advisor = advisor;
        this.kit = kit;
    }

    @Override
    public boolean claims(MessageRoutes.Message message) {
        return message.direct() && !message.broadcastToChannel();
    }

    @Override
    public com.slack.api.bolt.response.Response handle(MessageRoutes.Message m, EventContext ctx) {
        if (!kit.dedup().firstTimeMessage(m.eventId(), m.clientMsgId())) {
            log.info("event {} already handled (retry {})", m.eventId(), m.retryNum());
            return ctx.ack();
        }
        UserKey user = m.user();
        String messageId = m.clientMsgId() != null ? m.clientMsgId() : m.ts();
        boolean queued = kit.work().submit(user, new Work.Job() {
            @Override
            public void run() {
                answer(ctx.client(), ctx.getBotToken(), m, user, messageId);
            }

            @Override
            public void abandon() {
                apologise(advisor, kit.outbox(), ctx.client(), m.channel(), user, "error.restarting");
            }
        });
        if (!queued) {
            // overloaded or stopping: let Slack deliver it again later instead of losing it
            kit.dedup().releaseMessage(m.eventId(), m.clientMsgId());
            return SlackKit.refused();
        }
        return ctx.ack();
    }

    private void answer(MethodsClient client, String token, MessageRoutes.Message m, UserKey user, String messageId) {
        try {
            Response response = advisor.message(user, m.text(), messageId);
            kit.reactions().now(user, response.effects());
            log.debug("DM event {} (retry {})", m.eventId(), m.retryNum());
            if (kit.outbox().postTogether(client, token, m.channel(), null, response.replies())) {
                kit.reactions().after(client, user, response.effects());
            } else {
                log.warn("reply to DM event {} not delivered", m.eventId());
                // effects still apply: a forget happened whether or not its confirmation got through
                kit.reactions().after(client, user, response.effects());
                apologise(advisor, kit.outbox(), client, m.channel(), user, "error.not_delivered_dm");
            }
        } catch (RuntimeException e) {
            log.warn("could not answer DM event {}: {}", m.eventId(), e.getClass().getSimpleName());
        }
    }

    /** A reply did not get through: one short apology, which may get through once Slack recovers. */
    static void apologise(Advisor advisor, Outbox outbox, MethodsClient client, String channel, UserKey user, String why) {
        var catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        var sorry = new Reply(TopicIds.ERROR, catalog.ui().text(why), List.of(), "", List.of(), Map.of());
        if (!outbox.post(client, channel, List.of(sorry))) {
            log.warn("the apology could not be delivered either");
        }
    }
}
