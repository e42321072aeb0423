package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-third newcomer trial (session 37), in other words: 「はい。」 said first was quoted as every answer's
 * conclusion, an OSI model of five layers told under another question went unnamed, and 169.254 said in casual words
 * to mean DHCP had worked scored 100.
 */
class TwentyThirdTrialAnswersTest {
    private static Feedback judge(Lang lang, String question, String answer) {
        return Findings.judge(lang, question, answer);
    }

    private static Feedback.Point conclusion(Feedback f) {
        return f.points().stream().filter(p -> p.id().equals("conclusion")).findFirst().orElseThrow();
    }

    @Test
    void anAcknowledgementSaidFirstIsNotTheConclusion() {
        Feedback ja = judge(Lang.JA, "dns", "はい。DNSは、ドメイン名をIPアドレスに変換する名前解決の仕組みです。"
                + "ブラウザはまずキャッシュを見て、なければDNSサーバーに問い合わせ、返ってきたIPアドレスのサーバーに接続します。");
        assertThat(conclusion(ja).quote()).startsWith("DNSは");
        Feedback en = judge(Lang.EN, "tcp-udp", "Sure. TCP sets up a connection and resends lost data, so it is used for the web"
                + " and email. UDP just sends without those checks, which is faster, so it suits voice calls and DNS lookups.");
        assertThat(conclusion(en).quote()).startsWith("TCP sets up");
        // a yes said alone is all there is to quote
        assertThat(conclusion(judge(Lang.JA, "night-shift", "はい。")).quote()).isEqualTo("はい。");
    }

    @Test
    void anOsiModelOfTheWrongSizeIsNamedUnderAnyQuestion() {
        Feedback five = judge(Lang.JA, "current-learning", "いまはCCNAの参考書を使っています。OSI参照モデルは5層からなるので、"
                + "まず各層の役割を覚えました。平日は毎日1時間、週末は4時間ほど勉強しています。");
        assertThat(five.misconceptions()).extracting(Feedback.Finding::id).contains("osi-count-said");
        Feedback en = judge(Lang.EN, "current-learning", "I'm working through a CCNA book. I learnt that the OSI model has five"
                + " layers, and I practise subnetting every evening for about an hour.");
        assertThat(en.misconceptions()).extracting(Feedback.Finding::id).contains("osi-count-said");
        // seven layers, or a layer named by its number, is right
        Feedback right = judge(Lang.JA, "current-learning", "CCNAの勉強をしています。OSI参照モデルは7層で、TCPは第4層で動くことを"
                + "覚えました。毎日1時間ほど勉強しています。");
        assertThat(right.misconceptions()).extracting(Feedback.Finding::id).doesNotContain("osi-count-said");
    }

    @Test
    void anApipaAddressSaidToMeanDhcpWorkedIsNamedAndOneSaidToMeanItFailedIsNot() {
        Feedback wrong = judge(Lang.JA, "cannot-connect", "まずipconfigでIPアドレスを見ます。169.254で始まってたら、DHCPからちゃんと"
                + "もらえてるので、次はケーブルを確認します。");
        assertThat(wrong.misconceptions()).extracting(Feedback.Finding::id).contains("apipa-said-fine");
        Feedback right = judge(Lang.JA, "cannot-connect", "まずipconfigでIPアドレスを見ます。DHCPからちゃんと取れなかったので"
                + "169.254.x.xになっていた、ということがあれば、DHCPサーバーとの通信を疑います。");
        assertThat(right.misconceptions()).extracting(Feedback.Finding::id).doesNotContain("apipa-said-fine");
    }

    @Test
    void askingForTheOnCallScheduleInAdvanceIsAskingAboutTheSetup() {
        // a twenty-third trial was told to add "asking about frequency and the on-call setup" after asking for the schedule
        Feedback en = judge(Lang.EN, "overtime-oncall", "I accept on-call work because systems must keep running. At the shop I"
                + " was often called in on my day off. I would like to know the on-call rota in advance so my family can plan.");
        assertThat(en.covered()).contains("Asking about frequency and the on-call setup");
        Feedback ja = judge(Lang.JA, "overtime-oncall", "システムは止められないので、呼び出しがあるのは当然だと思います。前職でも休日に呼ばれました。"
                + "当番の予定は事前に知りたいです。家族と予定を合わせたいからです。");
        assertThat(ja.covered()).contains("頻度や当番の体制を確かめる姿勢");
    }
}
