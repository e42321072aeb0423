package jp.infracareer.broadcast;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import jp.infracareer.kernel.UserKey;

/**
 * What the app knows about threads in the advisor channel: which parent is a question of the week (and
 * which question), which is a shared interview summary (and whose), and who asked to be forgotten. Kept
 * in memory, bounded; after a restart a parent is recognised again from its message metadata.
 */
public final class AdvisorChannel {
    public static final String TIP = "infra_advisor_tip";
    public static final String QUESTION = "infra_advisor_question";
    public static final String SUMMARY = "infra_advisor_summary";
    public static final String ANNOUNCEMENT = "infra_advisor_announcement";
    /** A summary taken back after its author asked to be forgotten: it names nobody any more. */
    public static final String WITHDRAWN = "infra_advisor_withdrawn";

    /** A thread parent we posted: a question of the week, or a summary shared by a user. */
    public sealed interface Parent {
        record Question(String questionId) implements Parent {}

        record Summary(UserKey user) implements Parent {}

        record Other() implements Parent {}
    }

    private final String channelId;
    private final Set<String> advisors;
    private final Cache<String, Parent> parents = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofDays(60)).build();
    private final Cache<UserKey, Boolean> forgotten = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(365)).build();

    public AdvisorChannel(String channelId, Set<String> advisors) {
        this.channelId = channelId;
        this.advisors = Set.copyOf(advisors);
    }

    public String channelId() {
        return channelId;
    }

    public boolean isAdvisor(String userId) {
        return userId != null && advisors.contains(userId);
    }

    public void remember(String ts, Parent parent) {
        parents.put(ts, parent);
    }

    public Optional<Parent> parent(String ts) {
        return Optional.ofNullable(parents.getIfPresent(ts));
    }

    /** After /career forget: no summary of this user is relayed any more. */
    public void forget(UserKey user) {
        forgotten.put(user, Boolean.TRUE);
        parents.asMap().values().removeIf(p -> p instanceof Parent.Summary s && s.user().equals(user));
    }

    public boolean forgotten(UserKey user) {
        return forgotten.getIfPresent(user) != null;
    }

    /** Sharing again after forgetting means the user wants relays again. */
    public void shared(UserKey user) {
        forgotten.invalidate(user);
    }
}
