package jp.infracareer.slack;

import com.slack.api.methods.Methods;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import jp.infracareer.kernel.Reply;
import jp.infracareer.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Web API call the app makes after an ack goes through here. A 429 waits for Retry-After and tries
 * again; a 5xx tries again after a short backoff; a timeout is not retried blindly, because the message
 * may have been posted and a retry could post it twice: replies are looked for in history first. Outcomes are counted; failures are logged with the
 * method and Slack's error code, never with message text.
 */
public final class Outbox {
    static final int ATTEMPTS = 3;
    private static final long MAX_WAIT_MS = 30_000;
    /** How long a post whose fate is unknown gets to show up in history before it is looked for. */
    static final long LANDING_WAIT_MS = 1_000;
    /** The metadata event type of our replies in DMs, which carries the post id. */
    public static final String REPLY_EVENT = "advisor_reply";
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** One Web API call. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /** Waiting between attempts; tests replace it so nothing sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final Metrics metrics;
    private final Sleeper sleeper;
    private final com.github.benmanes.caffeine.cache.Cache<String, String> directChannels =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000)
                    .expireAfterWrite(java.time.Duration.ofDays(1)).build();

    public Outbox(Metrics metrics, Sleeper sleeper) {
        this.metrics = metrics;
        this.sleeper = sleeper;
    }

    /** How a call ended. */
    public enum Outcome {
        OK("ok"),
        /** Slack answered, but not ok, or the call was refused (4xx, malformed answer). */
        ERROR("error"),
        /** No answer in time: the call may have gone through. */
        TIMEOUT("timeout"),
        /** A 5xx, not retried here: the call may have gone through. */
        SERVER_ERROR("server-error"),
        /** Still failing after every attempt. */
        FAILED("failed");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** The metric label. */
        public String label() {
            return label;
        }

        /** True when the call may have taken effect although no answer said so. */
        public boolean uncertain() {
            return this == TIMEOUT || this == SERVER_ERROR;
        }
    }

    /** A call's response (when ok) and how it ended. */
    public record Result<T>(Optional<T> response, Outcome outcome) {}

