package jp.infracareer.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.state.Change;
import jp.infracareer.state.UserState;
import java.util.Map;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.state.FinishedInterview;
import jp.infracareer.interview.ShareHook;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.kernel.UserKey;

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
    public Reply share(UserKey user, Catalog catalog, String sessionId, InterviewControl mode) {
        Instant now = clock.instant();
        var finished = store.get(user).lastInterview()
                .filter(f -> f.shareableAt(now))
                .filter(f -> sessionId == null || f.session().id().equals(sessionId));
        if (finished.isEmpty()) {
            return BroadcastReplies.note(catalog, "broadcast.share_missing");
        }
        if (mode == InterviewControl.SHARE) {
            return BroadcastReplies.shareChoice(catalog, finished.get().session().id());
        }
        // claim the share in one atomic, pure update: of two clicks (or both choice buttons) only one posts
        String id = finished.get().session().id();
        Optional<FinishedInterview> claimed = store.apply(user, s -> claim(s, id, now));
        if (claimed.isEmpty()) {
            return BroadcastReplies.note(catalog, "broadcast.already_shared");
        }
        FinishedInterview f = claimed.get();
        Reply summary = BroadcastReplies.summary(channelCatalog, user.userId(), f.session(), mode == InterviewControl.SHARE_ANSWERS);
        var delivery = poster.deliver(channel.channelId(), null, summary, AdvisorChannel.SUMMARY,
                Map.of("team", user.teamId(), "user", user.userId(), "session", f.session().id()));
        var ts = delivery.ts();
        if (delivery.unknown()) {
            // it may be in the channel: keep the claim, so pressing Share again cannot post a second copy
            return BroadcastReplies.note(catalog, "broadcast.share_unknown");
        }
        if (ts.isEmpty()) {
            // not shared after all: the user may try again
            store.update(user, s -> s.lastInterview().filter(x -> x.session().id().equals(id))
                    .map(x -> s.withLastInterview(f)).orElse(s));
            return BroadcastReplies.note(catalog, "broadcast.share_failed");
        }
        if (store.get(user).lastInterview().filter(x -> x.session().id().equals(id)).isEmpty()) {
            // the user asked to be forgotten while this was being posted: take it back at once
            poster.replace(channel.channelId(), ts.get(), BroadcastReplies.withdrawn(channelCatalog), AdvisorChannel.WITHDRAWN);
            return BroadcastReplies.note(catalog, "broadcast.share_missing");
        }
        channel.shared(user);
        channel.remember(ts.get(), new AdvisorChannel.Parent.Summary(user));
        return BroadcastReplies.note(catalog, "broadcast.shared");
    }

    /** Marks interview {@code id} shared if it still can be; the decision is the interview as it was before. */
    private static Change<Optional<FinishedInterview>> claim(UserState s, String id, Instant now) {
        Optional<FinishedInterview> open = s.lastInterview()
                .filter(f -> f.session().id().equals(id) && !f.shared() && f.shareableAt(now));
        return open.isEmpty() ? Change.keep(s, Optional.empty())
                : Change.to(s.withLastInterview(open.get().markShared()), open);
    }
}
