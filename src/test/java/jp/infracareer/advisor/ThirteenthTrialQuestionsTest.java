package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * What the thirteenth newcomer trial (session 30) asked that had no answer, in other words than the trial's: a career gap
 * for childcare and shorter working hours, and asking for Japanese as "talk to me in Japanese".
 */
class ThirteenthTrialQuestionsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private int users;

    private String title(String text) {
        return advisor.message(new UserKey("T", "K" + users++), text, "m" + users).replies().get(0).title();
    }

    @Test
    void aCareerGapAndShorterHoursHaveASection() {
        assertThat(title("出産と育児で4年間仕事から離れていました。このブランクは面接で不利になりますか？"))
                .endsWith("ブランク（離職期間）や子育て中の働き方");
        assertThat(title("子どもが小さいので時短で働けるインフラの仕事ってありますか")).endsWith("ブランク（離職期間）や子育て中の働き方");
    }

    @Test
    void talkToMeInJapaneseSwitchesTheLanguage() {
        UserKey user = new UserKey("T", "U-jp");
        advisor.message(user, "lang en", "m1");
        advisor.message(user, "ok, talk to me in Japanese please", "m2");
        assertThat(store.get(user).lang()).contains(Lang.JA);
    }

    @Test
    void studyTimePerDayIsNotANewcomersDay() {
        // 「1日1時間だと、ITパスポートとかどれくらいかかりますか？」 got the newcomer's day
        assertThat(advisor.message(new UserKey("T", "U-d1"), "1日2時間勉強するとしたら、LPICはどれくらいで取れますか", "m1").replies().get(0)
                .topic()).isNotEqualTo(jp.infracareer.kernel.TopicIds.DAY);
        assertThat(advisor.message(new UserKey("T", "U-d2"), "インフラエンジニアの1日ってどんな感じ？", "m1").replies().get(0).topic())
                .isEqualTo(jp.infracareer.kernel.TopicIds.DAY);
    }

    @Test
    void twoRolesNamedApartInASentenceAreNoComparison() {
        // 「ゲーム会社のサーバーとかのインフラってやれたりする？」 got the infra-vs-server comparison
        String topic = advisor.message(new UserKey("T", "U-r1"), "オンラインゲームの会社でサーバーまわりのインフラを担当してみたいです。未経験でもできますか",
                "m1").replies().get(0).topic();
        assertThat(topic).doesNotStartWith("compare/");
        // named side by side, or with a comparing word, they are
        assertThat(advisor.message(new UserKey("T", "U-r2"), "インフラエンジニアとサーバーエンジニアの仕事内容を教えてください", "m1")
                .replies().get(0).topic()).startsWith("compare/");
        assertThat(advisor.message(new UserKey("T", "U-r3"), "サーバー ネットワーク", "m1").replies().get(0).topic()).startsWith("compare/");
    }
}
