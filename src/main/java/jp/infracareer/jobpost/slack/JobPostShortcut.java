package jp.infracareer.jobpost.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.App;
import java.util.List;
import java.util.function.BiFunction;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.slack.SlackIds;
import jp.infracareer.slack.SlackKit;
import jp.infracareer.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message shortcut "求人票を分析 / Job posting": reads the message it was used on as a job posting and
 * answers the user alone (ephemeral, through the shortcut's response_url). Acked at once.
 */
public final class JobPostShortcut {
    public static final String CALLBACK_ID = "analyze_job_posting";
    private static final Logger log = LoggerFactory.getLogger(JobPostShortcut.class);

    private JobPostShortcut() {}

    /** {@code reader} reads a posting for a user, in their language. */
    public static void register(App app, BiFunction<UserKey, String, Reply> reader, SlackKit kit) {
        app.messageShortcut(CALLBACK_ID, (req, ctx) -> {
            MessageShortcutPayload p = req.getPayload();
            String text = SlackText.toPlain(p.getMessage() == null ? "" : p.getMessage().getText());
            UserKey user = SlackIds.user(p.getTeam() == null ? null : p.getTeam().getId(), null,
                    p.getUser() == null ? null : p.getUser().getId());
            boolean queued = kit.work().submit(user, () -> {
                try {
                    Reply reply = reader.apply(user, text);
                    if (p.getResponseUrl() != null) {
                        ctx.respond(r -> r.responseType("ephemeral").text(BlockKitRenderer.fallbackText(reply))
                                .blocks(BlockKitRenderer.render(reply)));
                    } else {
                        kit.outbox().directChannel(ctx.client(), user.userId())
                                .ifPresent(dm -> kit.outbox().post(ctx.client(), dm, List.of(reply)));
                    }
                } catch (Exception e) {
                    log.warn("could not answer the job-posting shortcut: {}", e.getClass().getSimpleName());
                }
            });
            return queued ? ctx.ack() : SlackKit.refused();
        });
    }
}
