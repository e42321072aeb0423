package jp.infracareer.wiring;

import com.slack.api.methods.MethodsClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.infracareer.broadcast.AdvisorChannels;
import jp.infracareer.broadcast.Announcements;
import jp.infracareer.content.Catalog;
import jp.infracareer.home.HomeTab;
import jp.infracareer.kernel.Effect;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.Reactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who reacts to which effect: App Home to progress and forgetting, the advisor channel to forgetting and announcements. */
final class FeatureReactions implements Reactions {
    private static final Logger log = LoggerFactory.getLogger(FeatureReactions.class);

    private final HomeTab home;
    private final AdvisorChannels advisorChannels;
    private final Function<UserKey, Catalog> catalogOf;

    FeatureReactions(HomeTab home, AdvisorChannels advisorChannels, Function<UserKey, Catalog> catalogOf) {
        this.home = home;
        this.advisorChannels = advisorChannels;
        this.catalogOf = catalogOf;
    }

    @Override
    public Optional<Reply> instead(UserKey user, List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.AnnouncementRequested a) {
                Catalog catalog = catalogOf.apply(user);
                // to the advisor channel of the user's own workspace, by its own advisors
                return Optional.of(advisorChannels.of(user.teamId()).map(f -> f.announcements().preview(catalog, user.userId(), a.text()))
                        .orElseGet(() -> Announcements.disabled(catalog)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void now(UserKey user, List<Effect> effects) {
        if (effects.stream().anyMatch(Effect.Forgotten.class::isInstance)) {
            // forgetting also stops advisors' replies to a shared summary reaching the user, from this moment
            advisorChannels.of(user.teamId()).ifPresent(f -> f.forget(user));
        }
    }

    @Override
    public void after(MethodsClient client, UserKey user, List<Effect> effects) {
        try {
            // forgotten or finished: the Home tab's progress is out of date
            boolean refreshHome = effects.stream()
                    .anyMatch(e -> e instanceof Effect.Forgotten || e instanceof Effect.InterviewFinished);
            if (effects.stream().anyMatch(Effect.Forgotten.class::isInstance)) {
                // and what they shared is taken back from the channel, so no restart can relay it again
                advisorChannels.of(user.teamId()).ifPresent(f -> f.withdraw(user));
            }
            if (refreshHome) {
                home.publish(client, user);
            }
        } catch (RuntimeException e) {
            log.warn("could not react to {}: {}", effects, e.getClass().getSimpleName());
        }
    }
}
