package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-sixth newcomer trial (session 39, on this session's build; a care worker of 34 raising a child alone, a
 * Brazilian-Japanese factory and IT-kitting worker writing English): a break asked for with a word of coming back after
 * it, and 「さっきのは回答のつもりじゃなかった」, were scored and the questions lost. Said here in those and other words.
 */
class TwentySixthTrialTest extends TrialChat {
    TwentySixthTrialTest() {
        super("trial26");
    }

    @Test
    void aBreakAskedForWithAWordOfComingBackAfterItPauses() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String ask : List.of("宅配が来たので少しだけ中断させてください。すぐ戻ります", "すみません、電話なので少し待っててください。すぐ戻りますね！")) {
            assertThat(say(ask).get(0).title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
        }
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }

    @Test
    void anAnswerSaidNotToHaveBeenMeantAsOneIsTakenBack() {
        advisor.command(user, "interview network");
        String first = waiting();
        say("うーん、TCPとUDP…どっちがどっちだったかな");
        assertThat(answered()).isEqualTo(1);
        List<Reply> back = say("あ、すみません、さっきのは独り言で、回答のつもりじゃなかったです");
        assertThat(back.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.taken_back_title"));
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }

    @Test
    void askedToChooseInOtherWordsGivesTheOnePick() {
        String suffix = "ひとつに絞るなら";
        // 結局 and the word that asks which, apart, naming the guide itself
        assertThat(say("結局のところ、独学とスクールってどっちがいいと思いますか？").get(0).title())
                .isEqualTo(KB.catalog(Lang.JA).ui().format("verdict.title", "page", KB.catalog(Lang.JA).guide("school").orElseThrow().title()));
        // asked to choose for her after the certificates' page
        say("最初の資格って何がいいですか？");
        assertThat(say("迷うので、どれか選んでもらえますか").get(0).title()).endsWith(suffix);
        UserKey en = new UserKey("T", "U-trial26-recommend");
        advisor.message(en, "Which certification should I get first?", "r1");
        assertThat(advisor.message(en, "ok which one do you recommend for me?", "r2").replies().get(0).title())
                .endsWith("if you take just one");
    }

    @Test
    void afterAQuestionPractisedAloneTheModelAnswerButtonsWordsAndAnotherQuestionWork() {
        advisor.command(user, "interview general");
        for (int i = 0; i < 5; i++) {
            say("前の仕事では、手順を守って確実に作業することを大切にしてきました。");
        }
        say("2問目をもう一回");
        say("手順書どおりに作業し、分からないことはすぐ先輩に相談します。");
        // the button's label typed as it reads (it got the fallback)
        assertThat(say("模範解答を見る").get(0).topic()).isEqualTo("interview/example");
        // another question asked for in the same words (it was greeted)
        say("4問目もお願いします");
        assertThat(store.get(user).interview().orElseThrow().drill()).isTrue();
    }

    @Test
    void thinkingAloudIsNotScoredAndAnAnswerThatSoundsUnsureStillIs() {
        advisor.command(user, "interview network");
        assertThat(say("うーん、TCPとUDP…どっちがどっちだったっけ").get(0).title())
                .isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
        assertThat(answered()).isZero();
        say("えーと、TCPは確認と再送で確実に届ける方式で、UDPは確認を省いて速く送る方式だったかな");
        assertThat(answered()).isEqualTo(1);
    }

    @Test
    void gettingOutOfMonitoringReachesTheSectionOnIt() {
        // it got the monitoring stage's page, twice
        assertThat(ask("監視の仕事からずっと抜けられない人もいるそうですが、どうすれば構築に進めますか").title())
                .contains("監視に閉じ込められないための行動");
    }

    @Test
    void writingAnIncidentReportHasASection() {
        // it got the CV guide, then a list of skills
        assertThat(ask("障害が起きたときの報告って、どういう順番で書けばいいですか").title()).contains("障害の報告（第一報と報告書）の書き方");
        assertThat(ask("What should a first report say when a server goes down?").title()).contains("Reporting an incident");
    }
}
