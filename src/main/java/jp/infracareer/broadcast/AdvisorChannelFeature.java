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
 * interview sharing and thread replies, for one workspace. A single-workspace app has one (or none, when
 * ADVISOR_CHANNEL_ID is not set); a distributed app one per workspace with settings ({@link AdvisorChannels}).
 */
public record AdvisorChannelFeature(AdvisorChannel channel, ChannelPoster poster, Announcements announcements,
        ThreadReplies threads, BroadcastScheduler scheduler, SummarySharing sharing, Clock clock,
        jp.infracareer.content.Catalog channelCatalog) {
    /** How far back the channel is searched for a forgotten user's summaries (summaries are shared within a day). */
    static final java.time.Duration WITHDRAW_WINDOW = java.time.Duration.ofDays(90);
    private static final Logger log = LoggerFactory.getLogger(AdvisorChannelFeature.class);

    /**
     * What every advisor channel is built from, whichever workspace it serves.
     *
     * @param knowledge  the knowledge base (posts are in the channel's language), joined only when a channel is
     *                   assembled: without one the server starts while it loads
     * @param store      users' state, for sharing their finished interviews
     * @param chosenLang the language a user chose, if any
     * @param languageOf the language a user's DMs are in
     */
    public record Parts(java.util.function.Supplier<KnowledgeBase> knowledge, ConversationStore store, Function<UserKey, Optional<Lang>> chosenLang,
            Function<UserKey, Lang> languageOf, Outbox outbox, Metrics metrics, Clock clock, Outbox.Sleeper sleeper,
            jp.infracareer.state.Coordination shared) {}

    /** The one channel of a single-workspace app, from ADVISOR_CHANNEL_ID and friends; empty when unset. */
    public static java.util.Optional<AdvisorChannelFeature> create(Config config, Parts parts, MethodsClient botClient) {
        Config.Broadcasts b = config.broadcasts();
        if (!b.enabled()) {
            log.info("advisor-channel broadcasts are off: set ADVISOR_CHANNEL_ID to turn them on");
            return java.util.Optional.empty();
        }
        if (!b.scheduled()) {
            log.info("scheduled broadcasts are off on this replica (BROADCASTS_SCHEDULED=false)");
        }
        if (b.advisorIds().isEmpty()) {
            log.info("no ADVISOR_USER_IDS: nobody can make announcements or get replies relayed");
        }
        return java.util.Optional.of(assemble(b, parts, () -> botClient, b.scheduled(), parts.shared().lease()));
    }

    /**
     * One workspace's channel in a distributed app, from the settings stored for it. Its schedule runs only
     * when the caller ticks it (one tick goes over every workspace, under the caller's lease); {@code client}
     * is asked for the workspace's bot token on every call.
     */
    public static AdvisorChannelFeature forWorkspace(ChannelSettings settings, Config.Broadcasts defaults, Parts parts,
            java.util.function.Supplier<MethodsClient> client) {
        Config.Broadcasts b = new Config.Broadcasts(Optional.of(settings.channelId()), settings.advisorIds(),
                defaults.schedule(), settings.lang(), true);
        return assemble(b, parts, client, true, jp.infracareer.state.Lease.solo());
    }

    private static AdvisorChannelFeature assemble(Config.Broadcasts b, Parts parts, java.util.function.Supplier<MethodsClient> client,
            boolean scheduled, jp.infracareer.state.Lease lease) {
        AdvisorChannel channel = new AdvisorChannel(b.channelId().orElseThrow(), b.advisorIds());
        ChannelPoster poster = new ChannelPoster(client, parts.outbox(), parts.metrics(), parts.clock(), parts.sleeper(),
                parts.shared().pacing());
        KnowledgeBase knowledge = parts.knowledge().get();
        var channelCatalog = knowledge.catalog(b.lang());
        BroadcastScheduler scheduler = scheduled
                ? new BroadcastScheduler(b, channelCatalog, poster, channel, parts.clock(), lease) : null;
        return new AdvisorChannelFeature(channel, poster, new Announcements(channel, poster, channelCatalog, parts.shared().drafts()),
                new ThreadReplies(knowledge, parts.chosenLang(), parts.languageOf(), channel, poster, parts.outbox(), b.lang()),
                scheduler, new SummarySharing(parts.store(), channel, poster, parts.clock(), channelCatalog), parts.clock(),
                channelCatalog);
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
