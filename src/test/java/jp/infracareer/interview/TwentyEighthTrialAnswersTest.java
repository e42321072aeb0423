package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-eighth newcomer trial (session 40), in other words: typed on a phone without commas, the OSI layers
 * of IP and of TCP/UDP swapped in one line (87) and the ports of SSH and HTTP swapped (52) went unnoticed; so did a DNS
 * answer keeping its results in the DHCP server, and a story of changing a shared router's settings and restarting it
 * without telling anyone, "and not reporting was fine" (57, quoted as the reason).
 */
class TwentyEighthTrialAnswersTest {
    @Test
    void twoThingsSwappedInOneLineWithoutACommaAreNamed() {
        assertThat(findings(Lang.JA, "osi-model", "IPは4層目のトランスポート層でTCPとUDPは3層目のネットワーク層です"))
                .contains("layer-number");
        assertThat(findings(Lang.JA, "home-lab", "ラズパイのsshは80番ポートでhttpは22番なのでそこだけ開けた"))
                .contains("wrong-port");
        assertThat(findings(Lang.EN, "home-lab", "On my Pi, SSH listens on port 80 and HTTP on port 22, so I opened those."))
                .contains("wrong-port");
        assertThat(findings(Lang.JA, "home-lab", "自宅サーバーに入るために、ufwでSSHのポート23番を許可しました。")).contains("wrong-port");
    }

