package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static jp.infracareer.interview.Findings.label;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a thirty-first newcomer trial (session 42; a factory line leader of 41, a parent of 34 returning to work), in
 * other words: a teamwork answer that told of hiding a night-time reboot and of RAID1 making backups needless scored 94; and
 * the slips of the hundred-and-first to -fourth blind sets, with right sentences a reviewer wrote to be misread by their
 * readings.
 */
class ThirtyFirstTrialAnswersTest {
    @Test
    void slipsTheTrialPlantedAreNamed() {
        assertThat(findings(Lang.JA, "teamwork-horenso", "予約のサーバーはRAID1になっていたので、バックアップはとらなくても安全なんです。"))
                .contains("raid1-said-no-backup");
        assertThat(findings(Lang.EN, "teamwork-horenso", "The server had RAID 1, so we were safe without backups."))
                .contains("raid1-said-no-backup");
        assertThat(findings(Lang.JA, "teamwork-horenso", "夜勤で予約システムのPCが動かなくなったので、再起動したら直ったので、誰にも言わずに直しておきました。"))
                .isNotEmpty();
    }

    /** Slips of the hundred-and-first to -fourth blind sets, said in other words. */
    @Test
    void slipsOfTheBlindSetsAreNamed() {
        assertThat(findings(Lang.EN, "nat-scenario", "The private ranges are 10.0.0.0/8, 172.16.0.0/8 and 192.168.0.0/16."))
                .contains("172-16-said-slash-8");
        assertThat(findings(Lang.JA, "cannot-connect", "デフォルトゲートウェイへのpingが通らなければ、プロバイダの回線障害なので回線業者に電話します。"))
                .contains("gateway-ping-fail-blames-isp");
        assertThat(findings(Lang.EN, "why-cloud", "When traffic grows we scale out, which means moving to a bigger instance with more memory."))
                .contains("scale-out-said-bigger");
        assertThat(findings(Lang.JA, "vlan", "VLAN IDは16ビットなので、6万5千くらいまでVLANを作れます。")).contains("vlan-id-16-bits");
        assertThat(findings(Lang.EN, "previous-job", "I told guests in far rooms to use 5 GHz, since it reaches farther and goes through walls."))
                .contains("wifi-5ghz-said-farther");
        assertThat(findings(Lang.JA, "client-site", "SESも派遣と同じで3年ルールがあるので、3年たったら別の現場に移ると聞いています。"))
                .contains("ses-said-three-year-rule");
        assertThat(findings(Lang.EN, "teamwork-horenso", "Any message in a channel sends a notification to all the members, so mentions aren't needed."))
                .contains("slack-channel-notifies-all");
        assertThat(findings(Lang.JA, "client-site", "会社名さえ出さなければ、常駐先の障害のことをSNSに書くのは問題ないと思います。"))
                .contains("posts-client-incidents");
        assertThat(findings(Lang.JA, "why-cloud", "アクセスが増えたらスケールアウト、つまりサーバーのCPUやメモリをより大きいものに変えます。"))
                .contains("scale-out-said-bigger");
        assertThat(findings(Lang.EN, "vlan", "Since they share the switch, PCs in VLAN 10 and VLAN 20 talk to each other directly, so you don't need a router."))
                .contains("vlans-talk-without-router");
    }

    /** A sentence about PCs (「PCには…割り当てます」) after one naming NAPT is not read as NAT handing out addresses. */
    @Test
    void aSentenceWithATopicOfItsOwnDoesNotGoOnAboutTheThingBefore() {
        assertThat(findings(Lang.JA, "nat-scenario", "ルーターのNAPTという機能のおかげです。社内のPCには、192.168.1.0/24のようなプライベートIPアドレスを割り当てます。"))
                .doesNotContain("roles-mixed-up");
        // 「具体的には」 is no subject: the sentence still goes on about IAM (a tuning answer's slip)
        assertThat(findings(Lang.JA, "iam", "IAMは、AWSの中のアクセス制御を行うサービスです。具体的には、EC2などのサーバーに対して、どのIPアドレスから、どのポート番号で通信を許可するかを設定します。"))
                .contains("roles-mixed-up");
    }

