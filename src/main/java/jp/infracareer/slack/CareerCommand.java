package jp.infracareer.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import java.util.List;
import java.util.Map;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Reply;
import jp.infracareer.advisor.Response;
import jp.infracareer.content.Catalog;
import jp.infracareer.home.HomeTab;
import jp.infracareer.state.UserKey;

/**
 * {@code /career}: every subcommand and free-text question. Topics need only memory, so the reply goes out
 * in the ack itself (ephemeral), well inside Slack's 3 seconds. A mock interview moves to the user's DM:
 * the ack says so, and opening the DM and posting happen after the ack.
 */
public final class CareerCommand {
    public static final String COMMAND = "/career";

    /**
     * Acks for topics that depend only on topic and language, rendered once: the knowledge base is fixed
     * while the app runs, and rendering Block Kit is most of the cost of a reply.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> RENDERED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000).build();
    private static final com.google.gson.Gson GSON = com.slack.api.util.json.GsonFactory.createSnakeCase();

    private CareerCommand() {}

    static String ackBody(Reply reply) {
        return GSON.toJson(com.slack.api.app_backend.slash_commands.response.SlashCommandResponse.builder()
                .responseType("ephemeral").text(BlockKitRenderer.fallbackText(reply)).blocks(BlockKitRenderer.render(reply))
                .build());
    }

    public static void register(App app, Advisor advisor, HomeTab home, Outbox outbox, Work work,
            java.util.Optional<jp.infracareer.broadcast.Announcements> announcements) {
        app.command(COMMAND, (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            UserKey user = SlackIds.user(p.getTeamId(), p.getEnterpriseId(), p.getUserId());
            Response response = advisor.command(user, SlackText.toPlain(p.getText()));
            Object announce = response.replies().get(0).data().get("announce");
            if (announce != null) {
                Catalog catalog = advisor.knowledge().catalog(advisor.languageOf(user));
                Reply preview = announcements.map(a -> a.preview(catalog, p.getUserId(), announce.toString()))
                        .orElseGet(() -> jp.infracareer.broadcast.Announcements.disabled(catalog));
                return ctx.ack(r -> r.responseType("ephemeral").text(BlockKitRenderer.fallbackText(preview))
                        .blocks(BlockKitRenderer.render(preview)));
            }
            if (!response.direct() && response.cacheKey() != null) {
                return com.slack.api.bolt.response.Response.builder().statusCode(200)
                        .contentType(com.slack.api.bolt.response.Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                        .body(RENDERED.get(response.cacheKey(), k -> ackBody(response.replies().get(0)))).build();
            }
            if (!response.direct()) {
                home.refreshIfForgotten(ctx.client(), user, response, work);
                Reply reply = response.replies().get(0);
                return ctx.ack(r -> r.responseType("ephemeral")
                        .text(BlockKitRenderer.fallbackText(reply))
                        .blocks(BlockKitRenderer.render(reply)));
            }
            home.refreshIfForgotten(ctx.client(), user, response, work);
            work.submit(user, () -> {
                boolean delivered = outbox.directChannel(ctx.client(), p.getUserId())
                        .map(channel -> outbox.post(ctx.client(), channel, response.replies())).orElse(false);
                if (delivered) {
                    home.refreshIfFinished(ctx.client(), user, response);
                } else {
                    apologise(ctx, advisor.knowledge().catalog(advisor.languageOf(user)));
                }
            });
            Reply moved = continueInDirectMessage(advisor.knowledge().catalog(advisor.languageOf(user)),
                    p.getTeamId(), p.getApiAppId());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(BlockKitRenderer.fallbackText(moved))
                    .blocks(BlockKitRenderer.render(moved)));
        });
    }

    /** The DM could not be opened or written: say so where the user typed the command. */
    static void apologise(com.slack.api.bolt.context.builtin.SlashCommandContext ctx, Catalog catalog) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(catalog.ui().text("error.not_delivered")));
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(CareerCommand.class).warn("could not apologise: {}", e.getClass().getSimpleName());
        }
    }

    /** "Continue in your DMs", with a link that opens the app's Messages tab. */
    static Reply continueInDirectMessage(Catalog catalog, String teamId, String appId) {
        String link = "slack://app?team=" + teamId + "&id=" + appId + "&tab=messages";
        return new Reply(jp.infracareer.interview.InterviewReplies.TOPIC, catalog.ui().text("interview.continue_in_dm"),
                List.of(new Reply.Link(catalog.ui().text("interview.open_dm"), link)), "", List.of(), Map.of());
    }
}
