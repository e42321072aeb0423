package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * After the last answer, 「この質問をもう一度」 practises the question just answered (a newcomer trial got the
 * weakest question instead); the weakest one has a button of its own that says so.
 */
class RetryButtonsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final Catalog JA = KB.catalog(Lang.JA);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(30), clock.ticker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA, clock, Duration.ofHours(2), new SplittableRandom(9),
            ShareHook.NOT_CONFIGURED);
    private final UserKey user = new UserKey("T1", "U-retry");

    @Test
    void afterTheLastAnswerRetryPractisesThatQuestionAndTheWeakestHasItsOwnButton() {
        advisor.command(user, "面接");
        List<String> ids = store.get(user).interview().orElseThrow().questionIds();
        List<Reply> replies = List.of();
        for (int i = 0; i < ids.size(); i++) {
            // the second answer is the weak one; the others are the bank's model answers
            String answer = i == 1 ? "がんばります。" : JA.rubric(ids.get(i)).orElseThrow().example();
            replies = advisor.message(user, answer, "").replies();
        }
        Reply lastFeedback = replies.get(0);
        Reply summary = replies.get(1);
        assertThat(lastFeedback.topic()).isEqualTo(InterviewReplies.FEEDBACK);
        assertThat(summary.topic()).isEqualTo(InterviewReplies.SUMMARY);

        Reply retried = advisor.command(user, InterviewLanguageTest.command(lastFeedback, JA.ui().text("button.retry_question")))
                .replies().get(1);
        assertThat(store.get(user).interview().orElseThrow().questionIds()).containsExactly(ids.get(ids.size() - 1));
        assertThat(((Reply.Paragraph) retried.parts().get(0)).text())
                .isEqualTo(JA.question(ids.get(ids.size() - 1)).orElseThrow().question());

        assertThat(summary.actions()).extracting(Reply.Action::label).doesNotContain(JA.ui().text("button.retry_question"));
        advisor.command(user, InterviewLanguageTest.command(summary, JA.ui().text("button.practise_weakest")));
        assertThat(store.get(user).interview().orElseThrow().questionIds()).containsExactly(ids.get(1));
    }
}