    /**
     * 「上司にはあとでまとめて報告します」 is reporting afterwards: the trial's was credited with reporting as you go. Reporting
     * what was found, or first, still is.
     */
    @Test
    void reportingAfterwardsIsNotReportingAsYouGo() {
        assertThat(judge(Lang.JA, "slow-web-server", "topでCPUとメモリを見ます。原因が分からなければ自分でApacheを再起動します。"
                + "結果が同じなら早い方がいいので、上司にはあとでまとめて報告します。").covered())
                .doesNotContain(label(Lang.JA, "slow-web-server", "reports-as-you-go"));
        assertThat(judge(Lang.EN, "slow-web-server", "I check CPU and memory with top. If I can't find the cause, I restart Apache myself. "
                + "Faster is better, so I'll tell my boss about it later.").covered())
                .doesNotContain(label(Lang.EN, "slow-web-server", "reports-as-you-go"));
        assertThat(judge(Lang.JA, "slow-web-server", "topでCPUとメモリを確認し、分かったことはその都度上司に報告します。").covered())
                .contains(label(Lang.JA, "slow-web-server", "reports-as-you-go"));
        assertThat(judge(Lang.EN, "slow-web-server", "I check CPU, memory and the logs, and if something looks high I report it to my senior.").covered())
                .contains(label(Lang.EN, "slow-web-server", "reports-as-you-go"));
    }

