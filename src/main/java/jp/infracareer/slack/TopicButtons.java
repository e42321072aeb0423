package jp.infracareer.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Reply;
import jp.infracareer.advisor.Response;
import jp.infracareer.home.HomeTab;
import jp.infracareer.state.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every button: its value is a command, so a click is the same as typing it. The click is acked at once.
 * Topic answers go back through the message's response_url (a new ephemeral message); mock-interview steps
 * and clicks from places without one (App Home) go to the user's DM.
 */
public final class TopicButtons {
    private static final Logger log = LoggerFactory.getLogger(TopicButtons.class);

    private TopicButtons() {}

    public static void register(App app, Advisor advisor, HomeTab home, Outbox outbox, Work work,
            jp.infracareer.metrics.Metrics metrics, java.util.Optional<jp.infracareer.broadcast.Announcements> announcements) {
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
            if (jp.infracareer.broadcast.Announcements.handles(command)) {
                // Post / Cancel on an announcement preview: answered in place of the preview
                work.submit(user, () -> confirmAnnouncement(advisor, announcements, metrics, ctx, user, command));
                return ctx.ack();
            }
            work.submit(user, () -> answer(advisor, home, outbox, metrics, ctx, p, user, ownDm, command));
            return ctx.ack();
        });
    }

    private static void confirmAnnouncement(Advisor advisor,
            java.util.Optional<jp.infracareer.broadcast.Announcements> announcements, jp.infracareer.metrics.Metrics metrics,
            ActionContext ctx, UserKey user, String command) {
        var catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        Reply result = announcements.map(a -> a.confirm(catalog, user.userId(), command))
                .orElseGet(() -> jp.infracareer.broadcast.Announcements.disabled(catalog));
        try {
            var sent = ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true)
                    .text(BlockKitRenderer.fallbackText(result)).blocks(BlockKitRenderer.render(result)));
            metrics.apiCall("response_url", sent.getCode() == 200 ? "ok" : "error");
        } catch (Exception e) {
            metrics.apiCall("response_url", "error");
            log.warn("could not answer an announcement button: {}", e.getClass().getSimpleName());
        }
    }

    private static void answer(Advisor advisor, HomeTab home, Outbox outbox, jp.infracareer.metrics.Metrics metrics,
            ActionContext ctx, BlockActionPayload p, UserKey user, String ownDm, String command) {
        try {
            Response response = advisor.command(user, command);
            boolean hasResponseUrl = p.getResponseUrl() != null && !p.getResponseUrl().isEmpty();
            home.refreshIfForgotten(ctx.client(), user, response, null);
            if (response.direct() || !hasResponseUrl || ownDm != null) {
                (ownDm != null ? java.util.Optional.of(ownDm) : outbox.directChannel(ctx.client(), user.userId()))
                        .ifPresent(dm -> outbox.post(ctx.client(), dm, response.replies()));
                home.refreshIfFinished(ctx.client(), user, response);
                return;
            }
            Reply reply = response.replies().get(0);
            var sent = ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text(BlockKitRenderer.fallbackText(reply))
                    .blocks(BlockKitRenderer.render(reply)));
            metrics.apiCall("response_url", sent.getCode() == 200 ? "ok" : "error");
            if (sent.getCode() != 200) {
                log.warn("response_url answered HTTP {} (topic {})", sent.getCode(), reply.topic());
            }
        } catch (Exception e) {
            metrics.apiCall("response_url", "error");
            log.warn("could not answer a button: {}", e.getClass().getSimpleName());
        }
    }
}
