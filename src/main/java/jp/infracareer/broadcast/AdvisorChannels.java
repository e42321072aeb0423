package jp.infracareer.broadcast;

import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.interview.ShareHook;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;

/**
 * Which advisor channel serves a workspace: the one of environment variables in a single-workspace app, or
 * the one a workspace set up for itself in a distributed app. Everything that posts to a channel asks here with
 * the user's own team, so one workspace never reaches another's channel or users. Sharing an interview goes to
 * the sharer's own workspace's channel, or is refused when it has none.
 */
public interface AdvisorChannels extends ShareHook {
    /** The advisor channel of workspace {@code teamId}, if it has one. */
    Optional<AdvisorChannelFeature> of(String teamId);

    /** Starts the schedule (where this replica runs it). */
    void start();

    void stop();

    @Override
    default boolean available(UserKey user) {
        return of(user.teamId()).isPresent();
    }

    @Override
    default Reply share(UserKey user, Catalog catalog, String sessionId, InterviewControl mode) {
        return of(user.teamId()).map(f -> f.sharing().share(user, catalog, sessionId, mode))
                .orElseGet(() -> ShareHook.NOT_CONFIGURED.share(user, catalog, sessionId, mode));
    }

    /** A single-workspace app: its one channel (if configured) serves whoever the bot token's workspace sends. */
    static AdvisorChannels single(Optional<AdvisorChannelFeature> feature) {
        return new AdvisorChannels() {
            @Override
            public Optional<AdvisorChannelFeature> of(String teamId) {
                return feature;
            }

            @Override
            public void start() {
                feature.ifPresent(AdvisorChannelFeature::start);
            }

            @Override
            public void stop() {
                feature.ifPresent(AdvisorChannelFeature::stop);
            }
        };
    }
}
