package jp.infracareer.advisor.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import java.util.Optional;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.slack.SlackIds;
import jp.infracareer.slack.SlackKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every button whose value is a typed command: a click is the same as typing it. The click is acked at once.
 * Topic answers go back through the message's response_url (a new ephemeral message); mock-interview steps
 * and clicks from places without one (App Home) go to the user's DM.
 */
public final class TopicButtons {
    private static final Logger log = LoggerFactory.getLogger(TopicButtons.class);

    private TopicButtons() {}

    public static void register(App app, Advisor advisor, SlackKit kit) {
        app.blockAction(ActionIds.OPEN_TOPIC, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String command = p.getActions() == null || p.getActions().isEmpty() ? "" : p.getActions().get(0).getValue();
            UserKey user = SlackIds.user(p.getTeam() == null ? null : p.getTeam().getId(),
                    p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                    p.getUser() == null ? null : p.getUser().getId());
            // a button on one of our own (not ephemeral) messages in a DM: that DM is the user's DM with us
            var container = p.getContainer();
            String ownDm = container != null && container.getChannelId() != null && container.getChannelId().startsWith("D")
                    && !container.isEphemeral() ? container.getChannelId() : null;
            // a button in a thread of that DM (the assistant pane) is answered in the same thread
            String thread = ownDm != null ? container.getThreadTs() : null;
            if (!kit.work().submit(user, () -> answer(advisor, kit, ctx, p, user, ownDm, thread, command))) {
                return SlackKit.refused();
            }
            return ctx.ack();
        });
    }

    private static void answer(Advisor advisor, SlackKit kit, ActionContext ctx, BlockActionPayload p, UserKey user,
            String ownDm, String thread, String command) {
        try {
            Response response = advisor.command(user, command);
            kit.reactions().now(user, response.effects());
            boolean hasResponseUrl = p.getResponseUrl() != null && !p.getResponseUrl().isEmpty();
            Optional<Reply> instead = kit.reactions().instead(user, response.effects());
            if (response.direct() || !hasResponseUrl || ownDm != null) {
                (ownDm != null ? Optional.of(ownDm) : kit.outbox().directChannel(ctx.client(), user.userId()))
                        .ifPresent(dm -> kit.outbox().post(ctx.client(), dm, ownDm != null ? thread : null,
                                instead.map(java.util.List::of).orElse(response.replies())));
                kit.reactions().after(ctx.client(), user, response.effects());
                return;
            }
            Reply reply = instead.orElse(response.replies().get(0));
            var sent = ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text(BlockKitRenderer.fallbackText(reply))
                    .blocks(BlockKitRenderer.render(reply)));
            kit.metrics().apiCall("response_url", sent.getCode() == 200 ? "ok" : "error");
            if (sent.getCode() != 200) {
                log.warn("response_url answered HTTP {} (topic {})", sent.getCode(), reply.topic());
            }
            kit.reactions().after(ctx.client(), user, response.effects());
        } catch (Exception e) {
            kit.metrics().apiCall("response_url", "error");
            log.warn("could not answer a button: {}", e.getClass().getSimpleName());
        }
    }
}
