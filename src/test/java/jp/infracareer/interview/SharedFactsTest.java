package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims read against the tables of things that each do their own job (feedback.yml {@code facts}), two steps put
 * the wrong way round by one word, and ports and transports read from the numbers a clause states. Each wrong
 * sentence, written here in other words and other questions than the labelled sets', is named; the right sentence
 * beside it on the same subject is not.
 */
class SharedFactsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judge(String lang, String question, String answer) {
        Catalog c = KB.catalog(Lang.parse(lang).orElseThrow());
        return AnswerAnalyzer.analyze(c, c.question(question).orElseThrow(), answer);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | router-vs-switch | ieee-standard-mixed-up | Between the two switches we bundled two cables into one logical link with 802.1Q, so the line stays up when one cable breaks.
            ja | router-vs-switch | ieee-standard-mixed-up | スイッチ同士は、802.1Xで2本のケーブルを束ねて1本の論理リンクにしています。
            en | linux-commands | ssh-config-files-swapped | On my VPS I blocked root login with PermitRootLogin in /etc/ssh/ssh_config and restarted the service.
            ja | cannot-connect | ssh-config-files-swapped | サーバーの設定を見るため、/etc/ssh/ssh_configでパスワード認証が有効か確認します。
            en | home-lab | systemctl-enable-start-swapped | After installing nginx I ran systemctl enable nginx, which starts it immediately, and then I opened the page.
            ja | current-learning | systemctl-enable-start-swapped | systemctl startで登録しておけば、OS起動時にサービスが自動で立ち上がります。
            en | cannot-connect | syslog-severity-number | I filter the syslog for level 0, the debug messages, only when I need every detail.
            ja | slow-web-server | syslog-severity-number | ログはsyslogのレベル7、つまり緊急のものから先に見ます。
            en | slow-web-server | http-status-meaning | The access log was full of 403 responses, which means the pages were not found, so a link must be broken.
            ja | cannot-connect | http-status-meaning | ブラウザに404と出たら、アクセス権がない、つまり権限不足なのでパーミッションを確認します。
            en | tcp-udp | osi-layer-function | The presentation layer decides the route a packet takes between networks.
            ja | tcp-udp | osi-layer-function | セッション層では、データの暗号化や圧縮を行います。
            en | ops-vs-maintenance | work-stage-order | In a project we fix the detailed design first and then gather the requirements from the customer.
            ja | ops-vs-maintenance | work-stage-order | 基本設計の前に構築を済ませておくと、現場ではスムーズに進みます。
            en | dns | dhcp-message-order | When a laptop joins, it first gets an Offer and then sends the Discover to the server.
            en | dns | wrong-transport | DHCP hands the DNS server's address to clients, and it runs over TCP on ports 67 and 68.
            ja | cannot-connect | wrong-transport | アドレスが配られていないか見ます。DHCPはTCPの67番と68番を使うので、その通信を確認します。
            en | linux-commands | wrong-port | To copy logs I use SCP, which listens on port 21 just like FTP.
            ja | home-lab | wrong-port | SFTPはFTPと同じ21番ポートを使うので、ファイアウォールで21番を開けました。
            en | cannot-connect | dns-record-type | I checked the AAAA record, which holds the site's IPv4 address, and it was right.
            en | home-lab | raid-level | My NAS runs RAID 0, which mirrors every file on the second disk.
            ja | home-lab | raid-level | 自宅のNASはRAID1にしていて、パリティで1台の故障に耐えます。
            en | current-learning | cloud-service-model-example | This month I am learning SaaS by renting a small server on EC2 and setting it up myself.
            ja | shared-responsibility | cloud-service-model-example | PaaSの例としては、Microsoft 365やGmailがあります。
            en | tcp-udp | address-length | An IPv4 address is 128 bits long, written as four numbers.
            ja | tcp-udp | address-length | IPv6のアドレスは32ビットの長さで、16進数で書きます。
            en | ip-subnet | reserved-address | In 10.0.5.0/24, the last address, 10.0.5.255, is the network address and the first one, 10.0.5.0, is the broadcast address.
            ja | why-start-monitoring | ransomware-said-ddos | ランサムウェアは大量の通信を送りつけてサイトを止める攻撃なので、監視で早く気づけます。
            en | tech-news | multi-az-said-cross-region | I read that turning on Multi-AZ for RDS automatically copies the database to another Region.
            ja | home-lab | subnet-spans-azs | 検証用のVPCでは、1つのサブネットを2つのAZにまたがるように作りました。
            en | current-learning | raid0-said-redundant | This week I learned RAID 0, which keeps the data safe if one disk fails.
            ja | current-learning | logs-under-etc | ログは/etc/log/messagesを見るように練習しています。
            en | home-lab | esxi-on-windows | I installed ESXi on top of Windows 10 on my old laptop to try virtual machines.
            ja | why-start-monitoring | sla-999-monthly | 稼働率99.9%なら月に数分しか止められないので、監視の責任は重いです。
            en | tech-news | vmware-went-perpetual | After Broadcom bought VMware, licensing switched to perpetual licences, so customers pay once.
            ja | current-learning | enable-said-starts-now | systemctl enable nginxを打つと、その時点でnginxが起動していて、再起動後も立ち上がります。
            en | home-lab | rm-said-to-trash | I deleted the config with rm, but that was fine because I could restore it from the trash.
            ja | slow-web-server | 5xx-blamed-on-the-user | 502が出ていたら、それはお客様側のブラウザの問題なので、キャッシュを消してもらいます。
            en | why-start-monitoring | df-said-per-directory | In monitoring you learn commands like df, which shows how much each directory uses.
            ja | cannot-connect | dhcp-said-without-dns | DHCPではDNSサーバーは配れないので、DNSだけは各端末で手動で入れています。
            en | home-lab | dns-said-udp-only | My Pi-hole answers DNS, which only uses UDP, so I opened nothing for TCP.
            ja | tech-news | client-asks-root-itself | 名前解決では、自分のPCが直接ルートサーバーに聞きに行くと知って驚きました。
            en | home-lab | multi-az-said-to-survive-a-region | With my app spread over two AZs, it keeps running even if the whole region goes down.
            ja | current-learning | az-said-edge-location | AWSの勉強で、AZはCloudFrontのエッジロケーションのことだと覚えました。
            en | home-lab | dhcp-said-without-dns | My router's DHCP hands out addresses, but it cannot give out DNS servers, so every PC has them typed in.
            ja | home-lab | dhcp-said-without-dns | 家のルーターのDHCPはアドレスを配りますが、DNSサーバーの情報は配れないので各PCで設定しました。
            """)
    void aWrongClaimIsNamed(String lang, String question, String id, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).extracting(Feedback.Finding::id).contains(id);
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | router-vs-switch | Between the two switches we bundled two cables into one logical link with LACP (802.3ad), and the trunk carries VLAN tags by 802.1Q.
            ja | router-vs-switch | スイッチ同士は、802.3adのLACPで2本のケーブルを束ねて1本の論理リンクにしています。
            en | router-vs-switch | The uplink carries 802.1Q tags. It is used for the office, guest Wi-Fi and the phones.
            en | linux-commands | On my VPS I turned off root login by setting PermitRootLogin no in /etc/ssh/sshd_config and restarted sshd.
            ja | cannot-connect | /etc/ssh/ssh_configは接続する側、つまりクライアントの設定なので、サーバー側はsshd_configを見ます。
            en | home-lab | After installing nginx I ran systemctl enable --now nginx, which starts it immediately and at every boot.
            ja | current-learning | systemctl enableで登録しておけば、OS起動時にサービスが自動で立ち上がります。
            en | cannot-connect | I filter the syslog for level 7, the debug messages, only when I need every detail.
            ja | slow-web-server | ログはsyslogのレベル0、つまり緊急のものから先に見ます。
            en | slow-web-server | The access log was full of 404 responses, which means the pages were not found, so a link must be broken.
            en | slow-web-server | The web server's log showed a flood of 500 errors or timeouts, so I looked at the application next.
            ja | cannot-connect | ブラウザに403と出たら、アクセス権がない、つまり権限不足なのでパーミッションを確認します。
            en | tcp-udp | The network layer decides the route a packet takes between networks.
            ja | tcp-udp | プレゼンテーション層では、データの暗号化や圧縮を行います。
            en | ops-vs-maintenance | In a project we gather the requirements from the customer first and then fix the detailed design.
            ja | ops-vs-maintenance | 構築の前に基本設計を済ませておくと、現場ではスムーズに進みます。
            en | cannot-connect | You should never build before the design is agreed.
            en | why-start-monitoring | I want to build a strong base in operations, and then step up to construction and design work.
            en | dns | When a laptop joins, it first sends a Discover and then gets an Offer from the server.
            en | dns | DNS answers normally go over UDP port 53, and zone transfers over TCP port 53.
            en | cannot-connect | SSH runs over TCP, and DHCP hands out the addresses on ports 67 and 68.
            en | linux-commands | To copy logs I use SCP, which runs over SSH on port 22, unlike FTP on port 21.
            en | cannot-connect | I checked the A record, which holds the site's IPv4 address, and it was right.
            ja | dns | 別名はCNAME、メールの宛先はMXで指定します。
            en | home-lab | My NAS runs RAID 1, which mirrors every file on the second disk.
            ja | home-lab | 自宅のNASはRAID5にしていて、パリティで1台の故障に耐えます。
            en | current-learning | This month I am learning IaaS by renting a small server on EC2 and setting it up myself.
            ja | shared-responsibility | SaaSの例としては、Microsoft 365やGmailがあります。
            en | tcp-udp | An IPv4 address is 32 bits long, written as four numbers.
            ja | tcp-udp | IPv6のアドレスは128ビットの長さで、16進数で書きます。
            en | ip-subnet | In 10.0.5.0/24, the first address, 10.0.5.0, is the network address and the last one, 10.0.5.255, is the broadcast address.
            ja | why-start-monitoring | ランサムウェアはデータを暗号化して身代金を求める攻撃で、大量の通信でサイトを止めるDDoSとは別物です。
            en | tech-news | Multi-AZ keeps a standby in the same Region, so for a Region-wide outage we also copy snapshots to another Region.
            ja | home-lab | 検証用のVPCでは、AZごとにサブネットを1つずつ作り、サーバーを2つのAZにまたがって置きました。
            en | current-learning | RAID 0 stripes data for speed and has no redundancy, so I use RAID 1 to survive a disk failure.
            en | home-lab | RAID 0 can't survive a disk failure: it only makes the two disks faster together.
            ja | current-learning | ログは/var/log/messagesを見るように練習しています。
            en | home-lab | ESXi is installed directly on the server hardware, unlike VirtualBox, which runs on top of Windows.
            ja | why-start-monitoring | 稼働率99.9%なら、止まってよいのは月に約43分です。
            en | tech-news | After Broadcom bought VMware, perpetual licences ended and everything moved to subscriptions.
            ja | current-learning | systemctl enable --now nginxを打つと、その時点で起動し、再起動後も立ち上がります。
            en | home-lab | rm does not use a trash folder, so I could only restore the config from my backup.
            en | why-start-monitoring | In monitoring you learn commands like df for each filesystem's free space and du for each directory.
            ja | cannot-connect | DHCPはIPアドレスだけでなく、DNSサーバーのアドレスも配ります。
            en | home-lab | My Pi-hole answers DNS mostly over UDP, and over TCP for large answers.
            ja | tech-news | 名前解決では、PCはキャッシュDNSサーバーに聞き、そのサーバーがルートサーバーから順に聞きに行きます。
            en | home-lab | Two AZs keep it running when one AZ fails, but a whole-region outage needs a copy in another region.
            ja | current-learning | AZはリージョン内のデータセンター群で、CloudFrontのエッジロケーションとは別物です。
            en | tech-news | Lately I've been reading about ransomware and DDoS attacks on Japanese companies.
            en | region-az | I'd put the EC2 instances in two availability zones and serve static files through CloudFront.
            en | linux-commands | I set up rotation in /etc/logrotate.conf so /var/log doesn't fill up.
            en | home-lab | I installed ESXi on an old PC at home and manage it from the browser on a Windows laptop.
            en | cannot-connect | There's no tracert on Linux; there you use traceroute.
            en | home-lab | Without a DHCP server, the DNS servers must be set by hand on each PC, as well as the address.
            ja | home-lab | DHCPがないと、DNSサーバーは配れないので各PCで手で設定することになります。
            en | tcp-udp | Syslog and SNMP traps are UDP only, while DNS also uses TCP for large answers.
            en | home-lab | RAID 0 offers zero redundancy; it's only for speed.
            ja | home-lab | RAID 0は冗長化されていないので、1台壊れると全データを失います。
            en | region-az | With Multi-AZ a single AZ failure is no problem, but a whole region outage needs a copy in Osaka.
            ja | region-az | マルチAZは1つのAZの障害に備えるもので、リージョン全体の災害に必要なのは別リージョンへのバックアップです。
            en | region-az | I put the web servers in public subnets across two AZs behind a load balancer.
            ja | region-az | 複数のAZにまたがるように、サブネットを2つ作りました。
            en | slow-web-server | A 503 means the server is overloaded; the customer's browser just shows the error page.
            ja | slow-web-server | 502や504が出たら、ブラウザや回線を疑う前にサーバー側のログを見ます。
            ja | current-learning | Terraformでコード化しておけば、設定を間違えても元に戻せます。
            ja | cannot-connect | PCが直接インターネットに出られないので、デフォルトルートを確認します。
            en | region-az | Multi-AZ means a standby in another AZ; for a Tokyo disaster we also replicate to the Osaka region.
            """)
    void theRightClaimBesideItIsNot(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }
}
