package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * A sixteenth newcomer trial's English-speaking user asked 「日本語で面接の練習できますか」 and got an English interview, then
 * answered in Japanese and was scored 1 by the English rubric. The language named beside the request holds the
 * interview; an answer is judged in the language it is written in.
 */
class InterviewLanguageTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private final UserKey user = new UserKey("T", "U-ilang");

    @Test
    void aLanguageNamedBesideTheRequestHoldsTheInterview() {
        store.update(user, s -> s.withLang(Lang.EN));
        advisor.message(user, "日本語で模擬面接をやってみたいです", "m1");
        assertThat(store.get(user).interview()).isPresent();
        assertThat(store.get(user).interview().get().lang()).isEqualTo(Lang.JA);
        assertThat(store.get(user).lang()).contains(Lang.EN); // the chat itself stays in English
        advisor.message(user, "end", "m2");
        store.update(user, s -> s.withLang(Lang.JA));
        advisor.message(user, "面接の練習を英語でしたい", "m3");
        assertThat(store.get(user).interview().get().lang()).isEqualTo(Lang.EN);
        // the interview keeps the language it was started in, past the first question, though the chat's is Japanese
        advisor.message(user, "I would study Linux and networks every evening.", "m3a");
        assertThat(advisor.message(user, "repeat", "m3b").replies().get(0).title()).doesNotContain("質問");
        // a language only mentioned beside a request is not a request for it
        advisor.message(user, "end", "m3c");
        store.update(user, s -> s.withLang(Lang.EN));
        advisor.message(user, "I'm not fluent in Japanese yet, can we do a mock interview?", "m3d");
        assertThat(store.get(user).interview().get().lang()).isEqualTo(Lang.EN);
    }

    @Test
    void aJapaneseAnswerInAnEnglishInterviewIsJudgedInJapanese() {
        store.update(user, s -> s.withLang(Lang.EN));
        advisor.command(user, "interview");
        Reply feedback = advisor.message(user, "前職ではコールセンターで3年働き、パソコンの不具合を電話で切り分けてきました。"
                + "その中で、問題の原因を一つずつ確かめる仕事が好きだと気づき、インフラエンジニアを目指しています。"
                + "今はLinuxとネットワークを勉強していて、入社後は監視・運用から確実に覚えたいです。", "m4").replies().get(0);
        assertThat(feedback.topic()).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
        assertThat(feedback.title()).contains("点");
    }
}