    @Test
    void aDnsResultKeptByDhcpAndAQuietChangeToSharedGearAreNamed() {
        assertThat(findings(Lang.JA, "dns", "一度調べたDNSの結果は、DHCPサーバーに保存されて次から使われます。"))
                .contains("dns-result-said-in-dhcp");
        assertThat(findings(Lang.EN, "dns", "The lookup result is then stored on the DHCP server for next time."))
                .contains("dns-result-said-in-dhcp");
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "店長にも業者にも言わずに、自分でルーターの設定を変えて再起動しました。"))
                .contains("changed-gear-unannounced");
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "直ったので、誰にも報告しなくても問題なかったと思います。")).contains("no-report-said-fine");
        assertThat(findings(Lang.EN, "previous-job", "Without telling anyone, I changed the setting on the office router and it worked."))
                .contains("changed-gear-unannounced");
    }

    @Test
    void aConclusionSaidInASentenceNotedBelowIsShownAsThereButNotCounted() {
        String opening = "研修がしっかりしてて未経験でも構築まで行けるって求人に書いてあったからです。";
        Feedback f = Findings.judge(Lang.JA, "why-company", opening + "あと地元に拠点もあるので長く働けると思いました");
        Feedback.Point conclusion = f.points().stream().filter(p -> p.id().equals(AnswerAnalyzer.CONCLUSION)).findFirst().orElseThrow();
        assertThat(conclusion.status()).isEqualTo(Feedback.Status.MISSED);
        assertThat(conclusion.quote()).isEqualTo(opening);
        assertThat(f.weakMotives()).isNotEmpty();
        // an answer with nothing that reads as its conclusion is still told none was found
        Feedback none = Findings.judge(Lang.JA, "why-company", "えっと、まだよく調べてないです。");
        assertThat(none.points().stream().filter(p -> p.id().equals(AnswerAnalyzer.CONCLUSION)).findFirst().orElseThrow().quote())
                .isEmpty();
    }

    @Test
    void rightSentencesBesideThemAreLeftAlone() {
        assertThat(findings(Lang.JA, "osi-model", "ルーターは第3層で動き、スイッチは第2層で動きます。")).doesNotContain("layer-number");
        assertThat(findings(Lang.JA, "home-lab", "SSHは22番、HTTPは80番なので、ufwでその二つを許可しました。")).doesNotContain("wrong-port");
        assertThat(findings(Lang.JA, "home-lab", "SSHだけ許可されていたので、ufwで80番ポートを許可しました。")).doesNotContain("wrong-port");
        assertThat(findings(Lang.JA, "dns", "DHCPサーバーが配ったIPアドレスはリースとして記録されます。")).doesNotContain("dns-result-said-in-dhcp");
        assertThat(findings(Lang.JA, "mistake", "上司に言わずに設定を変えたのは間違いで、二度としないと決めました。"))
                .doesNotContain("changed-gear-unannounced");
        assertThat(findings(Lang.JA, "night-alert", "誰にも報告しなくても問題ないということはなく、必ず報告します。")).doesNotContain("no-report-said-fine");
    }

    /**
     * Right sentences a reviewer (session 40, the diff only) tried against the readings added for the eighty-fifth to
     * -eighth blind sets and this trial: each was accused by a first version of them, or stood close to one. Checked
     * under the question named.
     */
    @Test
    void rightSentencesAReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"JA", "slow-web-server", "load-average-ignores-cores", "ロードアベレージは、CPUの数に関係なく、実行中と実行待ち（LinuxではI/O待ちも）のプロセス数を平均した値です。"},
                new String[] {"JA", "dns", "dns-queries-said-tcp", "DNSのゾーン転送（AXFR）は、TCPだけを使います。"},
                new String[] {"JA", "dns", "dns-said-never-udp", "hostsファイルでの名前解決はファイルを読むだけなので、UDPは使いません。"},
                new String[] {"JA", "region-az", "subnet-spans-azs", "オンプレでは1つの大きなサブネットで済ませがちですが、AWSでは複数のAZに分散させるため、AZごとにサブネットを切ります。"},
                new String[] {"JA", "region-az", "multi-az-said-to-survive-a-region", "マルチAZならAZ障害でもサービスを継続できますが、リージョン全体の障害に備えるには別リージョンへのバックアップが要ります。"},
                new String[] {"JA", "slow-web-server", "free-column-said-shortage", "freeのavailableまで数百MBしか残っていなくて、スワップも増え続けているなら、本当にメモリ不足です。"},
                new String[] {"JA", "tech-news", "centos7-said-supported", "CentOS 7は2024年6月にサポートが終わったので、2029年までサポートされるRocky Linux 8に移行しました。"},
                new String[] {"JA", "cannot-connect", "no-ping-said-surely-down", "pingが返らないだけで落ちているということにはならず、ICMPが遮断されているだけのこともあります。"},
                new String[] {"JA", "work-stages", "design-order-reversed", "詳細設計が承認されたら、本番の前に検証環境を先に構築して手順を確かめます。"},
                new String[] {"JA", "ip-subnet", "mask-bits-reversed", "ACLのワイルドカードマスク0.0.0.255では、0の部分がネットワーク部として照合され、255の部分がホスト部で何でもよいという意味です。"},
                new String[] {"JA", "work-stages", "paramsheet-said-after-golive", "パラメータシートは詳細設計で作り、運用が始まってからも設定を変えるたびに更新します。"},
                new String[] {"JA", "ops-vs-maintenance", "eol-said-stops-working", "EOSLを過ぎた機器は保守部品が手に入らないので、故障すると起動できなくなったまま長く止まることがあります。"},
                new String[] {"JA", "region-az", "region-said-auto-copied", "Aurora Global Databaseなら、書き込みは別リージョンのセカンダリクラスターにも自動的に複製されます。"},
                new String[] {"JA", "work-stages", "test-said-upstream", "受け入れテストの合格基準を要件定義で決めておくのは、上流工程に含まれる作業です。"},
                new String[] {"JA", "work-stages", "upstream-said-network-side", "うちの部署では、経験のあるネットワークエンジニアが上流の要件定義と設計を担当し、若手が構築を担当しています。"},
                new String[] {"JA", "why-start-monitoring", "sla-said-runbook", "SLAで決めた復旧時間を守れるように、障害対応の手順書を整備しています。"},
                new String[] {"JA", "cannot-connect", "http-said-low-layer", "ICMPは第3層のプロトコルなので、pingが通ってもHTTPの応答までは確認できず、curlでも確かめます。"},
                new String[] {"JA", "ops-vs-maintenance", "redundancy-said-no-repair", "電源ユニットを2台積んだサーバーなら、片方が壊れても電源を止めて修理する必要はなく、稼働中に交換できます。"},
                new String[] {"JA", "nat-vs-dhcp", "172-all-said-private", "172で始まるアドレスでも、プライベートなのは第2オクテットが16以上31以下のものだけです。"},
                new String[] {"JA", "region-az", "alb-said-one-az", "ALBは、作成時に選んだAZごとにALBのノードが置かれ、そこから各ターゲットへ振り分けます。"},
                new String[] {"JA", "home-lab", "virtualbox-said-type1", "自宅ではVirtualBoxで練習し、職場ではタイプ1のESXiを使っています。"},
                new String[] {"JA", "mistake", "bcc-said-visible", "CCで一斉送信するとアドレスが見えてしまうので、社外の複数の宛先にはBCCを使います。"},
                new String[] {"JA", "dns", "dns-result-said-in-dhcp", "DHCPで設定されたDNSサーバーに問い合わせた結果は、PCにもキャッシュされます。"},
                new String[] {"JA", "mistake", "changed-gear-unannounced", "後輩が無断で本番ルーターの設定を変更しようとしていたので、止めて先にリーダーに相談しました。"},
                new String[] {"JA", "home-lab", "wrong-port", "80番はHTTP、443番はHTTPS、22番はSSHです。"},
                new String[] {"EN", "why-start-monitoring", "sla-said-runbook", "Before restarting the web server, I posted in Slack and then followed the runbook."},
                new String[] {"EN", "work-stages", "test-said-upstream", "That bug fix is upstream in the latest kernel, so we wait for Red Hat to backport it."},
                new String[] {"EN", "mistake", "bcc-said-visible", "I always put external recipients in BCC so that no address is exposed."},
                new String[] {"EN", "dns", "dns-said-never-udp", "MySQL queries go over TCP port 3306, so the security group needs no UDP rule."},
                new String[] {"EN", "tcp-udp", "tcp-said-faster", "For a single small DNS lookup, TCP is never faster than UDP, because it needs a handshake first."},
                new String[] {"EN", "vlan", "vlan-said-one-switch", "A VLAN configured only on one switch stays local to it until you also allow it on the uplinks."},
                new String[] {"EN", "mistake", "changed-gear-unannounced", "Windows Update restarted the server without asking anyone, so we turned off automatic restarts and now patch in a maintenance window."},
                new String[] {"EN", "night-alert", "no-report-said-fine", "Even when I've fixed it myself, I never assume there's no need to report it to my lead."},
                new String[] {"EN", "ops-vs-maintenance", "redundancy-said-no-repair", "RAID is redundancy, not backup: after an accidental rm there's no need to repair the array, you restore the file from backup."},
                new String[] {"EN", "cannot-connect", "no-ping-said-surely-down", "A ping timeout alone never means the server is down; ICMP is often blocked."},
                new String[] {"EN", "router-vs-switch", "router-rewrites-ip", "Each router matches the destination IP to the next hop in its routing table."},
                new String[] {"EN", "linux-commands", "grep-said-finds-files", "grep matches text patterns; to locate files by name, use find."},
                new String[] {"EN", "home-lab", "wrong-port", "SSH listens on port 22 by default, but many teams move SSH to port 2222 to cut down log noise."});
        Findings.leftAlone(cases);
    }

    /**
     * Right sentences a second reviewer (session 40, the diff only) tried against the readings added for the
     * eighty-ninth to ninety-second blind sets: each was accused by a first version of them, or stood close to one.
     */
    @Test
    void rightSentencesASecondReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"EN", "why-start-monitoring", "5xx-said-client-side", "Our WAF blocked a bot that kept sending bad requests, and those got 403s; the 503s that night were a separate issue caused by the app pool running out of workers."},
                new String[] {"EN", "cannot-connect", "loopback-said-proves-link", "I ping 127.0.0.1 first to check the local TCP/IP stack, and then the default gateway to see whether the local network is reachable."},
                new String[] {"EN", "slow-web-server", "ping-said-proves-services", "Ping just checks ICMP reachability, so before closing the ticket I confirm with curl that the website is working fine."},
                new String[] {"EN", "region-az", "ec2-said-auto-multi-az", "When I snapshot an EC2 volume, the snapshot is stored in S3, which copies it across AZs in the region, so I can restore it in any AZ."},
                new String[] {"EN", "linux-commands", "755-said-read-only-others", "I set the web root directories to 755 and the files inside to 644, so other users can only read the files."},
                new String[] {"EN", "linux-commands", "644-said-executable", "Even with 644 you can run the script as bash deploy.sh, because bash only needs read permission on it."},
                new String[] {"EN", "nat-vs-dhcp", "dhcp-said-to-resolve-names", "Besides the IP address and the gateway, DHCP also tells the client which server resolves names for it."},
                new String[] {"EN", "nat-scenario", "ports-said-up-to-1023", "The proxy stalled because the default nofile limit meant it was limited to 1024 open sockets, so I reported it and raised the limit in limits.conf."},
                new String[] {"EN", "why-cloud", "cloud-security-said-provider-only", "Before moving to AWS, we reviewed all the security group rules and removed any that allowed 0.0.0.0/0 on SSH."},
                new String[] {"EN", "nat-vs-dhcp", "dhcp-discover-said-unicast", "When a client gives up its lease, it already knows the DHCP server, so the DHCPRELEASE goes by unicast."},
                new String[] {"EN", "ops-vs-maintenance", "kernel-said-live-without-reboot", "A kernel parameter changed with sysctl -w takes effect immediately, and I also write it to /etc/sysctl.d so it survives a reboot."},
                new String[] {"EN", "career-plan", "saa-said-top-level", "In terms of abstraction, SaaS is the highest level, because the provider runs everything up to the application."},
                new String[] {"JA", "night-alert", "rm-frees-open-log", "書き込まれているログを片付けたいときは、logrotateでローテートしてプロセスに開き直させてから、古いファイルを削除すると空き容量が戻ります。"},
                new String[] {"JA", "cert-plan", "lpic1-said-one-sitting", "LPIC-1は101と102の2つに合格する必要がありますが、CCNAは試験が1つだけです。"},
                new String[] {"JA", "cannot-connect", "loopback-said-proves-link", "まず127.0.0.1にpingしてTCP/IPスタックを確認し、次にデフォルトゲートウェイに届くかを確かめます。"},
                new String[] {"JA", "slow-web-server", "ping-said-proves-services", "pingが失敗してもサイトは問題なく表示されることがあり、その場合はICMPだけがファイアウォールで遮断されていると考えます。"},
                new String[] {"JA", "region-az", "ec2-said-auto-multi-az", "EC2のバックアップはS3に置いています。S3はデータを複数のAZにコピーして保存するので耐久性が高いからです。"},
                new String[] {"JA", "cert-plan", "saa-said-before-clf", "エンジニアはソリューションアーキテクトを目指し、営業メンバーはAWSの研修を受けて、そのあとクラウドプラクティショナーを受験する計画です。"},
                new String[] {"JA", "home-lab", "private-said-global", "自宅のNASは192.168.1.10ですが、外出先からはWireGuardで自宅のルーターにつないでアクセスしています。"},
                new String[] {"JA", "linux-commands", "755-said-read-only-others", "ディレクトリは755、ファイルは644にして、ほかのユーザーはファイルを読み取りだけできるようにしています。"},
                new String[] {"JA", "linux-commands", "644-said-executable", "644のスクリプトでも、bash script.shのようにbashに読ませれば実行できる点には注意が必要です。"},
                new String[] {"JA", "nat-vs-dhcp", "dhcp-said-to-resolve-names", "DHCPはIPアドレスと一緒にネームサーバーのアドレスも配り、そのネームサーバーがドメイン名をIPアドレスに変換します。"},
                new String[] {"JA", "nat-scenario", "ports-said-up-to-1023", "0番から1023番までのポートにバインドするには、root権限かCAP_NET_BIND_SERVICEが必要です。"},
                new String[] {"JA", "why-cloud", "cloud-security-said-provider-only", "AWSに移行する前に、すべてのセキュリティグループのルールを棚卸しして、SSHを0.0.0.0/0に開けているものを閉じました。"},
                new String[] {"JA", "nat-vs-dhcp", "dhcp-discover-said-unicast", "ARPの応答は、要求元のMACアドレスを知っているのでユニキャストで返ります。"},
                new String[] {"JA", "previous-job", "sla-999-nine-hours-monthly", "99.9%だと月に約43分しか止められないので、月に8時間のメンテナンス枠はSLAの計算から除外すると契約に明記しました。"},
                new String[] {"JA", "previous-job", "itil-said-cisco", "ITILに沿った変更管理の手順で、シスコのルーターの設定変更を申請しました。"},
                new String[] {"JA", "ops-vs-maintenance", "kernel-said-live-without-reboot", "Oracle LinuxのKspliceを使えば、再起動せずに新しいカーネルの修正を当てられます。"},
                new String[] {"JA", "tech-news", "win10-end-said-2024", "2024年にWindows 10からWindows 11への移行プロジェクトを担当しました。"},
                new String[] {"JA", "current-learning", "ip-passport-said-vendor", "ITパスポートは国家試験で、LPICは民間資格です。"});
        Findings.leftAlone(cases);
    }
}
