package jp.infracareer.advisor.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import java.util.Map;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.Texts;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.SlackKit;
import jp.infracareer.slack.SlackText;
import jp.infracareer.slack.Work;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's assistant pane (the split view beside any channel): a greeting with suggested prompts when a thread
 * starts, and every message in the thread answered by the same engine as a DM, in the thread. A mock
 * interview or the quiz runs there as in a DM (answers in the thread are answers). Bolt's {@link Assistant}
 * middleware recognises the events (without keeping the thread's context); the work itself goes through the same
 * per-user queues, de-duplication and outbox as everything else.
 */
public final class AssistantPane {
    /** Longest thread title we set from a question. */
    static final int TITLE_MAX = 60;
    private static final Logger log = LoggerFactory.getLogger(AssistantPane.class);

    private final Advisor advisor;
    private final SlackKit kit;

    private AssistantPane(Advisor advisor, SlackKit kit) {
        this.advisor = advisor;
        this.kit = kit;
    }

    public static void register(App app, Advisor advisor, SlackKit kit) {
        AssistantPane pane = new AssistantPane(advisor, kit);
        // Bolt runs the handlers on this executor after acking; they only queue work, so one thread suffices
        Assistant assistant = new Assistant(NO_CONTEXT, java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "assistant-events");
            t.setDaemon(true);
            return t;
        }));
        assistant.threadStarted((req, ctx) -> pane.started(req.getEventId(), req.getTeamId(), req.getEvent().getAssistantThread().getUserId(), ctx));
        // the channel the user looks at does not change our answers, so it is not kept
        assistant.threadContextChanged((req, ctx) -> { });
        assistant.userMessage((req, ctx) -> pane.message(req.getEventId(), req.getTeamId(), req.getEvent(), ctx));
        app.assistant(assistant);
    }

    /**
     * Bolt's default keeps the thread's context in message metadata, which costs conversations.replies (and
     * chat.update) before every ack. Our answers do not depend on the channel the user is looking at.
     */
    private static final com.slack.api.bolt.service.AssistantThreadContextService NO_CONTEXT =
            new com.slack.api.bolt.service.AssistantThreadContextService() {
                @Override
                public java.util.Optional<com.slack.api.model.assistant.AssistantThreadContext> findCurrentContext(
                        String channelId, String threadTs) {
                    return java.util.Optional.empty();
                }

                @Override
                public void saveCurrentContext(String channelId, String threadTs,
                        com.slack.api.model.assistant.AssistantThreadContext context) {
                    // not kept
                }
            };

    private UserKey user(String teamId, String userId) {
        return new UserKey(teamId == null ? "-" : teamId, userId);
    }

    /** A new thread: greet in the user's language, offer four prompts, give the thread a title. */
    private void started(String eventId, String teamId, String userId, EventContext ctx) {
        if (userId == null || !kit.dedup().firstTime(eventId)) {
            return;
        }
        UserKey user = user(teamId, userId);
        Catalog catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        boolean queued = kit.work().submit(user, () -> {
            Reply greeting = new Reply(TopicIds.HELP, catalog.ui().text("app.name"),
                    List.of(new Reply.Paragraph("", catalog.ui().text("assistant.greeting"))), "", List.of(), Map.of());
            kit.outbox().post(ctx.client(), ctx.getChannelId(), ctx.getThreadTs(), List.of(greeting));
            kit.outbox().call("assistant.threads.setSuggestedPrompts", () -> ctx.setSuggestedPrompts(prompts(catalog),
                    catalog.ui().text("assistant.prompts_title")));
            kit.outbox().call("assistant.threads.setTitle", () -> ctx.setTitle(catalog.ui().text("assistant.title")));
        });
        if (!queued) {
            kit.dedup().release(eventId);
        }
    }

    static List<SuggestedPrompt> prompts(Catalog catalog) {
        return java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> new SuggestedPrompt(
                catalog.ui().text("assistant.prompt" + i + "_title"), catalog.ui().text("assistant.prompt" + i + "_message")))
                .toList();
    }

    /** A message in an assistant thread: a status while the engine works, then its replies in the thread. */
    private void message(String eventId, String teamId, MessageEvent m, EventContext ctx) {
        if (m.getUser() == null || m.getBotId() != null || !kit.dedup().firstTimeMessage(eventId, m.getClientMsgId())) {
            return;
        }
        UserKey user = user(teamId, m.getUser());
        String text = SlackText.toPlain(m.getText());
        String messageId = m.getClientMsgId() != null ? m.getClientMsgId() : m.getTs();
        String channel = ctx.getChannelId();
        String thread = ctx.getThreadTs();
        boolean queued = kit.work().submit(user, new Work.Job() {
            @Override
            public void run() {
                answer(ctx, user, text, messageId, channel, thread);
            }

            @Override
            public void abandon() {
                sorry(ctx, user, channel, thread, "error.restarting");
            }
        });
        if (!queued) {
            // Bolt has acked already (the middleware does), so Slack will not retry: say so in the thread
            kit.dedup().releaseMessage(eventId, m.getClientMsgId());
            sorry(ctx, user, channel, thread, "error.busy");
        }
    }

    private void answer(EventContext ctx, UserKey user, String text, String messageId, String channel, String thread) {
        Catalog catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        kit.outbox().call("assistant.threads.setStatus", () -> ctx.setStatus(catalog.ui().text("assistant.status")));
        Response response = advisor.message(user, text, messageId);
        kit.reactions().now(user, response.effects());
        boolean delivered = kit.outbox().post(ctx.client(), channel, thread, response.replies());
        kit.reactions().after(ctx.client(), user, response.effects());
        if (!delivered) {
            sorry(ctx, user, channel, thread, "error.not_delivered_dm");
            return;
        }
        // the title follows what was asked; interview answers and quiz steps keep the thread's title
        Reply first = response.replies().isEmpty() ? null : response.replies().get(0);
        if (first != null && !first.topic().startsWith(TopicIds.INTERVIEW) && !first.topic().startsWith(TopicIds.FIT)
                && !text.isBlank()) {
            String title = Texts.cut(text.strip().lines().findFirst().orElse(""), TITLE_MAX);
            kit.outbox().call("assistant.threads.setTitle", () -> ctx.setTitle(title));
        }
    }

    private void sorry(EventContext ctx, UserKey user, String channel, String thread, String key) {
        Catalog catalog = advisor.knowledge().catalog(advisor.languageOf(user));
        Reply sorry = new Reply(TopicIds.ERROR, catalog.ui().text(key), List.of(), "", List.of(), Map.of());
        if (!kit.outbox().post(ctx.client(), channel, thread, List.of(sorry))) {
            log.warn("an apology in an assistant thread could not be delivered either");
        }
    }
}
