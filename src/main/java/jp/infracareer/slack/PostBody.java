package jp.infracareer.slack;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON body of a chat.postMessage: the fields the SDK's form carries for the posts this app makes (channel,
 * thread, text, blocks, metadata and the four flags the form always sends), with the same values.
 */
final class PostBody {
    static final okhttp3.MediaType MEDIA_TYPE = okhttp3.MediaType.get("application/json; charset=utf-8");

    private PostBody() {}

    /** True when the body writes every field the request sets: anything else (attachments, an icon) goes as a form. */
    static boolean writes(ChatPostMessageRequest r) {
        return r.getToken() == null && r.getUsername() == null && r.getParse() == null && r.getMarkdownText() == null
                && r.getMetadataAsString() == null && r.getEventAndEntityMetadata() == null
                && r.getEventAndEntityMetadataAsString() == null && r.getAttachments() == null
                && r.getAttachmentsAsString() == null && r.getIconUrl() == null && r.getIconEmoji() == null;
    }

    static String json(ChatPostMessageRequest r, Gson gson) {
        StringWriter out = new StringWriter(256 + (r.getBlocksAsString() == null ? 0 : r.getBlocksAsString().length()));
        try (JsonWriter w = new JsonWriter(out)) {
            w.beginObject();
            w.name("channel").value(r.getChannel());
            if (r.getThreadTs() != null) {
                w.name("thread_ts").value(r.getThreadTs());
            }
            if (r.getText() != null) {
                w.name("text").value(r.getText());
            }
            w.name("link_names").value(r.isLinkNames());
            w.name("mrkdwn").value(r.isMrkdwn());
            if (r.getMetadata() != null) {
                w.name("metadata").jsonValue(gson.toJson(r.getMetadata()));
            }
            if (r.getBlocksAsString() != null) {
                w.name("blocks").jsonValue(r.getBlocksAsString()); // already JSON: written as it is
            } else if (r.getBlocks() != null) {
                w.name("blocks").jsonValue(gson.toJson(r.getBlocks()));
            }
            w.name("unfurl_links").value(r.isUnfurlLinks());
            w.name("unfurl_media").value(r.isUnfurlMedia());
            w.name("reply_broadcast").value(r.isReplyBroadcast());
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
