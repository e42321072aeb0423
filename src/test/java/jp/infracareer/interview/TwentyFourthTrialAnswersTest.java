package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-fourth newcomer trial (session 38), in other words: a mistake fixed quietly and never reported
 * scored 90 under a motivation question, LPIC called a network certification was quoted as a strength, and memory said
 * to survive a reboot was quoted as a reason.
 */
class TwentyFourthTrialAnswersTest {
    @Test
    void aMistakeFixedQuietlyIsNamedUnderAnyQuestion() {
        Feedback f = Findings.judge(Lang.JA, "why-infra", "止めない仕事が自分に合っていると思い、インフラを選びました。前の職場で"
                + "配線を間違えて回線を30分止めてしまったことがありますが、こっそり直したのでバレなかったです。今はCCNAを勉強しています。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("kept-a-mistake-quiet");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.EN, "self-intro", "I worked in a warehouse for five years. Once I misconfigured the label printer"
                + " and took down the packing line for an hour, but I fixed it quietly and reporting it was a hassle, so I didn't."))
                .contains("kept-a-mistake-quiet");
        // the same story told as what it taught is not the slip
        assertThat(findings(Lang.JA, "mistake", "配線を間違えて回線を止めてしまい、こっそり直そうとしましたが、それでは被害が広がると"
                + "気づいてすぐ上司に報告しました。")).doesNotContain("kept-a-mistake-quiet");
        assertThat(findings(Lang.EN, "mistake", "When I misconfigured a switch port I reported it at once rather than fix it quietly."))
                .doesNotContain("kept-a-mistake-quiet");
    }

    @Test
    void lpicCalledANetworkCertificationIsNamed() {
        assertThat(findings(Lang.JA, "current-learning", "今はITパスポートを勉強していて、次にネットワーク系の資格であるLinuCを"
                + "受けるつもりです。")).contains("lpic-said-network");
        assertThat(findings(Lang.EN, "cert-plan", "After the IT Passport I will take LPIC, which is the main networking"
                + " certification in Japan.")).contains("lpic-said-network");
        // both named with what each is for is right
        assertThat(findings(Lang.JA, "cert-plan", "サーバーならLPIC、ネットワークの資格ならCCNAから始めるつもりです。"))
                .doesNotContain("lpic-said-network");
    }

    @Test
    void memorySaidToSurviveARebootIsNamed() {
        assertThat(findings(Lang.JA, "night-alert", "まず状況を確認します。再起動してもメモリの内容は残るので、調査には困りません。"))
                .contains("reboot-keeps-memory");
        assertThat(findings(Lang.EN, "night-alert", "I would restart the server first; whatever is in memory survives a reboot,"
                + " so nothing is lost for the investigation.")).contains("reboot-keeps-memory");
        assertThat(findings(Lang.JA, "night-alert", "再起動するとメモリ上のデータは消えるので、その前にログと状態を記録し、"
                + "上長に報告して指示を受けます。")).doesNotContain("reboot-keeps-memory");
    }

    /**
     * Right sentences a reviewer (session 38) tried against the readings added for the twenty-fourth trial and the
     * seventy-third to -sixth blind sets: each was accused by a first version of them. Checked under the question named.
     */
    @Test
    void rightSentencesAReviewerTriedAreLeftAlone() {
        String[][] right = {
            {"en", "why-cloud", "When a server went down the load balancer moved traffic and no one noticed."},
            {"ja", "why-cloud", "冗長化してあるので障害が起きてもお客様に気づかれずに済みます。"},
            {"en", "mistake", "I made a mistake in the config and fixed it before anyone noticed, then reported it to my lead."},
            {"ja", "cert-plan", "LPICを取ったので次はネットワークの資格に挑戦します。"},
            {"en", "cert-plan", "After LPIC I want a network certification next."},
            {"ja", "slow-web-server", "CPUが忙しいのかI/O待ちなのかをtopで見分けます。"},
            {"ja", "slow-web-server", "I/O待ちでなければコア数を増やすことを検討します。"},
            {"en", "slow-web-server", "High iowait doesn't mean the CPU is busy computing."},
            {"en", "why-cloud", "An EC2 instance is not free when it's idle."},
            {"ja", "why-cloud", "インスタンスはアクセスがない時間も無料ではありません。"},
            {"en", "why-cloud", "I stop idle instances at night so we don't pay for them."},
            {"en", "why-cloud", "Nobody can guarantee 100% uptime."},
            {"ja", "why-cloud", "100%の稼働を保証するのは不可能です。"},
            {"en", "iam", "I attach an IAM role to the instance so I don't have to store access keys on it."},
            {"ja", "iam", "EC2にはIAMロールを付けるのでアクセスキーをサーバーに保存しません。"},
            {"en", "home-lab", "docker rm deletes the container but the image stays on the host."},
            {"ja", "home-lab", "コンテナを削除してもイメージは残ります。"},
            {"en", "linux-commands", "df -h shows the total size of the disk and how much is free."},
            {"ja", "nat-scenario", "NATは1対1の変換ですがNAPTはポート番号を使って多対1にします。"},
            {"ja", "nat-scenario", "ふつうのNATはポート番号は変換しないので同時に共有できません。"},
            {"en", "nat-scenario", "Basic NAT never changes the port, so it cannot share one address."},
            {"ja", "tcp-udp", "TCPとUDPはどちらもL4でIPはL3です。"},
            {"en", "tcp-udp", "TCP and UDP both run on IP which works at the network layer."},
            {"en", "current-learning", "A reboot clears the memory but the root cause remains."},
            {"en", "ops-vs-maintenance", "In incident management you shouldn't look for the root cause before restoring the service."},
            {"en", "why-cloud", "The cloud turns a large upfront investment into a monthly operating cost."},
            {"en", "tech-news", "Our factory PCs run Windows 10 LTSC 2021, which is supported until 2027."},
            {"ja", "region-az", "1つのサブネットが3つのAZにまたがることはありません。"},
            {"ja", "router-vs-switch", "L2スイッチだけではルーティングできないのでL3スイッチを導入しました。"},
        };
        for (String[] r : right) {
            assertThat(findings(Lang.parse(r[0]).orElseThrow(), r[1], r[2])).as(r[1] + ": " + r[2]).isEmpty();
        }
    }

    @Test
    void theBlindSetsSlipsAreNamedInOtherWords() {
        assertThat(findings(Lang.JA, "ip-subnet", "2進数にしたマスクの1が並んでいる部分がホスト部です。")).contains("mask-bits-reversed");
        assertThat(findings(Lang.EN, "home-lab", "I used CentOS 8 because it is supported until 2029.")).contains("centos8-said-2029");
        assertThat(findings(Lang.JA, "nat-scenario", "NAPTではポート番号は関係なくIPアドレスだけを書き換えます。"))
                .contains("nat-ports-said-uninvolved");
        assertThat(findings(Lang.JA, "why-cloud", "AWSは稼働率100%をSLAで保証しているので安心です。")).contains("sla-said-100");
        assertThat(findings(Lang.EN, "why-cloud", "If the instance is running but idle at night, you aren't charged for it."))
                .contains("ec2-said-idle-free");
        assertThat(findings(Lang.JA, "tech-news", "Windows 10のサポート終了は2030年なので、まだ余裕があります。")).contains("win10-said-supported");
    }
}
