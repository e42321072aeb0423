package jp.infracareer.broadcast.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import java.util.function.Function;
import jp.infracareer.broadcast.AdvisorChannels;
import jp.infracareer.broadcast.Announcements;
import jp.infracareer.broadcast.AnnouncementActions;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.slack.MessageRoutes;
import jp.infracareer.slack.SlackIds;
import jp.infracareer.slack.SlackKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor channel's Slack wiring: Post / Cancel on an announcement preview (answered in place of the
 * preview), and replies in the channel's threads (feedback on the question of the week, advisors' replies
 * to a shared summary relayed to the job seeker), each in the advisor channel of the user's own workspace.
 */
public final class AdvisorChannelSlack implements MessageRoutes.Route {
    private static final Logger log = LoggerFactory.getLogger(AdvisorChannelSlack.class);

    private final AdvisorChannels channels;
    private final SlackKit kit;

    private AdvisorChannelSlack(AdvisorChannels channels, SlackKit kit) {
        this.channels = channels;
        this.kit = kit;
    }

    /** {@code catalogOf} gives the catalog in a user's language, for the answers to their clicks. */
    public static void register(App app, AdvisorChannels channels, SlackKit kit, Function<UserKey, Catalog> catalogOf) {
        AdvisorChannelSlack wiring = new AdvisorChannelSlack(channels, kit);
        kit.messages().add(wiring);
        app.blockAction(ActionIds.pattern(AnnouncementActions.ROUTE), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String value = p.getActions() == null || p.getActions().isEmpty() ? "" : p.getActions().get(0).getValue();
            UserKey user = SlackIds.user(p.getTeam() == null ? null : p.getTeam().getId(),
                    p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                    p.getUser() == null ? null : p.getUser().getId());
            if (!kit.work().submit(user, () -> wiring.confirm(ctx, catalogOf.apply(user), user, value))) {
                return SlackKit.refused();
            }
            return ctx.ack();
        });
    }

    private void confirm(ActionContext ctx, Catalog catalog, UserKey user, String value) {
        // a preview's button posts only to the clicker's own workspace's channel
        Reply result = channels.of(user.teamId()).map(f -> f.announcements().confirm(catalog, user.userId(), value))
                .orElseGet(() -> Announcements.disabled(catalog));
        try {
            var sent = ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true)
                    .text(BlockKitRenderer.fallbackText(result)).blocks(BlockKitRenderer.render(result)));
            kit.metrics().apiCall("response_url", sent.getCode() == 200 ? "ok" : "error");
        } catch (Exception e) {
            kit.metrics().apiCall("response_url", "error");
            log.warn("could not answer an announcement button: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean claims(MessageRoutes.Message m) {
        return !m.direct() && m.threadTs() != null && (m.inThread() || m.broadcastToChannel())
                && channels.of(m.user().teamId()).filter(f -> f.threads().inAdvisorChannel(m.channel())).isPresent();
    }

    @Override
    public com.slack.api.bolt.response.Response handle(MessageRoutes.Message m, EventContext ctx) {
        if (kit.dedup().firstTime(m.eventId())
                && !kit.work().submit(m.user(), () -> channels.of(m.user().teamId())
                        .ifPresent(f -> f.threads().handle(m.user(), m.threadTs(), m.text())))) {
            // Slack delivers it again later
            kit.dedup().release(m.eventId());
            return SlackKit.refused();
        }
        return ctx.ack();
    }
}
