package jp.infracareer.interview;

import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.UserKey;

/**
 * Where "Share with advisors" on an interview summary goes. The advisor-channel feature plugs in here;
 * until it does, the user is told that sharing is not set up, and nothing leaves the DM.
 */
@FunctionalInterface
public interface ShareHook {
    /**
     * {@code mode} is {@link InterviewControl#SHARE} (offer the choice), {@link InterviewControl#SHARE_SCORES}
     * (scores and feedback only) or {@link InterviewControl#SHARE_ANSWERS} (with the answer texts).
     * {@code sessionId} names the finished interview the button belongs to.
     */
    Reply share(UserKey user, Catalog catalog, String sessionId, InterviewControl mode);

    /** Whether {@code user}'s sharing goes anywhere (their workspace has an advisor channel): only then a summary offers Share. */
    default boolean available(UserKey user) {
        return true;
    }

    /** No advisor channel: the summary offers no Share button, and a typed "share" is told it is not set up. */
    ShareHook NOT_CONFIGURED = new ShareHook() {
        @Override
        public Reply share(UserKey user, Catalog catalog, String sessionId, InterviewControl mode) {
            return InterviewReplies.notice(catalog, "interview.ended_title", catalog.ui().text("interview.share_unavailable"),
                    java.util.List.of());
        }

        @Override
        public boolean available(UserKey user) {
            return false;
        }
    };

    /** A hook filled in once the Slack side exists (the engine is built before it). */
    final class Deferred implements ShareHook {
        private volatile ShareHook target = NOT_CONFIGURED;

        public void set(ShareHook hook) {
            target = hook;
        }

        @Override
        public Reply share(UserKey user, Catalog catalog, String sessionId, InterviewControl mode) {
            return target.share(user, catalog, sessionId, mode);
        }

        @Override
        public boolean available(UserKey user) {
            return target.available(user);
        }
    }
}
