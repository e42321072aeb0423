package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * Asked mid-interview how someone from a past job would answer (a sixteenth trial's care worker, 「介護職だったらどう答え
 * ればいい？」; "how would a teacher answer this?" was scored as a 6-word answer): the model answer, with what that work
 * brings to this question, and the question still waits. An answer that only mentions the job is still an answer.
 */
class PastJobExampleTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private final UserKey user = new UserKey("T", "U-pastjob");

    private Reply say(String text) {
        return advisor.message(user, text, "m" + text.hashCode()).replies().get(0);
    }

    @Test
    void aPastJobNamedInAQuestionGetsTheModelAnswerWithWhatThatWorkBrings() {
        advisor.command(user, InterviewCommands.drill("why-infra"));
        Reply ja = say("介護職だったらどう答えればいいですか");
        assertThat(ja.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(ja.data()).containsEntry("background", "care");
        assertThat(ja.parts().toString()).contains("申し送り").contains("回答例");
        // nothing was scored: the same question still waits for its answer
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        Reply en = say("how would a teacher answer this?");
        assertThat(en.data()).containsEntry("background", "teaching");
        assertThat(en.parts().toString()).contains("教える仕事");
    }

    @Test
    void inEnglishTooAndATechnicalQuestionIsAnsweredTheSameWhateverTheJob() {
        store.update(user, s -> s.withLang(Lang.EN));
        advisor.command(user, InterviewCommands.drill("dns"));
        Reply en = say("I was a care worker for eight years. How would I answer this?");
        assertThat(en.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(en.parts().toString()).contains("whatever your past job").doesNotContain("handover");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void anAnswerThatTellsOfThePastJobIsStillScored() {
        advisor.command(user, InterviewCommands.drill("why-infra"));
        Reply feedback = say("前職は介護職で、夜勤のときに記録のシステムが止まり、紙に切り替えて朝の申し送りで伝えました。"
                + "そのとき裏でシステムを直している人がいると知り、止めずに支える仕事に価値を感じてインフラを選びました。"
                + "今はLinuCの勉強をしています。");
        assertThat(feedback.topic()).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
    }
}
