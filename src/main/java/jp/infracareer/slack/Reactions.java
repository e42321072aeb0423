package jp.infracareer.slack;

import com.slack.api.methods.MethodsClient;
import java.util.List;
import java.util.Optional;
import jp.infracareer.kernel.Effect;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;

/**
 * How the Slack side reacts to a response's {@link Effect}s. The composition root implements it with the
 * features that care (App Home, the advisor channel), so the listeners that deliver replies know none of them.
 */
public interface Reactions {
    /**
     * A reply to show instead of the engine's, where a feature answers the effect itself at once (an
     * announcement preview in the slash command's ack); empty to keep the engine's reply.
     */
    Optional<Reply> instead(UserKey user, List<Effect> effects);

    /**
     * Runs at once, on the request thread, as soon as the engine has answered: quick in-memory consequences
     * that must hold before anything else of this user's is handled (stop relaying after forget).
     */
    void now(UserKey user, List<Effect> effects);

    /** Runs once the user's replies went out: refresh views. Must not throw. */
    void after(MethodsClient client, UserKey user, List<Effect> effects);

    /** No feature reacts (tests, or a workspace without App Home and advisor channel). */
    Reactions NONE = new Reactions() {
        @Override
        public Optional<Reply> instead(UserKey user, List<Effect> effects) {
            return Optional.empty();
        }

        @Override
        public void now(UserKey user, List<Effect> effects) {}

        @Override
        public void after(MethodsClient client, UserKey user, List<Effect> effects) {}
    };
}
