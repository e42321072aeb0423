package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * What the fifteenth newcomer trial (session 32: a parent returning to work, an SES monitoring engineer of two years, a
 * tester from abroad) found in the judgement, in other words than the trial's: an experienced candidate's sound answers
 * read as answers to other questions or off topic, the provider said to patch an EC2 instance's OS, ping said to show
 * memory and a larger subnet said to add bandwidth, and a point said wrongly still listed as made.
 */
class FifteenthTrialTest {

    @Test
    void anExperiencedCandidatesReasonForChangingIsAnAnswerToIt() {
        Feedback f = judge(Lang.JA, "reason-for-change", "設計や構築をやりたいからです。いまは客先で3年、ネットワークの監視をしていて、"
                + "アラートが出たら手順書どおりに切り分けて上位のチームに引き継いでいます。上位の人が設定を見直して直すのを何度も見て、"
                + "自分もそちら側で仕事をしたいと考えるようになりました。ただ、今の会社では設計の案件に入れる見込みがありません。"
                + "そこで自宅でCCNAの範囲を学び、スイッチの設定を試しています。御社では構築から任せていただける環境で力をつけたいです。");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(f.score()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void aMistakeReportedByPhoneAndPutRightIsAnAnswerToTheMistakeQuestion() {
        Feedback f = judge(Lang.JA, "mistake", "運用2年目に、定期作業で設定ファイルを書き換えるとき、本番と検証のサーバーを取り違えてしまったことがあります。"
                + "気づいてすぐに上司へ電話で報告し、手順書の控えから元の設定に戻したので、影響は出ませんでした。"
                + "原因はどちらのサーバーにログインしているかを確かめなかったことでした。それからはプロンプトにホスト名を色付きで表示し、"
                + "作業前に声に出して確認するようにして、同じミスは起きていません。");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(f.score()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void whyItFromSomeoneAlreadyInItIsNotOffTopic() {
        Feedback f = judge(Lang.JA, "why-it", "実は今もITの会社でヘルプデスクをしています。入社のきっかけは知人の紹介でした。"
                + "ある日、障害が起きて社内の全員がメールを使えなくなったとき、サーバー担当の先輩がログから原因を特定して"
                + "30分で直したのを見て、仕組みから分かる人になりたいと思いました。いまはLinuCの勉強を毎晩1時間続けています。");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void theProviderSaidToPatchAnInstancesOsIsCorrectedWithWeAndOurBesideIt() {
        assertThat(findings(Lang.EN, "shared-responsibility", "Amazon patches the operating system of our EC2 servers, so we never"
                + " have to patch anything there.")).contains("provider-said-to-patch-ec2-os");
        assertThat(findings(Lang.JA, "shared-responsibility", "EC2のOSの更新はAWSがやってくれるので、自分たちで更新する必要はないです。"))
                .contains("provider-said-to-patch-ec2-os");
        // the customer's own patching, and a managed service's, are right
        assertThat(findings(Lang.EN, "shared-responsibility", "On EC2 we patch the guest OS ourselves; with RDS, AWS patches the OS."))
                .doesNotContain("provider-said-to-patch-ec2-os", "provider-patches-guest-os");
    }

    @Test
    void pingSaidToShowMemoryAndABiggerSubnetSaidToAddBandwidthAreCorrected() {
        assertThat(findings(Lang.EN, "slow-web-server", "Next I would ping the host to check how much memory is free."))
                .contains("ping-shows-resources");
        assertThat(findings(Lang.EN, "slow-web-server", "I would widen the network to a /16 so the network gets more bandwidth."))
                .contains("subnet-size-sets-bandwidth");
        assertThat(findings(Lang.JA, "slow-web-server", "サブネットを/24から/16に広げれば帯域が増えるので、遅さも解消します。"))
                .contains("subnet-size-sets-bandwidth");
        assertThat(findings(Lang.EN, "ip-subnet", "Splitting a network into smaller subnets cuts broadcast traffic, so it can feel faster."))
                .doesNotContain("subnet-size-sets-bandwidth");
    }

    @Test
    void aPointSaidWronglyIsNotListedAsMadeBecauseItsWordsComeBackElsewhere() {
        // 「スイッチはIPアドレスを見て…ルーターはMACアドレスを見て…」 was corrected and still credited with the router's point
        Feedback f = judge(Lang.JA, "router-vs-switch", "スイッチは同じネットワーク内の機器をつなぎ、ルーターは別のネットワーク同士をつなぎます。"
                + "ルーターはMACアドレスを見てルーティングテーブルから経路を決め、スイッチはIPアドレスを見て転送します。"
                + "家庭用のルーターにもルーティングの機能があります。");
        assertThat(f.misconceptions()).isNotEmpty();
        assertThat(f.covered()).noneMatch(label -> label.contains("ルーティングテーブルで経路"));
    }

    @Test
    void studyTimeSaidAsMinutesAfterTheChildrenSleepIsStudyTime() {
        // 「子供が寝たあとに30分くらいです」 was told the study time was missing
        Feedback f = judge(Lang.JA, "current-learning", "いまはLinuCの101試験の勉強をしています。参考書を1冊決めて、毎晩寝る子どもの横で"
                + "40分ほど進めています。");
        assertThat(f.covered()).contains(Findings.label(Lang.JA, "current-learning", "study-hours"));
    }
}
