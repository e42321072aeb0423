package jp.infracareer.broadcast;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.Catalog;

/**
 * {@code /career broadcast <text>} ({@code 配信}): advisors only. Nothing is posted from the command itself:
 * the advisor first sees a preview with Post / Cancel, and Post is the only thing that posts, once.
 */
public final class Announcements {

    private record Draft(String advisorId, String text, Catalog catalog) {}

    private final AdvisorChannel channel;
    private final ChannelPoster poster;
    private final Cache<String, Draft> drafts = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    private final Catalog channelCatalog;

    public Announcements(AdvisorChannel channel, ChannelPoster poster, Catalog channelCatalog) {
        this.channel = channel;
        this.poster = poster;
        this.channelCatalog = channelCatalog;
    }

    /** The reply to the command: a refusal, a usage note, or the preview with its buttons. */
    public Reply preview(Catalog c, String userId, String text) {
        if (!channel.isAdvisor(userId)) {
            return BroadcastReplies.note(c, "broadcast.not_advisor");
        }
        if (text == null || text.isBlank()) {
            return BroadcastReplies.note(c, "broadcast.empty");
        }
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        drafts.put(id, new Draft(userId, text.strip(), c));
        return BroadcastReplies.preview(c, userId, text.strip(), id);
    }

    /** What advisors are told when the workspace has no advisor channel. */
    public static Reply disabled(Catalog c) {
        return BroadcastReplies.note(c, "broadcast.disabled");
    }

    /**
     * A Post or Cancel click; each draft is posted at most once, by the advisor who wrote it. A button value
     * that is not understood is answered like a click on a finished preview.
     */
    public Reply confirm(Catalog c, String userId, String buttonValue) {
        var decoded = AnnouncementActions.decode(buttonValue);
        if (decoded.isEmpty()) {
            return BroadcastReplies.note(c, "broadcast.already_done");
        }
        boolean post = decoded.get().post();
        String id = decoded.get().draftId();
        if (!channel.isAdvisor(userId)) {
            return BroadcastReplies.note(c, "broadcast.not_advisor");
        }
        Draft draft = drafts.getIfPresent(id);
        if (draft == null) {
            return BroadcastReplies.note(c, "broadcast.already_done");
        }
        if (!draft.advisorId().equals(userId)) {
            return BroadcastReplies.note(c, "broadcast.not_advisor");
        }
        // remove(key, value) is atomic: of two clicks at once, exactly one gets to post
        if (!drafts.asMap().remove(id, draft)) {
            return BroadcastReplies.note(c, "broadcast.already_done");
        }
        if (!post) {
            return BroadcastReplies.note(c, "broadcast.cancelled");
        }
        boolean posted = poster.post(channel.channelId(), null,
                BroadcastReplies.announcement(channelCatalog, userId, draft.text()),
                AdvisorChannel.ANNOUNCEMENT, java.util.Map.of("advisor", userId)).isPresent();
        if (!posted) {
            drafts.put(id, draft); // the advisor can press Post again
            return BroadcastReplies.withButtons(BroadcastReplies.note(c, "broadcast.share_failed"), c, id);
        }
        return BroadcastReplies.note(c, "broadcast.posted");
    }
}
