package jp.infracareer.advisor;

import java.util.List;

/**
 * Everything the advisor says to one input, in order.
 *
 * @param replies the replies, usually one; a mock interview step may give feedback and the next question
 * @param direct  true when the replies belong in the user's direct messages (a mock interview), even if the
 *                input came from a slash command or a button elsewhere
 * @param cacheKey set when the reply depends only on its topic and language (no user text, no state), so a
 *                channel may reuse what it rendered for the same key; null otherwise
 */
public record Response(List<Reply> replies, boolean direct, String cacheKey) {
    public Response {
        replies = List.copyOf(replies);
    }

    public static Response of(Reply reply) {
        return new Response(List.of(reply), false, null);
    }

    public static Response direct(List<Reply> replies) {
        return new Response(replies, true, null);
    }

    public static Response cacheable(Reply reply, String lang) {
        return new Response(List.of(reply), false, lang + "|" + reply.topic());
    }
}
