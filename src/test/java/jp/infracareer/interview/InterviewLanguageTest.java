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
import jp.infracareer.state.InterviewSession;
import jp.infracareer.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * An interview keeps the language it started in (a newcomer trial answered one question in English and the
 * questions and the report turned English; the next button turned them back): an answer in the other
 * language gets its feedback in that language, judged with that language's rubric, and everything else
 * stays; only "lang" changes it.
 */
class InterviewLanguageTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final Catalog JA = KB.catalog(Lang.JA);
    private static final Catalog EN = KB.catalog(Lang.EN);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(30), clock.ticker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA, clock, Duration.ofHours(2), new SplittableRandom(5),
            ShareHook.NOT_CONFIGURED);
    private final UserKey user = new UserKey("T1", "U-lang");

    @Test
    void anEnglishAnswerInAJapaneseInterviewGetsEnglishFeedbackAndTheInterviewStaysJapanese() {
        advisor.command(user, "面接");
        String first = session().currentQuestionId();

        List<Reply> replies = advisor.message(user, EN.rubric(first).orElseThrow().example(), "").replies();

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).topic()).isEqualTo(InterviewReplies.FEEDBACK);
        assertThat(replies.get(0).title()).startsWith("Feedback:");
        assertThat(((Number) replies.get(0).data().get("score")).intValue()).as("judged with the English rubric")
                .isGreaterThanOrEqualTo(50);
        assertThatIsTheQuestion(replies.get(1), JA, session().currentQuestionId(), JA.ui().format("interview.question_title",
                "index", "2", "count", "5"));

        // the question's button, as the console's "2" or a click in Slack sends it
        Reply hint = advisor.command(user, command(replies.get(1), JA.ui().text("button.hint"))).replies().get(0);
        assertThat(hint.title()).isEqualTo(JA.ui().text("interview.hint_title"));
        // a control typed in English is still a control of this Japanese interview
        Reply skipped = advisor.message(user, "skip", "").replies().get(0);
        assertThat(skipped.title()).isEqualTo(JA.ui().text("interview.skipped"));

        advisor.message(user, "skip", "");
        advisor.message(user, "skip", "");
        List<Reply> last = advisor.message(user, "Sorry, I have no idea about this one at all, but I will study it.", "").replies();
        Reply summary = last.get(last.size() - 1);
        assertThat(summary.topic()).isEqualTo(InterviewReplies.SUMMARY);
        assertThat(summary.title()).isEqualTo(JA.ui().format("interview.summary_title", "track", JA.ui().text("interview.track.general")));
        assertThat(store.get(user).lang()).as("no language was chosen for the user").isEmpty();
    }

    @Test
    void anInterviewStartedInEnglishStaysEnglishThroughButtonsJapaneseAnswersAndTheSummary() {
        advisor.message(user, "I want to practise a mock interview", "");
        assertThat(session().language()).contains(Lang.EN);

        List<Reply> replies = advisor.message(user, JA.rubric(session().currentQuestionId()).orElseThrow().example(), "").replies();
        assertThat(replies.get(0).title()).startsWith("フィードバック");
        assertThatIsTheQuestion(replies.get(1), EN, session().currentQuestionId(), EN.ui().format("interview.question_title",
                "index", "2", "count", "5"));
        for (int i = 0; i < 4; i++) {
            Reply question = replies.get(replies.size() - 1);
            replies = advisor.command(user, command(question, EN.ui().text("button.skip"))).replies();
        }
        Reply summary = replies.get(replies.size() - 1);
        assertThat(summary.title()).startsWith("Mock interview results");

        // after the summary its buttons still speak the interview's language
        Reply drill = advisor.command(user, command(summary, EN.ui().text("button.practise_weakest"))).replies().get(0);
        assertThat(drill.title()).isEqualTo(EN.ui().text("interview.drill_title"));
        // a typed 「面接」 carries its own language and is not taken for a button
        advisor.command(user, "interview end");
        assertThat(advisor.command(user, "面接").replies().get(0).title()).startsWith("模擬面接");
    }

    @Test
    void langSwitchesTheInterviewInTheMiddle() {
        advisor.command(user, "面接");
        advisor.command(user, "lang en");

        Reply again = advisor.message(user, "もう一度", "").replies().get(0);

        assertThat(again.title()).isEqualTo(EN.ui().text("interview.repeat_title"));
        assertThat(((Reply.Paragraph) again.parts().get(0)).text())
                .isEqualTo(EN.question(session().currentQuestionId()).orElseThrow().question());
    }

    private InterviewSession session() {
        return store.get(user).interview().orElseThrow();
    }

    private static void assertThatIsTheQuestion(Reply reply, Catalog c, String id, String title) {
        assertThat(reply.topic()).isEqualTo(InterviewReplies.QUESTION);
        assertThat(reply.title()).isEqualTo(title);
        assertThat(((Reply.Paragraph) reply.parts().get(0)).text()).isEqualTo(c.question(id).orElseThrow().question());
    }

    static String command(Reply reply, String label) {
        return reply.actions().stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + reply.actions())).command();
    }
}
