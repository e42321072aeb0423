package jp.infracareer.broadcast;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.state.OneTimeValues;
import jp.infracareer.state.StoreUnavailableException;

/**
 * {@code /career broadcast <text>} ({@code 配信}): advisors only. Nothing is posted from the command itself:
 * the advisor first sees a preview with Post / Cancel, and Post is the only thing that posts, once.
 */
public final class Announcements {

    /** How long a preview's Post button works. */
    static final Duration DRAFT_TTL = Duration.ofHours(1);

    /** A draft as kept between the preview and the click: the advisor's id, a tab, then the text. */
    private record Draft(String advisorId, String text) {
        String encode() {
            return advisorId + "\t" + text;
        }

        static Optional<Draft> decode(String value) {
            int tab = value.indexOf('\t');
            return tab < 0 ? Optional.empty() : Optional.of(new Draft(value.substring(0, tab), value.substring(tab + 1)));
        }
    }

    private final AdvisorChannel channel;
    private final ChannelPoster poster;
    private final OneTimeValues drafts;
    private final Catalog channelCatalog;

    /** Drafts in memory (one process). */
    public Announcements(AdvisorChannel channel, ChannelPoster poster, Catalog channelCatalog) {
        this(channel, poster, channelCatalog, OneTimeValues.inMemory(DRAFT_TTL));
    }

    /** Drafts where every replica can take them ({@code drafts} in Redis with several replicas). */
    public Announcements(AdvisorChannel channel, ChannelPoster poster, Catalog channelCatalog, OneTimeValues drafts) {
        this.channel = channel;
        this.poster = poster;
        this.channelCatalog = channelCatalog;
        this.drafts = drafts;
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
        try {
            drafts.put(id, new Draft(userId, text.strip()).encode(), DRAFT_TTL);
        } catch (StoreUnavailableException e) {
            return BroadcastReplies.note(c, "error.store_unavailable");
        }
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
        // taking is atomic: of two clicks at once, on any replicas, exactly one gets the draft
        Optional<Draft> taken;
        try {
            taken = drafts.take(id).flatMap(Draft::decode);
        } catch (StoreUnavailableException e) {
            return BroadcastReplies.note(c, "error.store_unavailable");
        }
        if (taken.isEmpty()) {
            return BroadcastReplies.note(c, "broadcast.already_done");
        }
        Draft draft = taken.get();
        if (!draft.advisorId().equals(userId)) {
            drafts.put(id, draft.encode(), DRAFT_TTL); // not theirs to post or cancel: it stays for its author
            return BroadcastReplies.note(c, "broadcast.not_advisor");
        }
        if (!post) {
            return BroadcastReplies.note(c, "broadcast.cancelled");
        }
        var delivery = poster.deliver(channel.channelId(), null,
                BroadcastReplies.announcement(channelCatalog, userId, draft.text()),
                AdvisorChannel.ANNOUNCEMENT, java.util.Map.of("advisor", userId));
        if (delivery.unknown()) {
            // it may be in the channel: no Post button again, so it can never be posted twice
            return BroadcastReplies.note(c, "broadcast.post_unknown");
        }
        if (delivery.ts().isEmpty()) {
            drafts.put(id, draft.encode(), DRAFT_TTL); // the advisor can press Post again
            return BroadcastReplies.withButtons(BroadcastReplies.note(c, "broadcast.share_failed"), c, id);
        }
        return BroadcastReplies.note(c, "broadcast.posted");
    }
}
