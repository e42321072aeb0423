package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A greeting or thanks of one English word, the first thing an English speaker types, is answered in English. */
class GreetingLanguageTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static String firstReply(String text) {
        Advisor advisor = new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
        Reply reply = advisor.message(new UserKey("T", "U-hi"), text, "m1").replies().get(0);
        return reply.title() + " " + reply.parts();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hello!", "thanks", "hey"})
    void aOneWordEnglishGreetingIsAnsweredInEnglish(String text) {
        assertThat(firstReply(text)).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"こんにちは", "ありがとう"})
    void aJapaneseOneIsAnsweredInJapanese(String text) {
        assertThat(firstReply(text)).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
    }

    /** Trial 8: 「こんにちは」 alone was met with "I could not read that" (the intent data also listed it as off-topic). */
    @ParameterizedTest
    @ValueSource(strings = {"こんにちは", "こんにちは！", "こんばんは", "おはようございます", "hello"})
    void aGreetingIsGreetedBack(String text) {
        assertThat(firstTopic(text)).isEqualTo(jp.infracareer.kernel.TopicIds.GREETING);
    }

    private static String firstTopic(String text) {
        Advisor advisor = new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
        return advisor.message(new UserKey("T", "U-hi"), text, "m1").replies().get(0).topic();
    }
}
