package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-fifth newcomer trial (session 39; a factory line worker of 46 in Gunma, a convenience-store night clerk of 23
 * writing slang, an Indian help-desk agent in Tokyo writing English; about 200 messages): a wait, a moment to think or
 * the question asked for again in everyday words were scored as answers and the question was lost. Said here in those
 * and other words.
 */
class TwentyFifthTrialTest extends TrialChat {
    TwentyFifthTrialTest() {
        super("trial25");
    }

    private String title(Lang lang, String key) {
        return KB.catalog(lang).ui().text(key);
    }

    @Test
    void aWaitOrAMomentToThinkAskedForInEverydayWordsPausesTheInterview() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String ask : List.of("すみません、家族に呼ばれたので少しだけ待ってもらえますか", "少し考える時間をいただけますか",
                "ちょっとまって、いったん休憩したい", "待った、少し休憩させて")) {
            assertThat(say(ask).get(0).title()).as(ask).isEqualTo(title(Lang.JA, "interview.paused_title"));
        }
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
        UserKey en = new UserKey("T", "U-trial25-wait");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        for (String ask : List.of("um, give me a couple of minutes to think", "hold on, can i have a moment please")) {
            assertThat(advisor.message(en, ask, ask).replies().get(0).title()).as(ask).isEqualTo(title(Lang.EN, "interview.paused_title"));
        }
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void theQuestionAskedForAgainInEverydayWordsIsRepeated() {
        advisor.command(user, "interview network");
        assertThat(say("すまん、もっかい質問いって").get(0).title()).isEqualTo(title(Lang.JA, "interview.repeat_title"));
        UserKey en = new UserKey("T", "U-trial25-repeat");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        for (String ask : List.of("could you please give me the question one more time", "sorry, i didn't catch that")) {
            assertThat(advisor.message(en, ask, ask).replies().get(0).title()).as(ask).isEqualTo(title(Lang.EN, "interview.repeat_title"));
        }
        assertThat(answered()).isZero();
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void anAnswerSaidToHaveMeantABreakIsTakenBack() {
        advisor.command(user, "interview network");
        String first = waiting();
        say("TCPは接続を確立してから送るので確実で、UDPは確認をしない分だけ速いです。");
        assertThat(answered()).isEqualTo(1);
        List<Reply> back = say("いまのは答えではなくて、ちょっと待ってほしいという意味でした");
        assertThat(back.get(0).title()).isEqualTo(title(Lang.JA, "interview.taken_back_title"));
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }

    @Test
    void answersThatTellOfWaitingOrOfNotCatchingSomethingAreStillAnswers() {
        advisor.command(user, "interview network");
        say("お客様には、少し待ってもらってもいいですかと確認してから、上司に相談して対応します。");
        assertThat(answered()).isEqualTo(1);
        UserKey en = new UserKey("T", "U-trial25-answer");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        advisor.message(en, "I didn't catch the error at first, so I checked the logs and asked my senior.", "a1");
        assertThat(store.get(en).interview().orElseThrow().results()).hasSize(1);
    }
}
