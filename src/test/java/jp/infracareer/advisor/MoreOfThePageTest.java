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
 * 「もっと詳しく」 typed after a short answer (session 36): in a Slack DM it went to the stages page and "tell me more" to
 * the roles, since only the console read a typed button. It opens the page last shown in short, as its button does.
 */
class MoreOfThePageTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private final UserKey user = new UserKey("T", "U-more");
    private int sent;

    private Reply say(String text) {
        return advisor.message(user, text, "m" + sent++).replies().get(0);
    }

    @Test
    void moreAfterAGuidesShortAnswerOpensItsWholePage() {
        Reply shortAnswer = say("SESって何ですか？");
        assertThat(shortAnswer.data()).containsEntry("detail", "short").containsEntry("guide", "ses");
        Reply whole = say("もっと詳しく教えてください");
        assertThat(whole.topic()).isEqualTo("guide/ses");
        assertThat(whole.data()).containsEntry("detail", "full");
        assertThat(whole.parts().size()).isGreaterThan(shortAnswer.parts().size());
    }

    @Test
    void moreInEnglishOpensTheWholePageInEnglish() {
        // a passage of the pay guide, whose button opens the guide
        Reply part = say("How much do newcomers earn?");
        assertThat(part.data()).containsKey(Reply.MORE);
        Reply whole = say("Tell me more!");
        assertThat(whole.topic()).isEqualTo(part.topic());
        assertThat(whole.data()).containsEntry("detail", "full");
        assertThat(whole.title()).isEqualTo(FreshUsers.guideTitle(Lang.EN, "salary"));
    }

    @Test
    void moreWithNothingShownAsksWhichSubject() {
        Reply asked = say("もっと詳しく");
        assertThat(asked.title()).isEqualTo(KB.catalog(Lang.JA).ui().text("more_nothing.title"));
        assertThat(asked.topic()).isNotEqualTo("stages");
        assertThat(asked.actions()).isNotEmpty();
    }

    @Test
    void anotherReplyShownLetsTheShortPageGo() {
        say("SESって何ですか？");
        say("インフラエンジニアの職種を教えて");
        assertThat(store.get(user).more()).isEmpty();
        assertThat(say("詳しく").title()).isEqualTo(KB.catalog(Lang.JA).ui().text("more_nothing.title"));
    }

    @Test
    void theWholePageShownOnceIsNotOfferedAgain() {
        say("未経験の年収ってどれくらい？");
        assertThat(say("もっと詳しく").data()).containsEntry("detail", "full");
        assertThat(store.get(user).more()).isEmpty();
    }

    @Test
    void moreInsideALongerQuestionIsStillThatQuestion() {
        say("SESって何ですか？");
        Reply salary = say("年収についてもっと詳しく知りたいです");
        assertThat(salary.topic()).isEqualTo("guide/salary");
    }

    @Test
    void aTermAskedWithItsNumbersIsDefined() {
        assertThat(say("chmod 755ってどういう意味？").topic()).isEqualTo("glossary/permissions");
        assertThat(say("HTTPの500エラーって何ですか").topic()).isEqualTo("glossary/http-status");
        assertThat(say("What is an internal server error?").topic()).isEqualTo("glossary/http-status");
    }

    @Test
    void startingAnInterviewLetsTheShortPageGo() {
        // a review: 「詳しく」 after an answer's feedback reopened a guide read before the interview
        say("SESって何ですか？");
        advisor.command(user, "interview");
        assertThat(store.get(user).more()).isEmpty();
    }
}
