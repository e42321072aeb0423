package jp.infracareer.broadcast;

import java.time.Clock;
import java.util.Map;
import jp.infracareer.advisor.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.interview.FinishedInterview;
import jp.infracareer.interview.ShareHook;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.UserKey;

/**
 * "Share with advisors" on an interview summary. Nothing leaves the DM until the user picks what to share;
 * then the summary (answers only if they chose so) goes to the advisor channel, naming them, and advisors'
 * replies in its thread are relayed back to their DM.
 */
public final class SummarySharing implements ShareHook {
    private final ConversationStore store;
    private final AdvisorChannel channel;
    private final ChannelPoster poster;
    private final Clock clock;

    private final Catalog channelCatalog;

    public SummarySharing(ConversationStore store, AdvisorChannel channel, ChannelPoster poster, Clock clock,
            Catalog channelCatalog) {
        this.store = store;
        this.channel = channel;
        this.poster = poster;
        this.clock = clock;
        this.channelCatalog = channelCatalog;
    }

    @Override
    public Reply share(UserKey user, Catalog catalog, String sessionId, String mode) {
        var finished = store.get(user).lastInterview()
                .filter(f -> f.shareableAt(clock.instant()))
                .filter(f -> sessionId == null || f.session().id().equals(sessionId));
        if (finished.isEmpty()) {
            return BroadcastReplies.note(catalog, "broadcast.share_missing");
        }
        if (mode.equals("ask")) {
            return BroadcastReplies.shareChoice(catalog, finished.get().session().id());
        }
        // claim the share in one atomic update: of two clicks (or both choice buttons) only one posts
        String id = finished.get().session().id();
        java.util.concurrent.atomic.AtomicReference<FinishedInterview> claimed = new java.util.concurrent.atomic.AtomicReference<>();
        store.update(user, s -> s.lastInterview().filter(f -> f.session().id().equals(id) && !f.shared()).map(f -> {
            claimed.set(f);
            return s.withLastInterview(f.markShared());
        }).orElse(s));
        FinishedInterview f = claimed.get();
        if (f == null) {
            return BroadcastReplies.note(catalog, "broadcast.already_shared");
        }
        Reply summary = BroadcastReplies.summary(channelCatalog, user.userId(), f.session(), mode.equals("answers"));
        var ts = poster.post(channel.channelId(), null, summary, AdvisorChannel.SUMMARY,
                Map.of("team", user.teamId(), "user", user.userId(), "session", f.session().id()));
        if (ts.isEmpty()) {
            store.update(user, s -> s.lastInterview().filter(x -> x.session().id().equals(id))
                    .map(x -> s.withLastInterview(f)).orElse(s)); // not shared after all: the user may try again
            return BroadcastReplies.note(catalog, "broadcast.share_failed");
        }
        channel.shared(user);
        channel.remember(ts.get(), new AdvisorChannel.Parent.Summary(user));
        return BroadcastReplies.note(catalog, "broadcast.shared");
    }
}
