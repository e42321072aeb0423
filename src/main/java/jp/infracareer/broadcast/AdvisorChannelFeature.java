package jp.infracareer.broadcast;

import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.config.Config;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.slack.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor-channel feature, assembled: where posts go and how (poster), the schedule, announcements,
 * interview sharing and thread replies. Absent when ADVISOR_CHANNEL_ID is not set.
 */
public record AdvisorChannelFeature(AdvisorChannel channel, ChannelPoster poster, Announcements announcements,
        ThreadReplies threads, BroadcastScheduler scheduler, SummarySharing sharing, Clock clock,
        jp.infracareer.content.Catalog channelCatalog) {
    /** How far back the channel is searched for a forgotten user's summaries (summaries are shared within a day). */
    static final java.time.Duration WITHDRAW_WINDOW = java.time.Duration.ofDays(90);
    private static final Logger log = LoggerFactory.getLogger(AdvisorChannelFeature.class);

    /**
     * @param knowledge  the knowledge base (posts are in the channel's language)
     * @param store      users' state, for sharing their finished interviews
     * @param chosenLang the language a user chose, if any
     * @param languageOf the language a user's DMs are in
     */
    public static java.util.Optional<AdvisorChannelFeature> create(Config config,
            java.util.function.Supplier<KnowledgeBase> knowledgeBase, ConversationStore store, Function<UserKey, Optional<Lang>> chosenLang, Function<UserKey, Lang> languageOf,
            MethodsClient botClient, Outbox outbox, Metrics metrics, Clock clock, Outbox.Sleeper sleeper,
            jp.infracareer.state.Coordination shared) {
        Config.Broadcasts b = config.broadcasts();
        if (!b.enabled()) {
            log.info("advisor-channel broadcasts are off: set ADVISOR_CHANNEL_ID to turn them on");
            return java.util.Optional.empty();
        }
        // joined only when the feature is on: without it the server starts while the knowledge base loads
        KnowledgeBase knowledge = knowledgeBase.get();
        AdvisorChannel channel = new AdvisorChannel(b.channelId().orElseThrow(), b.advisorIds());
        ChannelPoster poster = new ChannelPoster(botClient, outbox, metrics, clock, sleeper, shared.pacing());
        var channelCatalog = knowledge.catalog(b.lang());
        BroadcastScheduler scheduler = b.scheduled()
                ? new BroadcastScheduler(b, channelCatalog, poster, channel, clock, shared.lease()) : null;
        if (scheduler == null) {
            log.info("scheduled broadcasts are off on this replica (BROADCASTS_SCHEDULED=false)");
        }
        if (b.advisorIds().isEmpty()) {
            log.info("no ADVISOR_USER_IDS: nobody can make announcements or get replies relayed");
        }
        return java.util.Optional.of(new AdvisorChannelFeature(channel, poster, new Announcements(channel, poster, channelCatalog, shared.drafts()),
                new ThreadReplies(knowledge, chosenLang, languageOf, channel, poster, outbox, b.lang()), scheduler,
                new SummarySharing(store, channel, poster, clock, channelCatalog), clock, channelCatalog));
    }

    /** After /career forget: nothing of the user's is relayed any more. */
    public void forget(UserKey user) {
        channel.forget(user);
    }

    /**
     * After /career forget, the summaries the user shared are taken back: each is replaced by a short note
     * and loses the metadata that named the user, so that no replica, before or after a restart, can relay
     * an advisor's reply to them again. Runs off the request path (it reads the channel's history).
     */
    public void withdraw(UserKey user) {
        channel.forget(user);
        var shared = poster.findAllByEvent(channel.channelId(), AdvisorChannel.SUMMARY, clock.instant().minus(WITHDRAW_WINDOW),
                java.util.Map.of("team", user.teamId(), "user", user.userId()));
        if (!shared.known()) {
            log.warn("could not read the advisor channel to withdraw a forgotten user's summaries");
        }
        var note = BroadcastReplies.withdrawn(channelCatalog);
        for (var message : shared.found()) {
            if (!poster.replace(channel.channelId(), message.getTs(), note, AdvisorChannel.WITHDRAWN)) {
                log.warn("a forgotten user's summary could not be withdrawn");
            }
        }
    }

    public void start() {
        if (scheduler != null) {
            scheduler.start();
        }
    }

    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
