package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A twentieth newcomer trial (session 35; a delivery driver, a former hotel chef, an IT graduate on a spouse visa; 116
 * messages): a new graduate asking how to answer a question about her previous job was scored; an interview asked for
 * "in English please" only set the language; 「30過ぎてもう遅い？」 got a role page, a black company's signs the regional
 * section, 「ありがとう、がんばる」 nothing understood. Said here in other words.
 */
class TwentiethTrialTest extends TrialChat {
    TwentiethTrialTest() {
        super("trial20");
    }


    @Test
    void askingHowToAnswerThisQuestionGetsTheHintAndIsNotScored() {
        advisor.command(user, "interview");
        say("新卒なので前職はないのですが、この質問にはどうやって答えればいいですか？");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        say("Sorry, how should I answer this one?");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        // an answer that tells how one answered a customer is still an answer
        say("前職では、お客様からの質問にどう答えればよいか迷ったとき、必ず先輩に確認してから答えるようにしていました。");
        assertThat(store.get(user).interview().orElseThrow().results()).hasSize(1);
    }

    @Test
    void anInterviewAskedForInALanguageStartsInIt() {
        say("Could I do a mock interview on the network course, in English please?");
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("network");
        assertThat(store.get(user).interview().orElseThrow().lang()).isEqualTo(Lang.EN);
    }

    @Test
    void aLanguageAskedForBesideAMentionOfAnInterviewIsStillSet() {
        say("Please reply in English from now, I have an interview tomorrow.");
        assertThat(store.get(user).lang()).contains(Lang.EN);
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void howToTellAnInterviewQuestionGetsItsModelAnswer() {
        // 「質問の一覧ではなく、転職理由の答え方そのものを…」 and 「志望動機の話し方を…」 got the list of roles
        Reply reason = ask("退職理由の言い方がわからないので、例を教えてください");
        assertThat(reason.topic()).isEqualTo("interview/example");
        Reply intro = ask("自己紹介の伝え方を知りたいです");
        assertThat(intro.topic()).isEqualTo("interview/example");
        // a question that only names a protocol's answer is not an interview question
        assertThat(ask("DNSサーバーの答え方の仕組みを教えて").topic()).isNotEqualTo("interview/example");
    }

    @Test
    void ageBlackCompaniesAndCasualThanksAreUnderstood() {
        assertThat(ask("もう33なんだけど、いまから目指すのって遅すぎ？").topic()).isEqualTo("guide/age");
        assertThat(ask("ブラックな会社に入りたくない。どこを見ればわかる？").topic()).isEqualTo("guide/job-search");
        assertThat(ask("ありがとう、がんばります").topic()).isEqualTo("thanks");
    }
}
