package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * Asking in words to have one's data deleted (a thirteenth newcomer trial's "please delete all my data" and 「記録けしといて」
 * were not understood) is answered with what would be deleted and a button that deletes it; nothing is deleted before.
 */
class ForgetRequestTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private final UserKey user = new UserKey("T", "U-forget");

    @Test
    void askingToDeleteOffersTheButtonAndDeletesNothingUntilItIsPressed() {
        advisor.message(user, "lang en", "m1");
        Reply offer = advisor.message(user, "Could you erase my data, please?", "m2").replies().get(0);
        assertThat(offer.title()).isEqualTo(KB.catalog(Lang.EN).ui().text("forget.offer_title"));
        assertThat(offer.actions()).extracting(Reply.Action::command).containsExactly("forget");
        assertThat(store.get(user).lang()).contains(Lang.EN); // nothing deleted yet
        advisor.command(user, offer.actions().get(0).command());
        assertThat(store.get(user).isEmpty()).isTrue();
    }

    @Test
    void japaneseWordsOfTheRequestAreUnderstoodAndOtherQuestionsAreNot() {
        assertThat(advisor.message(user, "私の記録を消しておいてください", "m1").replies().get(0).title())
                .isEqualTo(KB.catalog(Lang.JA).ui().text("forget.offer_title"));
        assertThat(advisor.message(user, "監視ってどんな仕事？", "m2").replies().get(0).title())
                .isNotEqualTo(KB.catalog(Lang.JA).ui().text("forget.offer_title"));
    }
}