    public <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        return callWithOutcome(method, call).response();
    }

    public <T extends SlackApiTextResponse> Result<T> callWithOutcome(String method, Call<T> call) {
        return callWithOutcome(method, call, true);
    }

    /**
     * With {@code retryServerErrors} false a 5xx ends the call with outcome {@link Outcome#SERVER_ERROR}: the caller can
     * check whether the message landed before trying again.
     */
    public <T extends SlackApiTextResponse> Result<T> callWithOutcome(String method, Call<T> call, boolean retryServerErrors) {
        long backoff = 250;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                T response = call.run();
                if (response.isOk()) {
                    metrics.apiCall(method, "ok");
                    return new Result<>(Optional.of(response), Outcome.OK);
                }
                metrics.apiCall(method, "error");
                log.warn("{} failed: {}", method, response.getError());
                return new Result<>(Optional.empty(), Outcome.ERROR);
            } catch (SlackApiException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().code();
                long wait;
                if (status == 429) {
                    metrics.apiCall(method, "429");
                    wait = retryAfterMillis(e);
                } else if (status >= 500 && !retryServerErrors) {
                    metrics.apiCall(method, "error");
                    log.warn("{} failed with HTTP {}; not retried here", method, status);
                    return new Result<>(Optional.empty(), Outcome.SERVER_ERROR);
                } else if (status >= 500) {
                    metrics.apiCall(method, "retry");
                    wait = backoff;
                    backoff *= 4;
                } else {
                    metrics.apiCall(method, "error");
                    log.warn("{} failed with HTTP {}", method, status);
                    return new Result<>(Optional.empty(), Outcome.ERROR);
                }
                if (attempt == ATTEMPTS || !pause(wait)) {
                    break;
                }
            } catch (InterruptedIOException e) {
                metrics.apiCall(method, "timeout");
                log.warn("{} timed out; not retried, it may have gone through", method);
                return new Result<>(Optional.empty(), Outcome.TIMEOUT);
            } catch (IOException | RuntimeException e) {
                // includes a malformed JSON answer from Slack
                metrics.apiCall(method, "error");
                log.warn("{} failed: {}", method, e.getClass().getSimpleName());
                return new Result<>(Optional.empty(), Outcome.ERROR);
            }
        }
        metrics.apiCall(method, "failed");
        log.warn("{} failed after {} attempts", method, ATTEMPTS);
        return new Result<>(Optional.empty(), Outcome.FAILED);
    }

    /**
     * The user's DM with the app, from conversations.open (remembered for a day). A channel id that merely
     * starts with D is not trusted: a command typed in a DM between two people comes from such a channel.
     */
    public Optional<String> directChannel(MethodsClient client, String userId) {
        return directChannel(client, null, userId);
    }

    /**
     * As {@link #directChannel(MethodsClient, String)}; with the client's bot token, Slack's answer is read by the
     * Gson kept for good instead of one the SDK builds for it (see {@link #chatPostMessage}).
     */
    public Optional<String> directChannel(MethodsClient client, String token, String userId) {
        String known = directChannels.getIfPresent(userId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> opened = call("conversations.open", () -> token != null ? conversationsOpen(client, token, userId)
                : client.conversationsOpen(r -> r.users(List.of(userId))))
                .map(r -> r.getChannel() == null ? null : r.getChannel().getId());
        opened.ifPresent(id -> directChannels.put(userId, id));
        return opened;
    }

    /** Posts replies in order; false as soon as one could not be delivered (the rest are not sent). */
    public boolean post(MethodsClient client, String channel, List<Reply> replies) {
        return post(client, channel, null, replies);
    }

    /** As {@link #post(MethodsClient, String, List)}, into the thread {@code threadTs} when it is set. */
    public boolean post(MethodsClient client, String channel, String threadTs, List<Reply> replies) {
        return post(client, null, channel, threadTs, replies);
    }

    /**
     * As {@link #post(MethodsClient, String, String, List)}; with the client's bot token, each answer is read by the
     * Gson kept for good instead of one the SDK builds for it (see {@link #chatPostMessage}).
     */
    public boolean post(MethodsClient client, String token, String channel, String threadTs, List<Reply> replies) {
        for (Reply reply : replies) {
            if (!postOnce(client, token, channel, threadTs, reply)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replies that answer one message in a DM as one message when they fit in one (Slack's 50 blocks): a mock
     * interview's feedback and its next question arrive together, one notification and one Web API call
     * instead of two. Replies that would not fit are posted one by one.
     */
    public boolean postTogether(MethodsClient client, String channel, String threadTs, List<Reply> replies) {
        return postTogether(client, null, channel, threadTs, replies);
    }

    /**
     * As {@link #postTogether(MethodsClient, String, String, List)}; with the client's bot token, the combined
     * message's answer is read without the SDK building a Gson for it (see {@link #chatPostMessage}).
     */
    public boolean postTogether(MethodsClient client, String token, String channel, String threadTs, List<Reply> replies) {
        if (replies.size() < 2) {
            return post(client, token, channel, threadTs, replies);
        }
        Optional<BlockKitRenderer.Together> together = BlockKitRenderer.together(replies);
        if (together.isEmpty()) {
            return post(client, token, channel, threadTs, replies);
        }
        Delivery together1 = deliver(client, token, channel, threadTs, BlockKitRenderer.fallbackText(replies),
                together.get().blocks(), together.get().json());
        if (together1 == Delivery.REFUSED) {
            // Slack said no and nothing landed (a limit of a combined message, say): the replies one by one
            return post(client, token, channel, threadTs, replies);
        }
        return together1 == Delivery.DELIVERED;
    }

    private boolean postOnce(MethodsClient client, String token, String channel, String threadTs, Reply reply) {
        return deliver(client, token, channel, threadTs, BlockKitRenderer.fallbackText(reply), BlockKitRenderer.render(reply), null)
                == Delivery.DELIVERED;
    }

    /** Kept for good: building a Gson reflects over the message classes (see {@link #chatPostMessage}). */
    private static final com.google.gson.Gson RESPONSES = com.slack.api.util.json.GsonFactory.createSnakeCase();

    /**
     * chat.postMessage with a JSON body (Slack takes one for this method, the token as a bearer header): the same
     * fields the SDK's form carries, through the client's own HTTP client, and its answer read by one Gson kept for
     * good. Writing the body as JSON keeps the blocks' JSON as it is; the form URL-encodes every byte of it, which
     * was about a fifth of the samples of a mid-interview DM's work (JFR, bench DM phase). The SDK builds a new Gson
     * for every answer, which reflects over the message classes again (about 0.5 ms of CPU per post, measured). An
     * answer that is not 2xx is a {@link SlackApiException} with the response, as from the SDK. The SDK's response
     * listeners (debug logging of whole bodies) are not run. A request with fields this body does not write, or a
     * client that is not the SDK's own, goes as the SDK's form.
     */
    static ChatPostMessageResponse chatPostMessage(MethodsClient client, String token, ChatPostMessageRequest request)
            throws IOException, SlackApiException {
        if (!(client instanceof com.slack.api.methods.impl.MethodsClientImpl sdk) || !PostBody.writes(request)) {
            return postForm(client, token, RequestFormBuilder.toForm(request), Methods.CHAT_POST_MESSAGE, ChatPostMessageResponse.class);
        }
        okhttp3.Request http = new okhttp3.Request.Builder().url(sdk.getEndpointUrlPrefix() + Methods.CHAT_POST_MESSAGE)
                .header("Authorization", "Bearer " + token)
                .post(okhttp3.RequestBody.create(PostBody.json(request, RESPONSES), PostBody.MEDIA_TYPE)).build();
        try (okhttp3.Response response = sdk.getSlackHttpClient().getOkHttpClient().newCall(http).execute()) {
            return read(response, ChatPostMessageResponse.class);
        }
    }

    /** conversations.open for one user as the SDK sends it, its answer read as {@link #chatPostMessage} reads its. */
    static ConversationsOpenResponse conversationsOpen(MethodsClient client, String token, String userId)
            throws IOException, SlackApiException {
        return postForm(client, token, RequestFormBuilder.toForm(ConversationsOpenRequest.builder().users(List.of(userId)).build()),
                Methods.CONVERSATIONS_OPEN, ConversationsOpenResponse.class);
    }

    /** A Web API form post through the client's own HTTP call, its answer read by the Gson kept for good. */
    private static <T extends SlackApiTextResponse> T postForm(MethodsClient client, String token, okhttp3.FormBody.Builder form,
            String method, Class<T> type) throws IOException, SlackApiException {
        try (okhttp3.Response http = client.runPostFormWithToken(form, method, token)) {
            return read(http, type);
        }
    }

    /** A Web API answer read by the Gson kept for good, its headers kept as the SDK keeps them. */
    private static <T extends SlackApiTextResponse> T read(okhttp3.Response http, Class<T> type) throws IOException, SlackApiException {
        String body = http.body() == null ? "" : http.body().string();
        if (!http.isSuccessful()) {
            throw new SlackApiException(http, body);
        }
        T response = RESPONSES.fromJson(body, type);
        java.util.Map<String, List<String>> headers = new java.util.HashMap<>();
        http.headers().toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
        response.setHttpResponseHeaders(headers);
        return response;
    }

    /** How a post ended: delivered, refused by Slack (nothing landed), or unknown (it may have landed). */
    private enum Delivery { DELIVERED, REFUSED, UNKNOWN }

    /**
     * One message, delivered exactly once or reported as not delivered. It carries a unique post id in its
     * metadata; when Slack's answer leaves it open whether the post landed (a 5xx, a timeout), the channel's
     * recent history is asked before trying again, and before saying it failed.
     */
    private Delivery deliver(MethodsClient client, String token, String channel, String threadTs, String text,
            List<com.slack.api.model.block.LayoutBlock> blocks, String blocksJson) {
        String postId = java.util.HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong());
        var metadata = com.slack.api.model.Message.Metadata.builder().eventType(REPLY_EVENT)
                .eventPayload(java.util.Map.of("post_id", postId)).build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            // blocks already written as JSON (to measure them) go as they are: the SDK would write the same again
            var request = (blocksJson != null ? ChatPostMessageRequest.builder().blocksAsString(blocksJson)
                    : ChatPostMessageRequest.builder().blocks(blocks)).channel(channel).threadTs(threadTs).text(text)
                    .metadata(metadata).build();
            var result = callWithOutcome("chat.postMessage", () -> token != null ? chatPostMessage(client, token, request)
                    : client.chatPostMessage(request), false);
            if (result.response().isPresent()) {
                return Delivery.DELIVERED;
            }
            if (!result.outcome().uncertain()) {
                // a definite answer: this attempt did not land, and an earlier one was checked and had not either
                return Delivery.REFUSED;
            }
            if (!pause(LANDING_WAIT_MS)) {
                return Delivery.UNKNOWN;
            }
            Optional<Boolean> landed = landed(client, channel, threadTs, postId);
            if (landed.isEmpty()) {
                return Delivery.UNKNOWN;
            }
            if (landed.get()) {
                metrics.apiCall("chat.postMessage", "landed");
                return Delivery.DELIVERED;
            }
        }
        return Delivery.UNKNOWN;
    }

    /**
     * Whether a post with this id is among the channel's newest messages (a reply that landed a moment ago is
     * there); empty when history could not be read.
     */
    private Optional<Boolean> landed(MethodsClient client, String channel, String threadTs, String postId) {
        java.util.function.Predicate<com.slack.api.model.Message> ours = m -> m.getMetadata() != null
                && REPLY_EVENT.equals(m.getMetadata().getEventType()) && m.getMetadata().getEventPayload() != null
                && postId.equals(String.valueOf(m.getMetadata().getEventPayload().get("post_id")));
        if (threadTs != null) {
            // a thread's replies are not in the channel's history
            // only the last minutes: a long thread's first page would not reach a reply that just landed
            String since = String.valueOf(System.currentTimeMillis() / 1000 - 300);
            return call("conversations.replies", () -> client.conversationsReplies(r -> r.channel(channel).ts(threadTs)
                    .oldest(since).limit(200).includeAllMetadata(true)))
                    .map(replies -> replies.getMessages() != null && replies.getMessages().stream().anyMatch(ours));
        }
        return call("conversations.history", () -> client.conversationsHistory(r -> r.channel(channel)
                .limit(30).includeAllMetadata(true)))
                .map(history -> history.getMessages() != null && history.getMessages().stream().anyMatch(ours));
    }

    private static long retryAfterMillis(SlackApiException e) {
        String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
        try {
            return Math.min(MAX_WAIT_MS, Math.max(0, Long.parseLong(header == null ? "1" : header.strip())) * 1000);
        } catch (NumberFormatException nfe) {
            return 1000;
        }
    }

    private boolean pause(long millis) {
        try {
            sleeper.sleep(millis);
            return true;
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
