package jp.infracareer.advisor;

import java.time.Duration;
import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;

/**
 * A newcomer trial replayed in a test: the real advisor on an in-memory store, one user who goes on talking
 * ({@link #say}), and a fresh user for each question asked once ({@link #ask}).
 */
abstract class TrialChat {
    static final KnowledgeBase KB = KnowledgeBase.load();
    final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    final Advisor advisor = new Advisor(KB, store, Lang.JA);
    final UserKey user;
    /** Messages sent so far: each gets an id of its own, as Slack's would. */
    int sent;

    TrialChat(String trial) {
        this.user = new UserKey("T", "U-" + trial);
    }

    List<Reply> say(String text) {
        return advisor.message(user, text, "m" + sent++).replies();
    }

    /** How many questions of the user's running interview have been answered (or skipped). */
    int answered() {
        return store.get(user).interview().orElseThrow().results().size();
    }

    /** The question the user's running interview waits on. */
    String waiting() {
        return store.get(user).interview().orElseThrow().currentQuestionId();
    }

    Reply ask(String text) {
        return advisor.message(new UserKey("T", user.userId() + "-" + sent), text, "m" + sent++).replies().get(0);
    }
}
