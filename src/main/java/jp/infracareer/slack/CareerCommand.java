package jp.infracareer.slack;

import com.slack.api.bolt.App;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Reply;
import jp.infracareer.state.UserKey;

/**
 * {@code /career}: every subcommand and free-text question. The engine only reads memory, so the reply
 * goes out in the ack itself (ephemeral), well inside Slack's 3 seconds.
 */
public final class CareerCommand {
    public static final String COMMAND = "/career";

    private CareerCommand() {}

    public static void register(App app, Advisor advisor) {
        app.command(COMMAND, (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            UserKey user = SlackIds.user(p.getTeamId(), p.getEnterpriseId(), p.getUserId());
            Reply reply = advisor.handle(user, p.getText());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(BlockKitRenderer.fallbackText(reply))
                    .blocks(BlockKitRenderer.render(reply)));
        });
    }
}
