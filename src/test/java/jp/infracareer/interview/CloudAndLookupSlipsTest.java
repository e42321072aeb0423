package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slips the fifty-seventh and fifty-eighth blind sets found unread (session 35), written here in other words and
 * told under other questions than the ones they were found in: an Availability Zone said to hold Regions, traffic
 * between AZs said to be free, logs said to live in /etc, SNMP used to log in, Zabbix called an AWS service, the
 * data's Region said to be out of the customer's hands, the integration test called the customer's acceptance test,
 * IAM said to be billed per user, a new IAM user said to be allowed everything, DNS answers said never to be cached,
 * a small "free" figure read as a memory shortage, NAT replies handed to every PC, requirements fixed after building.
 * Each wrong sentence is named; the right sentence on the same subject is not, nor an old belief told as corrected.
 */
class CloudAndLookupSlipsTest {
    private static Feedback judge(String lang, String question, String answer) {
        return Findings.judge(Lang.parse(lang).orElseThrow(), question, answer);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | why-cloud | az-said-to-contain-regions | AWSではアベイラビリティゾーンがいちばん大きな単位で、東京と大阪のリージョンをまとめたものです。
            en | why-cloud | az-said-to-contain-regions | An Availability Zone is a group of regions, for example Tokyo and Osaka together.
            ja | why-cloud | inter-az-traffic-said-free | 同じリージョンならAZ間のデータ転送は無料なので、冗長化しても通信費は増えません。
            en | why-cloud | inter-az-traffic-said-free | Traffic between AZs in one Region is free, so Multi-AZ only costs the extra servers.
            ja | night-alert | logs-said-in-etc | アラートの原因を探すため、まず/etcの下にあるログを確認します。
            en | night-alert | logs-said-in-etc | I would open the log files in /etc to see what the service wrote before it stopped.
            ja | night-alert | snmp-said-to-log-in | SNMPでサーバーにログインして、プロセスが動いているか確認します。
            en | night-alert | snmp-said-to-log-in | I'd log into the server with SNMP and check whether the process is still running.
            ja | current-learning | zabbix-said-aws | 今はAWSの監視サービスであるZabbixの使い方を勉強しています。
            en | current-learning | zabbix-said-aws | I'm learning Zabbix, the AWS monitoring service, on the free tier.
            ja | shared-responsibility | region-said-unchosen | クラウドでは、データがどの国に保存されるかを利用者は選べません。
            en | shared-responsibility | region-said-unchosen | With the cloud you can't choose which country your data is stored in.
            ja | work-stages | integration-test-said-acceptance | 結合テストは、お客様自身が本番と同じ環境で業務をしてみる受け入れテストのことです。
            en | work-stages | integration-test-said-acceptance | The integration test is the user acceptance test, where the customer tries the system.
            ja | shared-responsibility | iam-said-billed | IAMはユーザーごとに料金がかかるので、ユーザーは最小限にします。
            en | shared-responsibility | iam-said-billed | IAM is billed per user, so we keep the number of users small.
            ja | shared-responsibility | new-iam-user-said-all-allowed | IAMユーザーを作った直後は、最初は全部のサービスが使える状態です。
            en | shared-responsibility | new-iam-user-said-all-allowed | When you create an IAM user it has full access until you restrict it with a policy.
            ja | cannot-connect | dns-said-never-cached | DNSの答えはキャッシュされないので、名前を引くたびに同じ時間がかかります。
            en | cannot-connect | dns-said-never-cached | DNS answers are never cached, so every lookup takes the same time.
            ja | cannot-connect | root-asked-every-time | 名前解決では、毎回ルートサーバーから順に問い合わせます。
            en | cannot-connect | root-asked-every-time | The resolver goes to the root servers every time a page is opened.
            ja | linux-commands | free-column-said-shortage | freeの数字が小さいと、メモリ不足なのでメモリを増やします。
            en | linux-commands | free-column-said-shortage | If the free column is low, the server is running out of memory and needs more RAM.
            ja | nat-scenario | nat-reply-to-every-pc | 返ってきた通信は、ルーターが社内の全部のPCにいったん配り、各PCが自分宛てかを見ます。
            en | nat-scenario | nat-reply-to-every-pc | A reply that comes back is sent to every PC in the office, and the others ignore it.
            ja | nat-scenario | nat-takes-turns | グローバルIPは1つなので、同じ瞬間に外に出られるのは1台だけです。
            ja | work-stages | build-before-requirements | まず構築して、動くものができてから、お客様と要件定義をします。
            en | work-stages | build-before-requirements | We build first, and once it works we sit down with the customer for the requirements.
            ja | home-lab | raid0-said-redundant | 2台のディスクをRAID 0にしたので、片方が壊れてももう片方にデータが残ります。
            en | home-lab | raid0-said-redundant | I used RAID 0 so that if one disk breaks, the other one still has all the data.
            en | region-az | subnet-spans-azs | A single subnet covers every AZ in the Region, so two servers in it are already spread out.
            ja | cert-plan | linuc1-one-exam | LinuCレベル1は試験1回に合格すれば取れるので、来月受けます。
            ja | nat-scenario | 172-32-said-private | 172.16.0.0〜172.32.255.255がプライベートアドレスの範囲です。
            ja | home-lab | disable-security-to-fix | 原因を調べるのではなく、ファイアウォールを無効にして解決しました。
            en | career-plan | cert-said-lifelong | I'll take the CCNA first, because a Cisco certification never expires.
            ja | career-plan | cert-said-lifelong | CCNAは一度取れば一生有効なので、早めに取ります。
            ja | current-learning | one-exam-said-to-certify | LPICは101試験に合格すればレベル1の資格が取れるので、今は101だけ勉強しています。
            en | current-learning | one-exam-said-to-certify | Once I pass the 101 exam I will be LPIC-1 certified.
            ja | home-lab | ps-said-disk | ディスクがいっぱいになったときは、psコマンドで空き容量を確認しました。
            en | home-lab | ps-said-disk | When the disk filled up I used the ps command to check the free space.
            ja | why-cloud | s3-said-server | AWSならS3で仮想サーバーを数分で用意できるのが便利です。
            en | why-cloud | s3-said-server | With AWS you can launch a server on S3 in a few minutes.
            ja | career-plan | ccnp-said-aws | AWSのソリューションアーキテクトを取ったら、その上位資格であるCCNPを目指します。
            ja | region-az | az-said-rack | アベイラビリティゾーンは、データセンターの建物の中をラックごとに分けた区画です。
            en | region-az | az-said-rack | An availability zone is a section of one data center, a few racks with their own power.
            ja | salary-start | status-changed-after-starting | 内定が出たら先に働き始めて、ビザの変更はあとでゆっくり手続きします。
            en | salary-start | status-changed-after-starting | I can start next month and change my visa later, while working.
            ja | night-shift | silences-alerts | アラートがたくさん来てうるさいときは、しばらく通知をオフにして作業に集中します。
            en | night-shift | silences-alerts | If there are too many alerts, I would mute the notifications for a while.
            ja | pressure | rushes-without-checking | 時間がないときは、チェックリストを飛ばして作業を早く終わらせます。
            ja | current-learning | 755-said-owner-only | パーミッションの755は、所有者だけが使えてほかの人は何もできない設定だと覚えました。
            en | current-learning | 755-said-owner-only | I learned that 755 means only the owner can use the file and nobody else can do anything.
            ja | tech-news | dns-said-mac | DNSはドメイン名からMACアドレスを調べる仕組みなので、障害の影響が大きかったです。
            en | tech-news | dns-said-mac | DNS is what looks up the MAC address for a domain name, so the outage hit everything.
            ja | strengths-weaknesses | 36-agreement-no-limit | 36協定を結んでいれば残業の上限はないので、繁忙期も頑張れます。
            en | strengths-weaknesses | 36-agreement-no-limit | Once a 36 agreement is signed there is no limit on overtime, so I can push hard.
            ja | nat-scenario | 172-32-said-private | 社内では172.32.0.0のようなプライベートアドレスを使います。
            en | nat-scenario | 172-32-said-private | Inside, the PCs use private ranges like 192.168.1.x or 172.32.0.x.
            ja | nat-vs-dhcp | nat-said-layer2 | NATはデータリンク層の機能なので、スイッチが変換しています。
            en | nat-vs-dhcp | nat-said-layer2 | NAT works at layer 2, so the switch does the translation.
            ja | pressure | raid-instead-of-backup | サーバーはRAID 1なので、バックアップは不要だと判断しました。
            en | pressure | raid-instead-of-backup | A backup was not necessary because the server used RAID 1, so the data was safe on two disks.
            en | slow-web-server | 5xx-said-client-side | The logs showed many 500 errors, so the clients are sending bad requests.
            en | client-site | ses-client-directs | At an SES placement the client's manager will give me my daily tasks directly.
            en | why-cloud | all-on-the-provider | In the cloud AWS takes care of all of the security for us.
            ja | ops-vs-maintenance | ops-said-building | 運用とは、新しいサーバーを設計して構築する作業のことです。
            en | ops-vs-maintenance | ops-said-building | Operations means designing and building the new servers for a project.
            ja | ops-vs-maintenance | preventive-said-after-failure | 予防保守では、部品が壊れてから交換するので無駄がありません。
            en | ops-vs-maintenance | preventive-said-after-failure | With preventive maintenance you wait until a disk actually fails and then swap it.
            ja | shared-responsibility | saas-said-nothing-left | SaaSならアカウントの管理もベンダーがやるので、こちらで管理することはありません。
            en | shared-responsibility | saas-said-nothing-left | With SaaS the vendor handles everything, including who has an account.
            ja | cannot-connect | loopback-said-proves-link | 127.0.0.1にpingが通れば、ケーブルやLANは問題ないと判断します。
            ja | career-plan | kubernetes-said-hypervisor | Kubernetesはesxiのようなハイパーバイザーなので、仮想マシンの管理を学びたいです。
            en | career-plan | kubernetes-said-hypervisor | Kubernetes is a hypervisor like ESXi, so I want to learn it.
            ja | current-learning | centos7-said-supported | CentOS 7はまだサポートが続いているので、練習用に入れました。
            en | current-learning | centos7-said-supported | CentOS 7 is still supported, so I installed it for practice.
            ja | tcp-udp | udp-header-said-larger | UDPはヘッダーの情報が多いので、サイズはTCPより大きいです。
            en | tcp-udp | udp-header-said-larger | The UDP header is bigger than the TCP header because it carries more fields.
            ja | career-plan | ccna-said-linux | まずLinuxの資格であるCCNAを取りたいです。
            ja | router-vs-switch | switch-said-to-give-ip | PCをスイッチにつなぐと、スイッチがIPアドレスを配ってくれます。
            en | router-vs-switch | switch-said-to-give-ip | The switch is what hands out IP addresses to the PCs in the office.
            ja | previous-job | ping-said-port | 自宅のWebサーバーは、pingでポートが開いているかを確かめています。
            en | previous-job | ping-said-port | I use ping because ping tells you whether port 443 is open.
            en | dns | dns-said-to-relay-http | The browser then sends its HTTP request to the DNS server, which passes it to the web server.
            ja | dns | dns-said-to-relay-http | そのあとHTTPリクエストをDNSサーバーに送り、DNSサーバーが中継してページを返します。
            """)
    void aWrongClaimIsNamed(String lang, String question, String id, String sentence) {
        Feedback f = judge(lang, question, sentence);
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id)
                .anySatisfy(found -> assertThat(found).isIn(id, sameAs(id)));
    }

    /** The reading a phrasing may be told under instead (the question's own rule, found first). */
    private static String sameAs(String id) {
        return switch (id) {
            case "nat-takes-turns" -> "global-address-taken-in-turns";
            case "linuc1-one-exam" -> "lpic1-one-exam";
            case "cert-said-lifelong" -> "cert-never-expires";
            case "one-exam-said-to-certify" -> "lpic-101-alone";
            case "rushes-without-checking" -> "cuts-corners-under-pressure";
            case "dns-said-mac" -> "dns-resolves-mac";
            case "nat-said-layer2" -> "nat-uses-mac";
            case "raid-instead-of-backup" -> "raid-said-backup";
            default -> id;
        };
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | region-az | 東京リージョンの中に複数のアベイラビリティゾーンがあり、サーバーを2つのAZに分けて置きます。
            en | region-az | A Region contains several Availability Zones, so I put a server in two of them.
            ja | region-az | AZ間の通信には料金がかかるので、その分も見積もりに入れます。
            en | region-az | Traffic between AZs is not free, so I include it in the estimate.
            ja | night-alert | /var/log/messagesを確認し、ログの出力先の設定は/etcの下のrsyslog.confで確かめます。
            en | night-alert | I read /var/log/messages; where the logs go is set in a config file in /etc.
            ja | night-alert | SNMPで集めた値で異常に気づいたら、SSHでサーバーにログインして調べます。
            en | night-alert | SNMP tells me the interface is down, and then I log in with SSH to look.
            ja | current-learning | ZabbixをEC2に入れて、AWSのサービスも監視できるようにしました。
            en | current-learning | I installed Zabbix on an EC2 instance to monitor AWS resources, next to CloudWatch.
            ja | shared-responsibility | データを置くリージョンは利用者が選べるので、国内に置く決まりも守れます。
            ja | work-stages | 結合テストのあとで、お客様が受け入れテストを行います。
            en | work-stages | After the integration test, the customer runs the acceptance test.
            ja | shared-responsibility | IAMは無料ですが、使わないユーザーは乗っ取りを防ぐために消します。
            en | shared-responsibility | IAM itself is free; we still delete unused users for security.
            en | shared-responsibility | A new IAM user has no permissions until you attach a policy.
            ja | dns | キャッシュDNSサーバーに答えがなければ、ルートサーバーから順に問い合わせます。
            en | dns | If the resolver has nothing cached, it asks the root servers first, then the TLD server.
            ja | linux-commands | freeではavailableの列を見て、本当にメモリが足りないかを判断します。
            en | linux-commands | A low free column is normal because of the cache; I look at available instead.
            ja | linux-commands | 最初はfreeの数字が小さくてメモリが足りないと思い込んであわてましたが、キャッシュの分でした。
            en | dns | When I first studied DNS, I pictured my PC asking the root server every single time, but that's not how it works.
            ja | nat-scenario | 返ってきた通信は、ルーターが変換表を見て、元のPCにだけ届けます。
            en | nat-scenario | Every PC can use the internet at once, and each reply goes back to the PC that asked.
            ja | work-stages | 要件定義で必要なことを決めてから設計し、設計書に沿って構築します。
            en | work-stages | Requirements come first; we build only after the design is approved.
            ja | home-lab | SELinuxで止まったときは、setenforce 0で無効にするのではなく、必要なブール値をオンにしました。
            ja | shared-responsibility | 銀行の貸金庫に例えれば、金庫の建物は業者が守り、中身と鍵の管理は利用者の責任です。
            ja | career-plan | CCNAは3年ごとに更新が必要なので、更新も計画に入れています。
            ja | current-learning | LPICは101と102の両方に合格してレベル1になるので、今は101を勉強しています。
            ja | home-lab | psでプロセスを、df -hでディスクの空き容量を確認しました。
            ja | why-cloud | ファイルはS3に置き、サーバーはEC2で数分で用意できます。
            ja | region-az | AZは一つ以上のデータセンターからなり、電源やネットワークが独立しています。
            ja | salary-start | 在留資格の変更が許可されてから働き始めます。
            ja | night-shift | アラートが多すぎるときは、しきい値の見直しをチームに相談します。
            en | night-shift | When alerts are too noisy, I raise it with my lead so the thresholds get tuned.
            ja | pressure | 焦っているときほど、チェックリストを一つずつ確認します。
            ja | current-learning | 755は所有者が読み書き実行、ほかの人は読みと実行ができる設定です。
            en | tech-news | DNS finds the IP address, and ARP then finds the MAC address on the local network.
            ja | strengths-weaknesses | 36協定を結んでも、特別条項で年720時間という上限があります。
            en | nat-scenario | Inside, the PCs use private ranges like 192.168.1.x or 172.16.0.x.
            ja | nat-vs-dhcp | NATはネットワーク層の機能で、ルーターがアドレスを変換します。
            en | osi-model | The frame's MAC label is replaced at each hop. That outer label changes at every router, unless NAT rewrites the IP too.
            en | pressure | RAID 1 kept the server up when a disk failed, but we still need backups for deleted files.
            en | pressure | With RAID 1 there was no need to restore from backup when a disk died.
            ja | ops-vs-maintenance | 設計・構築が終わったシステムを毎日動かし続けるのが運用です。
            ja | ops-vs-maintenance | 予防保守は、故障する前に部品を交換したりパッチを当てたりすることです。
            en | shared-responsibility | Even with SaaS, the customer still manages accounts and permissions.
            ja | cannot-connect | 127.0.0.1へのpingはPCの中だけの確認なので、ケーブルの状態は分かりません。
            en | career-plan | Kubernetes runs containers across nodes, unlike a hypervisor such as ESXi.
            ja | current-learning | CentOS 7はサポートが終了したので、AlmaLinuxで練習しています。
            en | tcp-udp | The UDP header is only 8 bytes, smaller than TCP's.
            ja | router-vs-switch | IPアドレスを配るのはDHCPサーバーで、スイッチはMACアドレスで転送します。
            ja | previous-job | pingで疎通を確かめたあと、curlでポートが開いているかを確かめます。
            en | dns | After DNS answers, the browser connects to the web server's IP address directly.
            ja | pressure | RAID 1だったので、ディスクが壊れてもバックアップから復元する必要はありませんでした。
            en | work-stages | Integration testing is different from acceptance testing: we run it, and the customer runs the other.
            en | shared-responsibility | Microsoft 365 is billed per user, while IAM itself costs nothing.
            en | current-learning | With 755 only the owner can write; nobody else can change it.
            en | tech-news | DNS turns the name into an IP, then the frame goes to the router's MAC address.
            en | night-alert | Zabbix polls SNMP; when a trap comes I log in to check.
            en | why-cloud | We keep snapshots of our virtual machines in S3.
            en | region-az | The VPC covers every AZ, but a subnet sits in one.
            en | shared-responsibility | I reviewed all of the security groups before the audit.
            en | client-site | At the client site my company's leader gives me my daily tasks.
            en | current-learning | It's tempting to skip the checklist, but I follow it every time.
            en | region-az | Traffic between AZs costs about $0.01 per GB, while within one AZ it's free.
            en | region-az | Two servers in the same building can both burn, so I use different availability zones.
            en | salary-start | My visa expires next spring, so I'll update it later this year.
            en | career-plan | Too many alerts make people mute them, and outages get missed.
            en | overtime-oncall | A 36 agreement doesn't let them make you work as much as they like.
            en | linux-commands | By default root on Linux has full access, so I use sudo.
            en | career-plan | Unlike the CCNA, the FE exam never expires.
            en | night-alert | After adding a line to /etc/hosts I checked the log.
            en | night-alert | We replaced Zabbix with an AWS monitoring service.
            en | nat-scenario | The router does NAT; the switch forwards at layer 2.
            en | shared-responsibility | You can't choose the exact data center location, only the Region.
            en | tech-news | Asking the root servers every time would be slow, so resolvers cache.
            en | slow-web-server | The login page response isn't cached by the CDN.
            ja | region-az | 2台が同じAZに属していると、AZの障害で両方止まります。
            ja | home-lab | VPSはディスク容量が小さいので、ログの整理をしました。
            ja | night-alert | snmpwalkコマンドを実行して、インターフェースの状態を確認します。
            ja | night-alert | Zabbixの通知は、AWSのサービスのSNSで送信しています。
            ja | work-stages | 結合テストが終わったら、お客様が確認する受け入れテストに進みます。
            ja | linux-commands | rootは何でもできるので、作業用に新しいユーザーを作ります。
            ja | dns | 毎回ルートサーバーに聞くと遅いので、キャッシュします。
            ja | night-shift | たくさんのアラートを重要度ごとに区切って整理します。
            ja | overtime-oncall | 36協定でも、いくらでも残業させられることにはなりません。
            ja | salary-start | 変更許可が下りた後で働き始めました。
            ja | region-az | 同じ建物の中に置くと火災で両方止まるので、AZを分けます。
            ja | work-stages | 要件定義では、まずサーバーの台数や役割を整理します。
            ja | why-cloud | 仮想マシンのバックアップをS3に保存しています。
            ja | shared-responsibility | SaaSはユーザーごとに課金されますが、IAMは無料です。
            """)
    void theRightSentenceBesideItIsNotCorrected(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void sayingOneHasNeverTouchedItIsAPoorAnswer() {
        // the set's poor answer ("the thing that manages AWS permissions… I've never touched it") scored 20
        assertThat(judge("ja", "iam", "AWSの権限を管理するものだと思います。気をつけることは、ちゃんと設定することですかね。まだ使ったことがなくて。")
                .score()).isLessThanOrEqualTo(15);
        assertThat(judge("en", "iam", "It's the thing that manages permissions in AWS, I think. Be careful to set it properly. I haven't used it yet, sorry.")
                .score()).isLessThanOrEqualTo(15);
    }
}
