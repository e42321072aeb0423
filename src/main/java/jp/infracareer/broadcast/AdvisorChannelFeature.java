package jp.infracareer.broadcast;

import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import jp.infracareer.advisor.Advisor;
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
        ThreadReplies threads, BroadcastScheduler scheduler) {
    private static final Logger log = LoggerFactory.getLogger(AdvisorChannelFeature.class);

    public static java.util.Optional<AdvisorChannelFeature> create(Config config, Advisor advisor, MethodsClient botClient,
            Outbox outbox, Metrics metrics, Clock clock) {
        Config.Broadcasts b = config.broadcasts();
        if (!b.enabled()) {
            log.info("advisor-channel broadcasts are off: set ADVISOR_CHANNEL_ID to turn them on");
            return java.util.Optional.empty();
        }
        AdvisorChannel channel = new AdvisorChannel(b.channelId().orElseThrow(), b.advisorIds());
        ChannelPoster poster = new ChannelPoster(botClient, outbox, metrics, clock, Thread::sleep);
        var channelCatalog = advisor.knowledge().catalog(b.lang());
        advisor.useShareHook(new SummarySharing(advisor.store(), channel, poster, clock, channelCatalog));
        BroadcastScheduler scheduler = b.scheduled()
                ? new BroadcastScheduler(b, channelCatalog, poster, channel, clock) : null;
        if (scheduler == null) {
            log.info("scheduled broadcasts are off on this replica (BROADCASTS_SCHEDULED=false)");
        }
        if (b.advisorIds().isEmpty()) {
            log.info("no ADVISOR_USER_IDS: nobody can make announcements or get replies relayed");
        }
        return java.util.Optional.of(new AdvisorChannelFeature(channel, poster, new Announcements(channel, poster, channelCatalog),
                new ThreadReplies(advisor, channel, poster, outbox, b.lang()), scheduler));
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
