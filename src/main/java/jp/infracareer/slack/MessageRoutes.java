package jp.infracareer.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.kernel.UserKey;

/**
 * Bolt takes one listener per event type, yet several features read messages (conversations in DMs, replies
 * in advisor-channel threads). This is that one listener: it drops bots' messages (ours included, which is
 * how reply loops start) and hands each human message to the first feature whose route claims it. Messages
 * nobody claims are acked without effect.
 */
public final class MessageRoutes {

    /** A human message, as the features see it. {@code text} is Slack's mrkdwn turned into plain text. */
    public record Message(String eventId, Integer retryNum, UserKey user, String channel, String channelType,
            String ts, String threadTs, String clientMsgId, String text, boolean broadcastToChannel) {

        public boolean inThread() {
            return threadTs != null && !threadTs.equals(ts);
        }

        public boolean direct() {
            return "im".equals(channelType);
        }
    }

    /** One feature's way of taking messages. */
    public interface Route {
        /** True when this route takes the message (checked in registration order). */
        boolean claims(Message message);

        /** Handles a claimed message; returns Bolt's response (usually the ack). Runs on Bolt's request thread. */
        com.slack.api.bolt.response.Response handle(Message message, EventContext ctx);
    }

    private final List<Route> routes = new ArrayList<>();

    public MessageRoutes add(Route route) {
        routes.add(route);
        return this;
    }

    public void register(App app) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent m = payload.getEvent();
            boolean fromBot = m.getBotId() != null || m.getUser() == null
                    || m.getUser().equals(ctx.getBotUserId()) || m.getSubtype() != null;
            if (fromBot) {
                return ctx.ack();
            }
            return dispatch(new Message(payload.getEventId(), ctx.getRetryNum(), user(payload.getTeamId(), m.getUser()),
                    m.getChannel(), m.getChannelType(), m.getTs(), m.getThreadTs(), m.getClientMsgId(),
                    SlackText.toPlain(m.getText()), false), ctx);
        });
        // a thread reply also sent to the channel arrives with a subtype of its own; it is still a thread reply
        app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> {
            var m = payload.getEvent();
            if (m.getUser() == null || m.getUser().equals(ctx.getBotUserId())) {
                return ctx.ack();
            }
            return dispatch(new Message(payload.getEventId(), ctx.getRetryNum(), user(payload.getTeamId(), m.getUser()),
                    m.getChannel(), m.getChannelType(), m.getTs(), m.getThreadTs(), m.getClientMsgId(),
                    SlackText.toPlain(m.getText()), true), ctx);
        });
    }

    private com.slack.api.bolt.response.Response dispatch(Message message, EventContext ctx) {
        for (Route route : routes) {
            if (route.claims(message)) {
                return route.handle(message, ctx);
            }
        }
        return ctx.ack();
    }

    private static UserKey user(String teamId, String userId) {
        return new UserKey(teamId == null ? "-" : teamId, userId);
    }
}
