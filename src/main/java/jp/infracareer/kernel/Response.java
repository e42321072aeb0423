package jp.infracareer.kernel;

import java.util.List;

/**
 * Everything the advisor says to one input, in order, and what it sets off.
 *
 * @param replies the replies, usually one; a mock interview step may give feedback and the next question
 * @param direct  true when the replies belong in the user's direct messages (a mock interview), even if the
 *                input came from a slash command or a button elsewhere
 * @param cacheKey set when the reply depends only on its topic and language (no user text, no state), so a
 *                channel may reuse what it rendered for the same key; null otherwise
 * @param effects what other features should react to once the replies are delivered
 */
public record Response(List<Reply> replies, boolean direct, String cacheKey, List<Effect> effects) {
    public Response {
        replies = List.copyOf(replies);
        effects = List.copyOf(effects);
    }

    public static Response of(Reply reply) {
        return new Response(List.of(reply), false, null, List.of());
    }

    public static Response direct(List<Reply> replies) {
        return new Response(replies, true, null, List.of());
    }

    public static Response cacheable(Reply reply, String lang) {
        return new Response(List.of(reply), false, lang + "|" + reply.topic(), List.of());
    }

    /** The same replies, also setting off {@code effect}. */
    public Response with(Effect effect) {
        List<Effect> more = new java.util.ArrayList<>(effects);
        more.add(effect);
        return new Response(replies, direct, cacheKey, more);
    }

    public boolean has(Class<? extends Effect> kind) {
        return effects.stream().anyMatch(kind::isInstance);
    }

    public <E extends Effect> java.util.Optional<E> effect(Class<E> kind) {
        return effects.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
