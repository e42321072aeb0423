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
 * Questions about an interview just finished (a fifteenth newcomer trial got the help page for 「結果をもう一回見せて」 and
 * nothing for "why did the website question get only 10?"): the results again, one question's score with the point it
 * lacked most and its model answer.
 */
class AfterInterviewTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);

    private Reply say(UserKey user, String text) {
        return advisor.message(user, text, "m" + text.hashCode()).replies().get(0);
    }

    private String interviewed(UserKey user, String answer) {
        say(user, "面接練習したい");
        String first = store.get(user).interview().orElseThrow().currentQuestionId();
        say(user, answer);
        say(user, "スキップ");
        say(user, "終了");
        return first;
    }

    @Test
    void theResultsAreShownAgainAndAQuestionsScoreIsExplainedWithItsModelAnswer() {
        UserKey user = new UserKey("T", "U-a1");
        String first = interviewed(user, "頑張ります。");
        assertThat(say(user, "さっきの面接の結果、もう一度見せてもらえますか").topic()).isEqualTo("interview/summary");

        Reply why = say(user, "1問目が低い点数だったのはなぜですか");
        assertThat(why.topic()).isEqualTo("interview/example");
        assertThat(why.data()).containsEntry("question", first);
        assertThat(why.parts().toString()).contains("1問目").contains("点でした");
        // the skipped second question is said to be skipped; a question never reached is not explained
        assertThat(say(user, "2問目はどう答えたらよかったですか").parts().toString()).contains("スキップ");
        assertThat(say(user, "4問目はどう答えたらよかったですか").topic()).isNotEqualTo("interview/example");
        // a question of the bank this interview did not ask is answered as before, with its own model answer
        String other = first.equals("dns") ? "osi-model" : "dns";
        String otherName = KB.catalog(Lang.JA).question(other).orElseThrow().names().get(0);
        Reply asked = say(user, "面接で" + otherName + "について聞かれたらどう答えればいいですか");
        assertThat(asked.data()).containsEntry("question", other);
    }

    @Test
    void inEnglishAndWithoutANumberTheLowestScoredQuestionIsExplained() {
        UserKey user = new UserKey("T", "U-a2");
        say(user, "lang en");
        String first = interviewed(user, "I am not sure.");
        Reply why = say(user, "Why was my score so low? What should I have said?");
        assertThat(why.topic()).isEqualTo("interview/example");
        assertThat(why.data()).containsEntry("question", first);
        assertThat(why.parts().toString()).contains("Question 1");
        // other questions with a how or why word are not about the interview (a review: a family question, an exam score)
        assertThat(say(user, "My wife is against the change. What should I say to her?").topic()).isNotEqualTo("interview/example");
        assertThat(say(user, "Is a TOEIC score of 600 too low? Why do companies ask for it?").topic()).isNotEqualTo("interview/example");
        // with no interview behind it, the same words are a question like any other
        assertThat(say(new UserKey("T", "U-a3"), "Why was my score so low?").topic()).isNotEqualTo("interview/example");
    }

    @Test
    void aGoodbyeIsSeenOffAndInAnInterviewItStillEndsTheInterview() {
        // "bye" got "I didn't quite catch that" and 「もうやめる」 the SES page (a fifteenth trial)
        assertThat(say(new UserKey("T", "U-b1"), "bye!").topic()).isEqualTo("goodbye");
        assertThat(say(new UserKey("T", "U-b2"), "今日はもうやめる").topic()).isEqualTo("goodbye");
        UserKey user = new UserKey("T", "U-b3");
        say(user, "面接練習したい");
        assertThat(store.get(user).interview()).isPresent();
        say(user, "もうやめる");
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void aQuestionNamedByAWordIsExplainedAndOneAskedForAgainIsPractisedOnItsOwn() {
        // a sixteenth trial: "Why did I get 13 on the first question?" and "I want to retry question 1" got a guide
        UserKey user = new UserKey("T", "U-a4");
        say(user, "lang en");
        String first = interviewed(user, "I am not sure.");
        Reply why = say(user, "How come the first question only got that score?");
        assertThat(why.topic()).isEqualTo("interview/example");
        assertThat(why.data()).containsEntry("question", first);
        Reply again = advisor.message(user, "Can I redo question 1?", "m-redo").replies().get(1);
        assertThat(again.topic()).isEqualTo("interview/question");
        assertThat(store.get(user).interview().orElseThrow().questionIds()).containsExactly(first);

        UserKey ja = new UserKey("T", "U-a5");
        String jaFirst = interviewed(ja, "頑張ります。");
        // a retry of something else that only sounds like a number is no question of the interview
        advisor.message(ja, "第2新卒でキャリアをやり直したい", "m-ja-career");
        assertThat(store.get(ja).interview()).isEmpty();
        advisor.message(ja, "最初の質問、もう一回答えたいです", "m-ja-redo");
        assertThat(store.get(ja).interview().orElseThrow().questionIds()).containsExactly(jaFirst);
    }
}
