package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-fourth newcomer trial (session 38; a bank clerk of 38, a former Self-Defense Force signaller of 27, a
 * Vietnamese warehouse worker writing English; about 180 messages): a paragraph of three questions got one answer, and
 * a break asked for, the question asked for again or 「今のは回答じゃない」 were scored as answers. Said here in those and
 * other words.
 */
class TwentyFourthTrialTest extends TrialChat {
    TwentyFourthTrialTest() {
        super("trial24");
    }

    private static List<String> topics(List<Reply> replies) {
        return replies.stream().map(Reply::topic).toList();
    }

    @Test
    void aMessageOfSeveralQuestionsGetsEachPageInTheOrderAsked() {
        List<Reply> ja = say("はじめまして。38歳で銀行の窓口をしています。未経験からインフラエンジニアになれますか？"
                + "年収は下がりますか？資格は何から取ればいいですか？");
        assertThat(topics(ja)).containsExactly("guide/age", "guide/salary", "guide/certifications");
        assertThat(ja.get(0).context()).startsWith(KB.catalog(Lang.JA).ui().format("notice.several_questions", "n", "3"));
        UserKey en = new UserKey("T", "U-trial24-en");
        List<Reply> english = advisor.message(en, "What is the salary like? And which certificate first? Also is 38 too old?", "e1")
                .replies();
        assertThat(topics(english)).containsExactly("guide/salary", "guide/certifications", "guide/age");
        // monitoring asked first is answered first
        assertThat(topics(say("監視ってどんな仕事？夜勤はありますか？"))).containsExactly("stage/monitoring", "guide/night-shift");
    }

    @Test
    void aQuestionThatLeansOnTheOneBeforeOrAsksTheSameIsOneAnswer() {
        assertThat(topics(ask2("AWSとCCNA、どちらが先ですか？それとも両方？"))).containsExactly("guide/certifications");
        assertThat(topics(ask2("SESってやばいですか？客先常駐ってどうなんでしょう。"))).containsExactly("guide/ses");
        // and carries no note of several questions (the note for two is the only one such a message could wrongly get)
        assertThat(ask2("SESってやばいですか？客先常駐ってどうなんでしょう。").get(0).context())
                .doesNotContain(KB.catalog(Lang.JA).ui().format("notice.several_questions", "n", "2"));
    }

    private List<Reply> ask2(String text) {
        return advisor.message(new UserKey("T", "U-trial24-" + sent), text, "m" + sent++).replies();
    }

    @Test
    void aBreakAskedForInTheTrialsWordsWaits() {
        advisor.command(user, "interview network");
        for (String ask : List.of("子どもが起きてきてしまったので、少しだけ中断してもいいですか？", "ちょっと待った 一旦中断")) {
            Reply r = say(ask).get(0);
            assertThat(r.title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
        }
        assertThat(answered()).isZero();
        UserKey en = new UserKey("T", "U-trial24-break");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        Reply r = advisor.message(en, "ah sorry, can i stop for a moment? my manager is calling me", "b1").replies().get(0);
        assertThat(r.title()).isEqualTo(KB.catalog(Lang.EN).ui().text("interview.paused_title"));
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void theQuestionAskedForAgainInCasualWordsIsRepeated() {
        advisor.command(user, "interview network");
        Reply r = say("すまん 質問もう一回たのむ").get(0);
        assertThat(r.title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.repeat_title"));
        assertThat(answered()).isZero();
    }

    @Test
    void anAnswerSaidToBeNoAnswerIsTakenBackAndItsQuestionAskedAgain() {
        advisor.command(user, "interview network");
        String first = waiting();
        say("TCPは接続を確立してから送るので確実で、UDPは確認をしない分だけ速いです。");
        assertThat(answered()).isEqualTo(1);
        List<Reply> back = say("は？ 今のは回答じゃない 3問目に戻せ");
        assertThat(back.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.taken_back_title"));
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
        say("TCPは接続を確立してから送るので確実で、UDPは確認をしない分だけ速いです。");
        assertThat(answered()).isEqualTo(1);
        // asking for the question just answered again takes it back too
        say("1問目をもう一回やらせてください");
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }

    @Test
    void anEnglishNoAnswerTakesTheAnswerBack() {
        UserKey en = new UserKey("T", "U-trial24-back");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        advisor.message(en, "TCP sets up a connection and resends lost data; UDP just sends, which is faster.", "a1");
        advisor.message(en, "wait, that wasn't my answer", "a2");
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void anAgeNamedInALongerQuestionAboutSomethingElseIsNotThePostingsAgeLimit() {
        say("""
                【募集職種】サーバー運用スタッフ（未経験OK）
                【仕事内容】監視・運用、障害の一次対応
                【応募資格】35歳以下（長期勤続によるキャリア形成のため）
                【給与】月給23万円
                """);
        Reply future = say("最近ニュースでAIが仕事を奪うと聞きました。38歳で始めて、インフラの仕事は10年後もちゃんとありますか？").get(0);
        assertThat(future.topic()).isNotEqualTo("jobpost");
        // given alone, an age is still compared with the posting's limit
        Reply age = say("38歳なんですが、応募しても大丈夫ですか？").get(0);
        assertThat(age.topic()).isEqualTo("jobpost");
        assertThat(age.parts().get(0).toString()).contains("35", "38");
    }

    @Test
    void theSameRequestDeliveredTwiceTakesBackOneAnswer() {
        advisor.command(user, "interview network");
        say("TCPは接続を確立してから送るので確実で、UDPは確認をしない分だけ速いです。");
        say("DNSは名前をIPアドレスに変える仕組みで、ブラウザはまずDNSサーバーに問い合わせます。");
        assertThat(answered()).isEqualTo(2);
        advisor.message(user, "今のは回答じゃない", "again-1");
        advisor.message(user, "今のは回答じゃない", "again-1");
        assertThat(answered()).isEqualTo(1);
    }
}
