package jp.infracareer.interview;

import jp.infracareer.advisor.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.state.UserKey;

/**
 * Where "Share with advisors" on an interview summary goes. The advisor-channel feature plugs in here;
 * until it does, the user is told that sharing is not set up, and nothing leaves the DM.
 */
@FunctionalInterface
public interface ShareHook {
    Reply share(UserKey user, Catalog catalog, String sessionId);

    ShareHook NOT_CONFIGURED = (user, catalog, sessionId) -> InterviewReplies.notice(catalog,
            "interview.ended_title", catalog.ui().text("interview.share_unavailable"), java.util.List.of());
}