    /** Right sentences a reviewer (session 42, the rules only) wrote to be misread by the new and widened readings. */
    @Test
    void rightSentencesAReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"JA", "dns", "172-16-said-slash-8", "ACLで172.0.0.0/8をまとめて拒否すると、172.16.0.0/12の外にあるグローバルアドレスまで遮断してしまいます。"},
                new String[] {"JA", "dns", "gateway-ping-fail-blames-isp", "ゲートウェイには応答があるのに外部のアドレスへのpingが失敗するなら、プロバイダ側の障害を疑います。"},
                new String[] {"JA", "dns", "vlan-id-16-bits", "802.1QのVLANタグは4バイトで、先頭の16ビットがTPID（0x8100）です。"},
                new String[] {"JA", "dns", "new-iam-user-said-read-only", "新しいユーザーをReadOnlyAccessのグループに入れておけば、最初から閲覧だけはできる状態で渡せます。"},
                new String[] {"JA", "dns", "ses-said-three-year-rule", "派遣で働いていたころは抵触日を管理していましたが、今のSESの仕事では期間は契約で決まります。"},
                new String[] {"JA", "dns", "posts-client-incidents", "障害が起きたら、CloudWatchアラームからSNSでメールを発信するように設定しました。"},
                new String[] {"JA", "dns", "posts-client-incidents", "Linuxでよく起きる障害のパターンを勉強して、自分のノートに書くようにしています。"},
                new String[] {"JA", "dns", "ssh-said-udp-for-speed", "調べてみると、SSHは問題なく、届いていなかったのはsyslogの転送で、それがUDPだったことが原因でした。"},
                new String[] {"JA", "dns", "dns-said-web-port", "DoHでは、DNSの問い合わせがWebと同じポート（443番）で送られるので、ファイアウォールで区別しにくくなります。"},
                new String[] {"JA", "vlan", "one-switch-per-vlan", "VLANごとにスイッチのポートを割り当て、経理は1〜8番、営業は9〜16番にしました。"},
                new String[] {"JA", "vlan", "vlan-adds-bandwidth", "VLANとは別に、リンクアグリゲーションで2本のリンクを束ねると全体の帯域が増えます。"},
                new String[] {"JA", "vlan", "vlan-is-wireless", "VLANは無線のSSIDと1対1で対応させることが多いです。"},
                new String[] {"JA", "dns", "az-said-to-contain-regions", "Azureでは、リージョンより大きな単位としてジオグラフィがあり、その中に複数のリージョンがあります。"},
                new String[] {"JA", "dns", "ebs-said-cross-az", "EBSボリュームをap-northeast-1aに作ったので、1aのインスタンスにアタッチしました。"},
                new String[] {"JA", "dns", "design-levels-said", "基本設計でIPアドレスの採番ルールやセグメントの分け方を決め、詳細設計で機器ごとのアドレスを割り当てます。"},
                new String[] {"JA", "dns", "ip-ping-said-dns", "8.8.8.8には応答があるのにブラウザでサイトが開けないなら、名前解決ができていない可能性を疑います。"},
                new String[] {"JA", "dns", "raid1-said-no-backup", "RAIDとは別に、毎晩テープへのバックアップは取れているので、誤削除にも対応できます。"},
                new String[] {"JA", "dns", "private-said-global", "外出先からモバイル回線でつなぐと、スマホのアドレスは家のWi-Fiでもらった192.168.1.xから、キャリアが割り当てたものに変わります。"},
                new String[] {"JA", "dns", "continues-past-unexpected", "手順書と違う点がないことを二人で読み合わせてから、作業を進めます。"},
                new String[] {"JA", "dns", "ccna-said-microsoft", "CCNAはAWSのVPC設計にも役立ち、サブネットやルーティングの考え方がそのまま使えます。"},
                new String[] {"JA", "osi-model", "ping-uses-tcp", "tcpingはTCPで指定したポートに接続して、応答時間を測るツールです。"},
                new String[] {"JA", "osi-model", "send-order-reversed", "通信できないときは物理層から順に、ケーブル、リンクランプ、IP設定、送信したpingの応答を見ていきます。"},
                new String[] {"JA", "osi-model", "hub-above-layer-1", "Transit Gatewayをハブにして、各VPCをネットワーク層で相互に接続しました。"},
                new String[] {"JA", "osi-model", "ip-and-tcp-both-transport", "IPもTCPもヘッダーを持ち、TCPはトランスポート層、IPはネットワーク層で働きます。"},
                new String[] {"JA", "dns", "ec2-said-auto-multi-az", "EC2のアプリが書いたデータをDynamoDBに入れれば、自動的にコピーされてリージョン内の3つのAZに保存されます。"},
                new String[] {"EN", "dns", "gateway-ping-fail-blames-isp", "If the gateway answers but the ping to 8.8.8.8 fails, I'd call the ISP, because the problem is past our router."},
                new String[] {"EN", "dns", "gateway-ping-fail-blames-isp", "If a ping to the default gateway fails, I run ipconfig /all to display the address settings, then check the cable and the Wi-Fi."},
                new String[] {"EN", "dns", "scale-out-said-bigger", "With scale-out, the whole system becomes more powerful by adding instances behind a load balancer, and losing one instance doesn't take the site down."},
                new String[] {"EN", "dns", "customer-patches-saas-os", "On IaaS the customer has to apply OS patches, while on PaaS and SaaS the provider takes care of them."},
                new String[] {"EN", "dns", "wifi-5ghz-said-farther", "The 2.4 GHz band travels farther, so I'd put the far bedroom on it and keep 5 GHz for the living room."},
                new String[] {"EN", "dns", "tcp-handshake-two-step", "Once the server's SYN and ACK arrive, the client replies with an ACK and the connection is established."},
                new String[] {"EN", "dns", "undo-send-later", "As far as I recall, our admin removed the email from every mailbox with a Purview search and purge."},
                new String[] {"EN", "dns", "slack-channel-notifies-all", "Posting with @everyone in the #general channel notifies everyone in the workspace."},
                new String[] {"EN", "dns", "ipv4-said-64-bits", "On Linux the default TTL for IPv4 is 64, and Windows starts at 128."},
                new String[] {"EN", "vlan", "vlans-talk-without-router", "Hosts in VLAN 10 reach each other directly through the switch, because they are in the same broadcast domain."},
                new String[] {"EN", "dns", "ebs-said-cross-az", "I created the EBS volume in 1a because the instance I needed to attach it to runs in 1a."},
                new String[] {"EN", "dns", "terraform-said-aws", "With Terraform we keep the state file in S3, which is an AWS service, and lock it with DynamoDB."},
                new String[] {"EN", "dns", "saa-said-before-clf", "My goal is Solutions Architect Associate, but I'm new to AWS, so I'll do the free training first and then Cloud Practitioner in March."},
                new String[] {"EN", "dns", "syslog-severity-reversed", "In Zabbix, trigger severity runs from 0 to 5 and higher numbers are more severe, with 5 being Disaster."},
                new String[] {"EN", "dns", "dhcp-broadcast-crosses-routers", "A DHCP renewal is unicast, so a client's request to a server on another subnet gets to it through the routers like any other traffic."});
        Findings.leftAlone(cases);
    }

    /** Right sentences a second reviewer (session 42, the readings of sets 105-108 only) wrote to be misread by them. */
    @Test
    void rightSentencesASecondReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"JA", "dns", "ccna-said-two-exams", "CCNAの次は、CCNP Enterpriseに向けて、コア試験と専門試験の2つの試験に合格するつもりです。"},
                new String[] {"JA", "dns", "aws-cert-prerequisite-said", "クラウドプラクティショナーに不合格だと14日間は再受験できないので、一回で合格しないと2週間は受けられません。"},
                new String[] {"JA", "dns", "win10-end-said-2023", "2023年にWindows 8.1のサポートが終わったので、残っていたPCをWindows 10に入れ替えました。"},
                new String[] {"JA", "dns", "l2-switch-said-ip-dest", "L3スイッチと違い、L2スイッチは宛先のIPアドレスを見ません。"},
                new String[] {"JA", "dns", "says-fixed-before-fixed", "監視のグラフで確かめるまでは、お客様に復旧したとはまだ伝えず、調査中として報告します。"},
                new String[] {"JA", "dns", "scale-up-said-more-servers", "DBサーバーはスケールアップで対応し、Webサーバーは台数を増やして負荷を分けました。"},
                new String[] {"JA", "dns", "takehome-said-gross", "年収を12で割ると月の支給額ですが、手取りはそこから住民税や保険料、年金を引いた額になります。"},
                new String[] {"JA", "dns", "quits-abruptly-said-by-message", "LINEで伝えて辞める人もいると聞きますが、私は上司に直接伝え、1か月かけて引き継ぎます。"},
                new String[] {"JA", "dns", "acceptance-test-said-first", "構築の直後に行うのは単体テストで、お客様の受入テストは本番の直前に行います。"},
                new String[] {"JA", "dns", "cloud-security-said-amazons", "データセンターの物理的なセキュリティはAWSの責任になるので、私たちはIAMや設定の管理に集中します。"},
                new String[] {"JA", "dns", "backups-said-kept-by-aws", "RDSで自動バックアップを有効にすると、AWSがバックアップを取ってくれるので、保持期間内の任意の時点に戻せます。"},
                new String[] {"JA", "dns", "dns-said-to-fetch-the-page", "プロキシサーバーはWebサーバーからページを取ってきてブラウザに返しますが、DNSサーバーはIPアドレスを返すだけです。"},
                new String[] {"JA", "dns", "japan-said-tokyo-only", "今回のシステムは東京リージョンだけで動かし、3つのAZに分けて冗長化しました。"},
                new String[] {"JA", "dns", "it-said-overtime-exempt", "インフラの運用では、サポートが切れた古いOSにはセキュリティパッチが適用されないので、サポート期限を台帳で管理しています。"},
                new String[] {"JA", "dns", "ipv4-said-unused", "社内LANはIPv4のままですが、新しく引いた拠点間の回線はすべてIPv6で設計しました。"},
                new String[] {"JA", "dns", "docker-stop-said-deletes", "docker stopで止めたコンテナも、docker compose downを実行すると削除されます。"},
                new String[] {"JA", "dns", "kept-a-mistake-quiet", "夜間の障害では、お客様に気づかれる前に直すことより、まず状況を上司に報告することを優先します。"},
                new String[] {"JA", "dns", "centos-stream-said-downstream", "CentOS Streamから見ると、RHELはその下流にあたります。"},
                new String[] {"JA", "dns", "no-ping-said-surely-down", "pingにもSSHにもコンソールにも応答がなく、電源ランプも消えていたので、サーバーが止まっていると判断して手順どおり報告しました。"},
                new String[] {"JA", "dns", "napt-said-open-inbound", "NAPTでは、外から始まった通信は変換表に行がないので、社内のどのPCにも届きません。"},
                new String[] {"JA", "dns", "vlan-ports-swapped", "トランクポートは1つのVLANをネイティブVLANとして、タグなしで運びます。"},
                new String[] {"JA", "dns", "backup-kept-on-same-disk", "バックアップは本番と同じディスクに置かず、別拠点のストレージに保存しています。"},
                new String[] {"JA", "salary-start", "rigid-salary-demand", "未経験からの転職なので、年収が下がるのは覚悟しています。"},
                new String[] {"JA", "salary-start", "starts-without-notice", "内定をいただけたら明日にでも上司に退職を申し出て、1か月後に入社できます。"},
                new String[] {"EN", "dns", "ccna-said-two-exams", "After the CCNA, the CCNP Enterprise takes two exams: the ENCOR core exam and one concentration exam."},
                new String[] {"EN", "dns", "aws-cert-prerequisite-said", "If you fail the Cloud Practitioner, you can't sit it again for 14 days, so you really have to pass it the first time."},
                new String[] {"EN", "dns", "win10-end-said-2023", "Windows 8.1 reached end of support in 2023, so we moved the remaining PCs to Windows 10."},
                new String[] {"EN", "dns", "l2-switch-said-ip-dest", "No layer 2 switch looks at the destination IP address; routers and layer 3 switches do that."},
                new String[] {"EN", "dns", "says-fixed-before-fixed", "If I'm not sure yet whether it's fixed, I report it as still under investigation and give the time of the next update."},
                new String[] {"EN", "dns", "scale-up-said-more-servers", "For the database we scale up with more CPU and memory, and for the web tier we add more servers behind the load balancer."},
                new String[] {"EN", "dns", "takehome-said-gross", "An annual salary divided by 12 is the monthly figure, but take-home pay is lower once pension and health insurance come off."},
                new String[] {"EN", "dns", "quits-abruptly-said-by-message", "I will give a month's notice, finish the handover and stop going in only after my last day."},
                new String[] {"EN", "dns", "it-said-overtime-exempt", "Genuine managers are exempt from the overtime cap, though they still get the late-night premium, and IT firms are no exception."},
                new String[] {"EN", "dns", "napt-said-open-inbound", "When a reply comes back from the internet, the router looks up the translation table and just forwards it to the PC that started the connection."},
                new String[] {"EN", "dns", "dns-said-to-fetch-the-page", "The DNS server only returns the IP address; the browser then connects to the web server itself and fetches the page."},
                new String[] {"EN", "dns", "design-order-reversed", "In a proof of concept we sometimes build the servers first, but for production the detailed design is approved before anything is built."},
                new String[] {"EN", "dns", "dns-said-never-cached", "On a minimal RHEL install without systemd-resolved or nscd, glibc doesn't cache DNS answers, so every lookup goes to the resolver."},
                new String[] {"EN", "dns", "raid1-said-no-backup", "The RAID on the build nodes only holds scratch files that are regenerated on every run, so we don't need backups for it."},
                new String[] {"EN", "why-cloud", "all-on-the-provider", "The security of what we put in the cloud is entirely up to us."});
        Findings.leftAlone(cases);
    }
}
