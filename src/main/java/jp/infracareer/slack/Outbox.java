package jp.infracareer.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.util.List;
import java.util.Optional;
import jp.infracareer.advisor.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts replies into a user's DM through the Web API. Failures are logged with the method and Slack's
 * error code, never with message text.
 */
final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private Outbox() {}

    /** The DM channel with a user: the one we are in, or one opened with conversations.open. */
    static Optional<String> directChannel(MethodsClient client, String userId, String knownChannel) {
        if (knownChannel != null && knownChannel.startsWith("D")) {
            return Optional.of(knownChannel);
        }
        try {
            ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(List.of(userId)));
            if (opened.isOk() && opened.getChannel() != null) {
                return Optional.of(opened.getChannel().getId());
            }
            log.warn("conversations.open failed: {}", opened.getError());
        } catch (Exception e) {
            log.warn("conversations.open failed: {}", e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    static void post(MethodsClient client, String channel, List<Reply> replies) {
        for (Reply reply : replies) {
            try {
                ChatPostMessageResponse posted = client.chatPostMessage(r -> r.channel(channel)
                        .text(BlockKitRenderer.fallbackText(reply))
                        .blocks(BlockKitRenderer.render(reply)));
                if (!posted.isOk()) {
                    log.warn("chat.postMessage failed for topic {}: {}", reply.topic(), posted.getError());
                }
            } catch (Exception e) {
                log.warn("chat.postMessage failed for topic {}: {}", reply.topic(), e.getClass().getSimpleName());
            }
        }
    }
}
