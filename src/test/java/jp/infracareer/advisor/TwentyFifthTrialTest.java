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

    @Test
    void questionsTheTrialsAskedThatHadNoSectionGetOne() {
        // dropping out of university, asked of an interview (it got the section on a career gap, about children)
        assertThat(ask("専門学校を半年でやめたこと、面接ではどう言えばいいですか").title()).contains("面接で中退の理由を聞かれたら");
        assertThat(ask("how do I talk about quitting college in a job interview?").title())
                .contains("If asked in an interview why you left university");
        // help-desk work as IT experience (it got the page on a humanities degree)
        assertThat(ask("Does 3 years of IT helpdesk count as experience for infra jobs?").title())
                .contains("Does help-desk work count as IT experience?");
        // a game server run for friends (it got the operations stage)
        assertThat(ask("友達とマイクラのサーバーを動かしてたのってアピールになる？").title()).contains("マイクラのサーバーや自作PCの経験の生かし方");
        // a night shift hour by hour, and how many a month (the day shift's timetable, the night premium)
        assertThat(ask("夜勤のときって実際どんな作業してるの？").title()).contains("夜勤の日の流れと、月の回数");
        assertThat(ask("how many nights a month would I work?").title()).contains("A night shift, hour by hour");
        // restarting a server alone (the questions to ask an interviewer)
        assertThat(ask("is it ok if i reboot the server by myself when an alert comes?").title())
                .contains("When an alert fires, may I restart the server myself?");
        // AWS or Azure asked by anyone is a certificate question, not the visa guide's
        assertThat(ask("AzureとAWS、どっちを先に勉強したほうがいい？").topic()).isEqualTo("guide/certifications");
    }

    @Test
    void japaneseWordsInRomajiAndAJlptLevelAreUnderstood() {
        assertThat(ask("is kyakusaki work bad for my career?").topic()).isEqualTo("guide/ses");
        assertThat(ask("yakin is hard for health?").topic()).isEqualTo("guide/night-shift");
        assertThat(ask("I only have N3. Can I still get a job?").topic()).isEqualTo("guide/abroad");
    }

    @Test
    void askedToBeToldJustOneAfterAPageOfChoicesGivesThatPagesOnePick() {
        String verdictJa = KB.catalog(Lang.JA).ui().format("verdict.title", "page", KB.catalog(Lang.JA).guide("certifications")
                .orElseThrow().title());
        say("資格って何から取ればいいですか");
        Reply one = say("で、結局どれがいいかひとつだけ教えて").get(0);
        assertThat(one.title()).isEqualTo(verdictJa);
        assertThat(one.parts().get(0).toString()).contains("LinuC");
        // 「詳しく」 then opens the whole page, as after the short answer
        assertThat(say("詳しく").get(0).parts().size()).isGreaterThan(5);
        UserKey en = new UserKey("T", "U-trial25-verdict");
        advisor.message(en, "Is SES a bad idea for a beginner?", "v1");
        Reply english = advisor.message(en, "ok so which is it? just pick one for me", "v2").replies().get(0);
        assertThat(english.title()).isEqualTo(KB.catalog(Lang.EN).ui().format("verdict.title", "page",
                KB.catalog(Lang.EN).guide("ses").orElseThrow().title()));
    }

    @Test
    void askedToBeToldJustOneBetweenTwoRolesSaysWhereToStart() {
        Reply r = ask("ネットワークとサーバー、結局どっちから始めればいい？");
        assertThat(r.title()).isEqualTo(KB.catalog(Lang.JA).ui().text("verdict.roles_title"));
        assertThat(r.actions()).extracting(Reply.Action::command).contains("fit");
    }

    @Test
    void withNoPageOfChoicesBeforeTheWordsAreReadAsTheyStand() {
        String suffixJa = "ひとつに絞るなら";
        // nothing shown before
        assertThat(ask("結局どれ？").title()).doesNotEndWith(suffixJa);
        // a page that weighs no choices
        say("34歳からでも間に合いますか");
        assertThat(say("結局どっち？").get(0).title()).doesNotEndWith(suffixJa);
        // and a follow-up that asks something else is that question
        say("資格って何から取ればいいですか");
        assertThat(say("結局何年くらいかかりますか？").get(0).title()).doesNotEndWith(suffixJa);
    }

    @Test
    void payComparedWithIndiaAndJobsOutsideTheCitiesGetTheirPages() {
        // "compare" beside pay at home was the infra-or-cloud comparison, twice
        assertThat(ask("my friends in Chennai make 10 LPA in cloud jobs, please compare with japan").topic()).isEqualTo("guide/salary");
        assertThat(ask("I mean salary in India vs Japan, not cloud vs infra").topic()).isEqualTo("guide/salary");
        // living outside the big cities (it got the monitoring stage)
        assertThat(ask("地方在住なんですけど、地元でインフラの仕事って見つかりますか").title()).contains("地方で探す");
    }
}
