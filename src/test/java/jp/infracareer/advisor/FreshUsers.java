package jp.infracareer.advisor;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;

/** An advisor (Japanese by default) that each question reaches as a new user, as a newcomer's first question does. */
final class FreshUsers {
    static final KnowledgeBase KB = KnowledgeBase.load();
    private final Advisor advisor = new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
    private int users;

    /** The first reply to {@code text}, asked by a user who has said nothing before. */
    Reply ask(String text) {
        return advisor.message(new UserKey("T", "K" + users++), text, "m" + users).replies().get(0);
    }

    static String guideTitle(Lang lang, String id) {
        return KB.catalog(lang).guide(id).orElseThrow().title();
    }
}
