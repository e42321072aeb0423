package jp.infracareer.advisor.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.slack.SlackIds;
import jp.infracareer.slack.SlackKit;
import jp.infracareer.slack.SlackText;
import jp.infracareer.slack.Work;
import jp.infracareer.kernel.BuiltOnce;
import org.slf4j.LoggerFactory;

/**
 * {@code /career}: every subcommand and free-text question. Topics need only memory, so the reply goes out
 * in the ack itself (ephemeral), well inside Slack's 3 seconds. A mock interview moves to the user's DM:
 * the ack says so, and opening the DM and posting happen after the ack.
 */
public final class CareerCommand {
    public static final String COMMAND = "/career";

    /**
     * Acks for topics that depend only on topic and language, rendered once: the knowledge base is fixed
     * while the app runs, and rendering Block Kit is most of the cost of a reply. Rendered without a lock that
     * request threads could wait on ({@link BuiltOnce}).
     */
    private static final BuiltOnce<String, Rendered> RENDERED = new BuiltOnce<>(1_000);

    private static Rendered rendered(Response response) {
        return RENDERED.get(response.cacheKey(), () -> Rendered.of(response.replies().get(0)));
    }

    private static final Gson GSON = GsonFactory.createSnakeCase();

    /** A rendered ack, as text for Bolt and as UTF-8 bytes for the shortcut. */
    private record Rendered(String json, byte[] utf8) {
        static Rendered of(Reply reply) {
            String json = ackBody(reply);
            return new Rendered(json, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private CareerCommand() {}

    static String ackBody(Reply reply) {
        return GSON.toJson(SlashCommandResponse.builder().responseType("ephemeral")
                .text(BlockKitRenderer.fallbackText(reply)).blocks(BlockKitRenderer.render(reply)).build());
    }

    /**
     * How long a request Bolt has let through vouches for the next ones: Bolt checks the bot token (auth.test,
     * whose answer Bolt keeps for ten minutes) before any listener runs, and the shortcut serves only while a
     * /career has passed that check this recently. A revoked token therefore stops the shortcut at most this long
     * after Bolt's own check notices; an uninstall or revocation event stops it at once (wiring/SlackApp).
     */
    static final long AUTHORIZED_FOR_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    /**
     * The acknowledgement of a /career whose reply is a topic (help, roles, a comparison, a stage...) in a
     * single-workspace app, built without Bolt's request parsing, middleware and response writing: given the
     * verified form body, the ack's JSON as UTF-8, or null to let Bolt handle the request. It answers exactly as
     * the listener does (same reply in the user's language, progress recorded, same rendered body), and only
     * when the listener would answer in the ack with nothing else to do: while loading, when the work queues
     * are full, and for every other kind of text, it steps aside. Not for a distributed app, where Bolt looks up
     * each request's workspace installation.
     */
    private static SlackRequestShortcut shortcut(Advisor advisor, SlackKit kit,
            java.util.concurrent.atomic.AtomicReference<Long> lastAuthorized) {
        return form -> {
            Long authorized = lastAuthorized.get();
            // System.nanoTime() may be any value, negative too: "never" is null, not a number
            if (authorized == null || System.nanoTime() - authorized > AUTHORIZED_FOR_NANOS) {
                return null;
            }
            Map<String, String> f = formFields(form);
            if (f == null || !COMMAND.equals(f.get("command")) || f.containsKey("payload") || f.containsKey("ssl_check")
                    || !advisor.loaded() || !kit.work().hasRoom()) {
                return null;
            }
            UserKey user = SlackIds.user(f.get("team_id"), f.get("enterprise_id"), f.get("user_id"));
            Optional<Response> topic = advisor.topicCommand(user, SlackText.toPlain(f.get("text")));
            if (topic.isEmpty()) {
                return null;
            }
            Response response = topic.get();
            if (response.direct() || !response.effects().isEmpty()) {
                // a topic never has either; should one ever, its ack would need Bolt's context, which is not here
                throw new IllegalStateException("a topic reply with effects or for the DM");
            }
            return response.cacheKey() != null
                    ? rendered(response).utf8()
                    : ackBody(response.replies().get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    /** The shortcut's type, as the server's guard takes it (wiring passes it on). */
    @FunctionalInterface
    public interface SlackRequestShortcut {
        byte[] ack(String form);
    }

    /** The fields the shortcut reads; the others (the response URL, the channel, the trigger...) are not decoded. */
    private static final java.util.Set<String> READ = java.util.Set.of("command", "payload", "ssl_check", "team_id",
            "enterprise_id", "user_id", "text");

    /**
     * The fields the shortcut reads of a form body, as Bolt's slash-command parser reads them (a pair counts only
     * as name=value with both parts; the last of a name wins); null when a field is not validly URL-encoded (Bolt
     * then decides). Fields it does not read are only checked, a little more strictly than the decoder ("%" and two
     * hex digits), and never decoded: decoding them all was about 5% of a free-text question's ack (JFR).
     */
    static Map<String, String> formFields(String form) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : form.split("&")) {
            String[] fields = pair.split("=");
            if (fields.length != 2) {
                continue;
            }
            try {
                String name = fields[0].trim().replace("\n", "");
                name = name.indexOf('%') < 0 && name.indexOf('+') < 0 ? name
                        : java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
                if (READ.contains(name)) {
                    out.put(name, java.net.URLDecoder.decode(fields[1], java.nio.charset.StandardCharsets.UTF_8));
                } else if (!wellEscaped(fields[1])) {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out;
    }

    /** Whether every "%" in a form value starts an escape of two hex digits. */
    static boolean wellEscaped(String value) {
        for (int i = value.indexOf('%'); i >= 0; i = value.indexOf('%', i + 1)) {
            if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0 || Character.digit(value.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Registers the listener; returns the {@linkplain #shortcut shortcut} that this listener vouches for (each
     * /career that reaches the listener has passed Bolt's authorization: its time is kept, null meaning never).
     */
    public static SlackRequestShortcut register(App app, Advisor advisor, SlackKit kit) {
        java.util.concurrent.atomic.AtomicReference<Long> lastAuthorized = new java.util.concurrent.atomic.AtomicReference<>();
        app.command(COMMAND, (req, ctx) -> {
            lastAuthorized.set(System.nanoTime());
            SlashCommandPayload p = req.getPayload();
            UserKey user = SlackIds.user(p.getTeamId(), p.getEnterpriseId(), p.getUserId());
            if (!kit.work().hasRoom()) {
                // refuse before anything changes (an interview started but never posted would take the next DM);
                // while loading, the busy text is not there yet either, and nothing may wait for it
                return advisor.loaded() ? busy(ctx, advisor.knowledge().catalog(advisor.languageOf(user))) : SlackKit.refused();
            }
            if (!advisor.loaded()) {
                // a replica that has just started: the answer goes to the response URL once everything has loaded,
                // so no request thread waits for loading (under load they would all wait, and every ack with them)
                boolean queued = kit.work().submit(user, new Work.Job() {
                    @Override
                    public void run() {
                        forward(ctx, answer(p, ctx, user, advisor, kit));
                    }

                    @Override
                    public void abandon() {
                        apologise(ctx, advisor.knowledge().catalog(advisor.languageOf(user)).ui().text("error.restarting"));
                    }
                });
                return queued ? ctx.ack() : SlackKit.refused();
            }
            return answer(p, ctx, user, advisor, kit);
        });
        return shortcut(advisor, kit, lastAuthorized);
    }

    /** The reply to a command, as its acknowledgement (or as what is forwarded to the response URL). */
    private static com.slack.api.bolt.response.Response answer(SlashCommandPayload p, SlashCommandContext ctx, UserKey user,
            Advisor advisor, SlackKit kit) {
        Response response = advisor.command(user, SlackText.toPlain(p.getText()));
        kit.reactions().now(user, response.effects());
        Optional<Reply> instead = kit.reactions().instead(user, response.effects());
        if (instead.isPresent()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(BlockKitRenderer.fallbackText(instead.get()))
                    .blocks(BlockKitRenderer.render(instead.get())));
        }
        if (!response.direct() && response.cacheKey() != null) {
            return com.slack.api.bolt.response.Response.builder().statusCode(200)
                    .contentType(com.slack.api.bolt.response.Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                    .body(rendered(response).json()).build();
        }
        if (!response.direct()) {
            if (!response.effects().isEmpty()
                    && !kit.work().submit(user, () -> kit.reactions().after(ctx.client(), user, response.effects()))) {
                return busy(ctx, advisor.knowledge().catalog(advisor.languageOf(user)));
            }
            Reply reply = response.replies().get(0);
            return ctx.ack(r -> r.responseType("ephemeral").text(BlockKitRenderer.fallbackText(reply))
                    .blocks(BlockKitRenderer.render(reply)));
        }
        Catalog catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        boolean queued = kit.work().submit(user, new Work.Job() {
            @Override
            public void run() {
                // with the bot token, Slack's answers are read by the Gson kept for good (slack/Outbox)
                boolean delivered = kit.outbox().directChannel(ctx.client(), ctx.getBotToken(), p.getUserId())
                        .map(channel -> kit.outbox().post(ctx.client(), ctx.getBotToken(), channel, null, response.replies()))
                        .orElse(false);
                if (delivered) {
                    kit.reactions().after(ctx.client(), user, response.effects());
                } else {
                    apologise(ctx, catalog.ui().text("error.not_delivered"));
                }
            }

            @Override
            public void abandon() {
                apologise(ctx, catalog.ui().text("error.restarting"));
            }
        });
        if (!queued) {
            return busy(ctx, catalog);
        }
        Reply moved = continueInDirectMessage(advisor.knowledge().catalog(advisor.languageOf(user)),
                p.getTeamId(), p.getApiAppId());
        return ctx.ack(r -> r.responseType("ephemeral").text(BlockKitRenderer.fallbackText(moved))
                .blocks(BlockKitRenderer.render(moved)));
    }

    /** Sends what would have been the acknowledgement to the command's response URL instead. */
    private static void forward(SlashCommandContext ctx, com.slack.api.bolt.response.Response ack) {
        String body = ack.getBody();
        if (body == null || body.isBlank()) {
            return;
        }
        try {
            ctx.respond(GSON.fromJson(body, SlashCommandResponse.class));
        } catch (Exception e) {
            LoggerFactory.getLogger(CareerCommand.class).warn("could not send a deferred answer: {}", e.getClass().getSimpleName());
        }
    }

    /** Work that cannot be taken now: the ack itself says plainly to try again, nothing else is promised. */
    private static com.slack.api.bolt.response.Response busy(SlashCommandContext ctx, Catalog catalog) {
        return ctx.ack(r -> r.responseType("ephemeral").text(catalog.ui().text("error.busy")));
    }

    /** The DM could not be opened or written, or the server stopped first: say so where the user typed. */
    static void apologise(SlashCommandContext ctx, String text) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(text));
        } catch (Exception e) {
            LoggerFactory.getLogger(CareerCommand.class).warn("could not apologise: {}", e.getClass().getSimpleName());
        }
    }

    /** "Continue in your DMs", with a link that opens the app's Messages tab. */
    static Reply continueInDirectMessage(Catalog catalog, String teamId, String appId) {
        String link = "slack://app?team=" + teamId + "&id=" + appId + "&tab=messages";
        return new Reply(TopicIds.INTERVIEW, catalog.ui().text("interview.continue_in_dm"),
                List.of(new Reply.Link(catalog.ui().text("interview.open_dm"), link)), "", List.of(), Map.of());
    }
}
