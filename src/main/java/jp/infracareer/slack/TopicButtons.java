package jp.infracareer.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Reply;
import jp.infracareer.state.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons that open a topic. The click is acked at once; the answer follows through the message's
 * response_url (a new ephemeral message), or as a DM when the button sits where there is none (App Home).
 */
public final class TopicButtons {
    private static final Logger log = LoggerFactory.getLogger(TopicButtons.class);

    private TopicButtons() {}

    public static void register(App app, Advisor advisor) {
        app.blockAction(ActionIds.OPEN_TOPIC, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String command = p.getActions() == null || p.getActions().isEmpty() ? "" : p.getActions().get(0).getValue();
            UserKey user = SlackIds.user(p.getTeam() == null ? null : p.getTeam().getId(),
                    p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                    p.getUser() == null ? null : p.getUser().getId());
            app.executorService().submit(() -> answer(advisor, ctx, p, user, command));
            return ctx.ack();
        });
    }

    private static void answer(Advisor advisor, ActionContext ctx, BlockActionPayload p, UserKey user, String command) {
        try {
            Reply reply = advisor.handle(user, command);
            if (p.getResponseUrl() != null && !p.getResponseUrl().isEmpty()) {
                var response = ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                        .text(BlockKitRenderer.fallbackText(reply))
                        .blocks(BlockKitRenderer.render(reply)));
                if (response.getCode() != 200) {
                    log.warn("response_url answered HTTP {} for action {} (topic {})", response.getCode(),
                            p.getActions().get(0).getActionId(), reply.topic());
                }
            } else {
                ChatPostMessageResponse posted = ctx.client().chatPostMessage(r -> r.channel(user.userId())
                        .text(BlockKitRenderer.fallbackText(reply))
                        .blocks(BlockKitRenderer.render(reply)));
                if (!posted.isOk()) {
                    log.warn("chat.postMessage failed for a topic button: {}", posted.getError());
                }
            }
        } catch (Exception e) {
            log.warn("could not answer a topic button: {}", e.toString());
        }
    }
}
