package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * Asking for the other language in one's own words switches it, as "lang en" does (a twelfth newcomer trial asked "can you
 * answer in english please?" and "english please!!" and got pages, then "help" in Japanese); an English sentence quoting
 * Japanese terms is answered in English.
 */
class LanguageRequestTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private final UserKey user = new UserKey("T", "U-lang");

    @Test
    void askingForEnglishInASentenceSwitchesAndLaterCommandsFollow() {
        advisor.message(user, "Sorry, I can't read Japanese well. Could you reply in English, please?", "m1");
        assertThat(store.get(user).lang()).contains(Lang.EN);
        assertThat(advisor.message(user, "help", "m2").replies().get(0).title())
                .isEqualTo(KB.catalog(Lang.EN).ui().text("help.title"));
        advisor.message(user, "やっぱり日本語でお願いします", "m3");
        assertThat(store.get(user).lang()).contains(Lang.JA);
    }

    @Test
    void aQuestionThatOnlyNamesALanguageDoesNotSwitch() {
        advisor.message(user, "Are there jobs where I can write in English?", "m1");
        advisor.message(user, "Do I need to answer in Japanese at interviews?", "m2");
        advisor.message(user, "面接で日本語で答えられるか不安です", "m3");
        assertThat(store.get(user).lang()).isEmpty();
    }

    @Test
    void anEnglishQuestionQuotingJapaneseTermsIsAnsweredInEnglish() {
        String title = advisor.message(user, "what is the difference between 正社員 and 派遣?", "m1").replies().get(0).title();
        assertThat(title).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
    }

    @Test
    void aBareCommandAfterASentenceIsAnsweredInTheSentencesLanguage() {
        advisor.message(user, "hello, I want to become an infra engineer, can you help me?", "m1");
        assertThat(advisor.message(user, "help", "m2").replies().get(0).title())
                .isEqualTo(KB.catalog(Lang.EN).ui().text("help.title"));
        assertThat(advisor.languageOf(user)).isEqualTo(Lang.EN);
        advisor.message(user, "監視ってどんな仕事？", "m3");
        assertThat(advisor.message(user, "help", "m4").replies().get(0).title())
                .isEqualTo(KB.catalog(Lang.JA).ui().text("help.title"));
        // nothing chosen: the setting stays empty
        assertThat(store.get(user).lang()).isEmpty();
    }
}
