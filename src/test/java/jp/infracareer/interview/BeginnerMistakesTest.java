package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Mistakes real beginners make about the technical and understanding questions, written from knowing the
 * subject rather than from labelled answers: each is caught however it is worded, in both languages, and a
 * right answer using the same words (negated, contrasted, or said of the right thing) is left alone.
 */
class BeginnerMistakesTest {
    private static void caught(String question, String id, String ja, String en) {
        assertThat(findings(Lang.JA, question, ja)).as(question + " ja: " + ja).containsAnyElementsOf(sameSlip(Lang.JA, question, id));
        assertThat(findings(Lang.EN, question, en)).as(question + " en: " + en).containsAnyElementsOf(sameSlip(Lang.EN, question, id));
    }

    private static final jp.infracareer.content.KnowledgeBase RULES = jp.infracareer.content.KnowledgeBase.load();

    /** The rule's id, and the one it is another reading of (rubrics.yml same_as), which is told in its place. */
    private static java.util.List<String> sameSlip(Lang lang, String question, String id) {
        return RULES.catalog(lang).rubric(question).stream()
                .flatMap(r -> r.misconceptions().stream()).filter(m -> m.id().equals(id) && !m.sameAs().isEmpty())
                .map(m -> java.util.List.of(id, m.sameAs())).findFirst().orElse(java.util.List.of(id));
    }

    private static void leftAlone(String question, String ja, String en) {
        assertThat(findings(Lang.JA, question, ja)).as(question + " ja: " + ja).isEmpty();
        assertThat(findings(Lang.EN, question, en)).as(question + " en: " + en).isEmpty();
    }

    @Test
    void networkingMistakesAreCaught() {
        caught("osi-model", "osi-made-by-vendor", "OSI参照モデルはシスコが作った7つの層のモデルです。",
                "The OSI model was created by Cisco and has seven layers.");
        caught("osi-model", "osi-is-in-use", "OSI参照モデルは通信プロトコルです。インターネットの通信はこれで動いています。",
                "The OSI model is a protocol, and the internet runs on it.");
        caught("osi-model", "wrong-layer-count", "OSI参照モデルは通信を8つの層に分けたものです。",
                "The OSI model splits communication into eight layers.");
        caught("tcp-udp", "tcp-encrypts", "TCPはデータを暗号化して送るので安全です。UDPは速さ重視です。",
                "TCP encrypts the data, so it is safe; UDP is about speed.");
        caught("tcp-udp", "udp-no-ports", "UDPはポート番号を使わないので、そのぶん軽いです。",
                "UDP has no port numbers, which is why it is lighter.");
        caught("tcp-udp", "mail-ssh-over-udp", "大きなファイルは速く送れるようにUDPで送ります。",
                "Large files are sent over UDP because it is faster.");
        caught("dns", "dns-direction-reversed", "DNSはIPアドレスをドメイン名に変換する仕組みです。",
                "DNS turns the IP address into a domain name that people can read.");
        caught("dns", "dns-down-even-by-ip", "DNSが止まると、IPアドレスを直接入力してもつながらなくなります。",
                "If DNS goes down, you cannot reach a site even by typing the IP address.");
        caught("dns", "web-server-resolves-names", "ブラウザーが問い合わせると、Webサーバーが名前解決をしてIPアドレスを返します。",
                "The browser asks, and the web server resolves the domain and replies.");
        caught("ip-subnet", "ipv4-bit-length", "IPv4アドレスは128ビットの番号です。",
                "An IPv4 address is 128 bits long.");
        caught("ip-subnet", "mask-sets-speed", "サブネットマスクを変えると通信速度が変わります。",
                "Changing the subnet mask makes the connection faster.");
        caught("nat-scenario", "nat-encrypts", "ルーターのNATが通信を暗号化して外に出すので安全です。",
                "The router's NAT encrypts the traffic before it goes out.");
        caught("nat-vs-dhcp", "nat-resolves-names", "NATはドメイン名をIPアドレスに変える仕組みです。",
                "NAT turns domain names into IP addresses.");
        caught("router-vs-switch", "switch-assigns-ip", "スイッチはつながったPCにIPアドレスを割り当てます。",
                "The switch assigns an IP address to each PC plugged into it.");
        caught("router-vs-switch", "router-is-modem", "ルーターは光回線の光信号を変換する機器です。",
                "A router is the modem that converts the signal from the phone line.");
        caught("vlan", "vlan-adds-bandwidth", "VLANを使うと帯域が増えて通信が速くなります。",
                "A VLAN increases bandwidth, so the network gets faster.");
        caught("vlan", "vlan-is-wireless", "VLANは無線LANのことです。",
                "A VLAN is a wireless LAN.");
        caught("cannot-connect", "apipa-means-dns", "169.254で始まるアドレスなら、DNSが原因です。",
                "If the address starts with 169.254, DNS is the problem.");
        caught("cannot-connect", "copies-ip-address", "隣のPCと同じIPアドレスを手で設定してつなげます。",
                "I would set the same IP address as the neighbour's PC by hand.");
        caught("cannot-connect", "reinstalls-first", "まずPCを初期化して、設定をやり直してもらいます。",
                "I would reinstall Windows on the PC first.");
    }

    @Test
    void rightNetworkingAnswersWithTheSameWordsAreLeftAlone() {
        leftAlone("osi-model", "OSI参照モデルは国際標準化機構（ISO）が定めたもので、シスコのCCNAでも学びます。",
                "The OSI model was defined by ISO; I studied it for Cisco's CCNA.");
        leftAlone("osi-model", "OSI参照モデルは7つの層のモデルで、実際の通信はTCP/IPのプロトコルで行われます。",
                "The OSI model is a reference model, while the internet runs on TCP/IP protocols.");
        leftAlone("tcp-udp", "TCPは暗号化はしません。暗号化はTLSが担当します。",
                "TCP does not encrypt anything; TLS does that in HTTPS.");
        leftAlone("tcp-udp", "UDPもTCPと同じくポート番号を使い、DNSは53番です。",
                "UDP uses port numbers too, like DNS on port 53.");
        leftAlone("dns", "DNSはドメイン名からIPアドレスを調べます。逆引きではIPアドレスから名前を調べ、ドメイン名に変換することもできます。",
                "DNS turns a domain name into an IP address; reverse lookup turns the IP address into a name.");
        leftAlone("dns", "DNSが止まっても、IPアドレスを直接入力すればつながります。",
                "If DNS is down, you can still reach a site even by typing the IP address.");
        leftAlone("dns", "DNSで得たIPアドレスを使って、ブラウザーはWebサーバーに接続します。",
                "After DNS returns the IP address, the browser connects to the web server.");
        leftAlone("ip-subnet", "IPv4アドレスは32ビットで、IPv6アドレスは128ビットです。",
                "An IPv4 address is 32 bits, whereas an IPv6 address is 128 bits.");
        leftAlone("ip-subnet", "サブネットに分けるとブロードキャストが減り、通信が速くなります。",
                "Smaller subnets cut broadcast traffic, which can make the network faster.");
        leftAlone("nat-scenario", "NATは暗号化はせず、アドレスを書き換えるだけです。",
                "NAT does not encrypt anything; it only rewrites addresses.");
        leftAlone("nat-vs-dhcp", "ドメイン名をIPアドレスにするのはDNSで、NATはアドレスを変換します。",
                "DNS turns domain names into addresses, whereas NAT translates addresses.");
        leftAlone("router-vs-switch", "IPアドレスを割り当てるのはルーターに入ったDHCPサーバーで、スイッチはMACアドレスで転送します。",
                "The DHCP server in the router assigns IP addresses; the switch forwards by MAC address.");
        leftAlone("vlan", "VLANでブロードキャストが届く範囲を絞れるので、不要な通信が減ります。",
                "A VLAN limits broadcasts, so there is less unnecessary traffic.");
        leftAlone("vlan", "VLANは無線LANでも使えます。",
                "A VLAN can be used for the guest wireless network too.");
        leftAlone("cannot-connect", "169.254で始まるならDHCPから取れていないので、DNSより先にDHCPを疑います。",
                "An address starting with 169.254 means DHCP failed, so I would look at DHCP before DNS.");
        leftAlone("cannot-connect", "同じIPアドレスが設定されていないか、重複を確認します。",
                "I would check that no other PC has the same IP address, to rule out a conflict.");
    }

    @Test
    void linuxCloudAndCareerMistakesAreCaught() {
        caught("linux-commands", "pwd-is-password", "pwdはパスワードを変更するコマンドです。",
                "pwd changes the password of the current user.");
        caught("linux-commands", "ls-shows-file-contents", "lsはファイルの中身を表示するコマンドです。",
                "ls shows the contents of a file.");
        caught("linux-commands", "cat-edits", "catでファイルの中身を編集します。",
                "I use cat to edit config files.");
        caught("linux-commands", "ping-checks-service", "pingでnginxが動いているかを確認します。",
                "I use ping to check that nginx is running.");
        caught("slow-web-server", "scales-up-first", "まずメモリを増設して様子を見ます。",
                "I would add more memory straight away and see if it helps.");
        caught("slow-web-server", "deletes-logs", "ログを削除してディスクの空きを作れば速くなります。",
                "I would delete the logs to free up disk space.");
        caught("why-cloud", "no-engineers-needed", "クラウドになればインフラエンジニアは不要になります。",
                "With the cloud, infrastructure engineers are no longer needed.");
        caught("why-cloud", "cloud-cannot-leak", "クラウドなら情報が漏れないので安心です。",
                "In the cloud, data cannot leak, so it is completely secure.");
        caught("shared-responsibility", "provider-backs-up-data", "EC2のデータのバックアップはAWSが自動でやってくれます。",
                "AWS backs up our EC2 data automatically for us.");
        caught("iam", "iam-encrypts", "IAMはデータを暗号化するサービスです。",
                "IAM is the service that encrypts our data.");
        caught("iam", "mfa-unneeded", "パスワードが強ければMFAは不要です。",
                "If the password is strong, MFA is not needed.");
        caught("iam", "shares-or-embeds-keys", "チームで1つのIAMユーザーを共有して使います。",
                "The team shares one IAM user to keep things simple.");
        caught("home-lab", "chmod-777-fix", "権限エラーが出たので777にしたら解決しました。",
                "I got a permission error, so I set it to 777 and it worked.");
        caught("home-lab", "ssh-open-to-all", "SSHは0.0.0.0/0で開けて、どこからでも入れるようにしました。",
                "I opened SSH to 0.0.0.0/0 so I could log in from anywhere.");
        caught("cert-plan", "lpic1-single-exam", "LPIC-1は1回の試験で取れるので、6月に受けます。",
                "LPIC-1 is a single exam, so I will take it in June.");
        caught("cert-plan", "ccna-needs-experience", "CCNAは実務経験が必要なので、入社後に受けます。",
                "CCNA requires work experience, so I will take it after joining.");
        caught("current-learning", "cert-vendor-mixed", "今はLinuxの資格のCCNAを勉強しています。",
                "I am studying for the CCNA, which is a Linux certification.");
        caught("cert-plan", "linuc-is-international", "LinuCは世界共通の国際資格なので選びました。",
                "I chose LinuC because it is recognised around the world.");
        caught("tech-news", "crowdstrike-was-an-attack", "2024年7月のCrowdStrikeの件は、大規模なサイバー攻撃でした。",
                "The CrowdStrike outage was a huge cyberattack on Windows.");
        caught("work-stages", "stages-are-traffic-direction", "上流はインターネット側の通信、下流は社内への通信のことです。",
                "Upstream means the upload direction of traffic, downstream the download.");
        caught("why-start-monitoring", "nothing-to-learn", "監視は学べることはないですが、入り口なので仕方ありません。",
                "There is nothing to learn in monitoring, but it is the entry point.");
        caught("nat-scenario", "nat-uses-mac", "NATはPCのMACアドレスをルーターのものに書き換えて外に出します。",
                "NAT swaps each PC's MAC address for the router's on the way out.");
        caught("linux-commands", "kill-shuts-down", "killはサーバーを停止するコマンドです。",
                "kill shuts down the server when it hangs.");
        caught("linux-commands", "top-shows-disk", "topでディスクの空き容量を確認します。",
                "I run top to see how much disk space is left.");
        caught("linux-commands", "mkdir-makes-files", "mkdirで新しいファイルを作ります。",
                "mkdir creates a file with the name you give it.");
        caught("why-cloud", "cloud-no-backups", "クラウドならバックアップは不要です。",
                "In the cloud there is no need for backups.");
        caught("shared-responsibility", "saas-customer-has-nothing", "SaaSなら利用者は何もしなくてよく、すべて事業者の責任です。",
                "With SaaS the customer has no responsibility; the provider does everything.");
        caught("iam", "allow-beats-deny", "ポリシーが重なったときは、許可が拒否より優先されます。",
                "When policies overlap, Allow overrides Deny.");
        caught("iam", "keys-on-server", "EC2のサーバーにアクセスキーを保存して、プログラムから使います。",
                "I store the access keys on the EC2 server so the program can call S3.");
        caught("cert-plan", "prerequisite-cert", "基本情報はITパスポートを持っていないと受験できないので、先にITパスポートを取ります。",
                "The IT Passport is required before the Fundamental Information exam, so I take it first.");
        caught("repetitive-work", "works-from-memory", "慣れたら手順書を見ずに作業できるようになります。",
                "Once I know the work, I can do it from memory without reading the runbook.");
    }

    @Test
    void rightLinuxCloudAndCareerAnswersWithTheSameWordsAreLeftAlone() {
        leftAlone("linux-commands", "pwdは今いるディレクトリを表示します。パスワードの変更はpasswdです。",
                "pwd prints the working directory; passwd changes the password.");
        leftAlone("linux-commands", "lsでファイルの一覧を見て、catでファイルの中身を表示します。",
                "ls lists the files, and cat shows the contents of a file.");
        leftAlone("linux-commands", "pingでは疎通だけが分かり、nginxが動いているかはsystemctlで確かめます。",
                "ping only tells me the machine answers; whether nginx is running I check with systemctl.");
        leftAlone("slow-web-server", "原因がメモリ不足だと分かったら、上長に相談してメモリの増設を提案します。",
                "If the logs show memory is the cause, I would propose adding more memory to my lead.");
        leftAlone("slow-web-server", "ディスクがいっぱいでも、ログは手がかりなので消さずに上長へ報告します。",
                "Even if the disk is full, I would never delete logs; they are evidence, so I report it.");
        leftAlone("why-cloud", "クラウドでもインフラエンジニアが不要になるわけではなく、設計や監視は残ります。",
                "The cloud does not mean infrastructure engineers are no longer needed; design and monitoring remain.");
        leftAlone("shared-responsibility", "EC2のバックアップは利用者の責任で、AWSはスナップショットの機能を用意しています。",
                "On EC2 we must set up backups ourselves; AWS provides snapshots as a tool.");
        leftAlone("iam", "ルートユーザーには必ずMFAを設定します。",
                "I would always turn on MFA for the root user.");
        leftAlone("home-lab", "777にすると誰でも書き換えられるので避け、所有者を正しく設定しました。",
                "Setting 777 would have worked but is dangerous, so I fixed the owner instead.");
        leftAlone("home-lab", "SSHは自宅のIPだけに制限して開けました。",
                "I opened SSH only to my own IP address.");
        leftAlone("cert-plan", "LPIC-1は101と102の2つの試験に合格する必要があります。",
                "LPIC-1 needs two exams, 101 and 102.");
        leftAlone("cert-plan", "CCNAは1年程度の経験が推奨されていますが、なくても受験できます。",
                "For the CCNA a year of experience is recommended, but anyone can take it.");
        leftAlone("tech-news", "2024年7月のCrowdStrikeの障害は、攻撃ではなく更新の不具合でした。",
                "The CrowdStrike outage was not a cyberattack but a faulty update.");
        leftAlone("nat-vs-dhcp", "NATはIPアドレスとポート番号を書き換え、MACアドレスは関係ありません。",
                "NAT rewrites IP addresses and ports; MAC addresses are used by switches instead.");
        leftAlone("linux-commands", "dfでディスクの空きを、topでCPUとメモリを確認します。",
                "I check disk space with df and CPU with top.");
        leftAlone("why-cloud", "クラウドでもバックアップは必要です。",
                "Even in the cloud you still need backups.");
        leftAlone("iam", "明示的な拒否は許可より優先されます。",
                "An explicit Deny always wins over an Allow.");
        leftAlone("iam", "アクセスキーをサーバーに置く代わりに、EC2にロールを付けます。",
                "Instead of putting access keys on the server, I attach a role to the EC2 instance.");
        leftAlone("cert-plan", "CCNAに受験資格はなく、誰でも受けられます。",
                "There is no prerequisite for the CCNA; anyone can book it.");
        leftAlone("repetitive-work", "慣れていても、毎回手順書を見ながら作業します。",
                "Even when I know the steps, I never work from memory; I follow the runbook.");
    }

    // added from what the eighth labelled set showed (its answers were read after its blind run); own wording here
    @Test
    void judgementAtWorkAndWhenLeavingAJobIsRead() {
        caught("why-start-monitoring", "tools-fix-it-all", "監視はZabbixなどのツールが自動で原因を調べて復旧までしてくれるので、人は記録するだけです。",
                "Zabbix finds the cause and fixes it by itself, so the operator would just record what happened.");
        leftAlone("why-start-monitoring", "監視ツールが自動でするのは異常を検知して知らせるところまでで、判断と一次対応は人が行います。",
                "The monitoring tool only detects a problem and notifies us; a person decides what to do and follows the runbook.");
        caught("previous-job", "decides-without-approval", "上司の承認を待っていると間に合わないので、自分の判断でその場で決めて、後から報告していました。",
                "Rather than wait for approval, I decided on the spot and told my manager afterwards.");
        caught("overtime-oncall", "ignores-the-call", "当番の日でも休みは大事なので、電話は切っておくつもりです。",
                "Even on my on-call day I might not answer straight away; I would call back later in the evening.");
        caught("cannot-connect", "disables-security", "まずその方のパソコンのファイアウォールを一度オフにしてもらいます。",
                "First I would have them turn off the firewall on their PC to see if that helps.");
        caught("cannot-connect", "personal-workaround", "とりあえず私物のスマホのテザリングでつないでもらいます。",
                "For now I would let them tether to my own phone's hotspot.");
        caught("salary-start", "no-handover", "引き継ぎは後任を決める会社の仕事なので、特に準備はしていません。",
                "The handover is the company's job, so I haven't prepared anything for it.");
        leftAlone("salary-start", "在職中なので、後任の方への引き継ぎ期間として1か月をいただき、来月末から入社できます。",
                "I am still employed, so I would like a one-month handover period and could start at the end of next month.");
    }

    // rules written from the subject for osi-model, tcp-udp, dns, ip-subnet; sentences in our own words
    @Test
    void layerTransportNameAndSubnetMistakesAreCaught() {
        caught("osi-model", "tcpip-model-has-seven", "TCP/IPモデルもOSIと同じ7つの層でできています。",
                "The TCP/IP model also has seven layers, just like OSI.");
        caught("osi-model", "ip-at-transport", "IPはトランスポート層のプロトコルです。",
                "IP is a transport layer protocol.");
        caught("osi-model", "ping-uses-tcp", "pingはTCPを使って相手に届くか確かめます。",
                "ping uses TCP to check whether the other host answers.");
        caught("osi-model", "send-order-reversed", "データを送信するときは、物理層からアプリケーション層へ順に処理されます。",
                "When sending data, it is processed from layer 1 up to layer 7.");
        caught("tcp-udp", "tcp-broadcast", "TCPはブロードキャストで全員に一斉に送れます。",
                "TCP can broadcast a message to all devices at once.");
        caught("tcp-udp", "port-range", "ポート番号は0から1023まであります。",
                "Port numbers go from 0 to 1023.");
        caught("tcp-udp", "four-way-open", "TCPは4ウェイハンドシェイクで接続を確立します。",
                "TCP opens a connection with a four-way handshake.");
        caught("tcp-udp", "tcp-order-not-kept", "TCPでもパケットの順番は保証されません。",
                "With TCP, packets can arrive out of order and the application has to sort them.");
        caught("dns", "dns-cache-forever", "一度調べたDNSの結果はキャッシュに永久に残ります。",
                "Once a DNS answer is cached, it is kept forever.");
        caught("dns", "pc-asks-root-every-time", "PCはページを開くたびに毎回ルートサーバーに問い合わせます。",
                "The PC asks the root server directly every time it opens a page.");
        caught("dns", "cname-holds-ip", "CNAMEレコードにはWebサーバーのIPアドレスを書きます。",
                "A CNAME record holds the IP address of the web server.");
        caught("dns", "mx-for-web", "MXレコードはWebサイトのサーバーを示します。",
                "The MX record tells the browser where the website is.");
        caught("dns", "dns-tcp-only", "DNSの問い合わせはTCPだけを使います。",
                "DNS only uses TCP for its queries.");
        caught("ip-subnet", "private-ranges-called-global", "10.0.0.1のようなアドレスはグローバルIPアドレスです。",
                "An address like 10.0.0.1 is a public IP address.");
        caught("ip-subnet", "longer-prefix-more-hosts", "/25は/24より多くの機器をつなげます。",
                "A /25 has more hosts than a /24.");
        caught("ip-subnet", "network-broadcast-swapped", "192.168.1.0がブロードキャストアドレスで、全員に届きます。",
                "In this network 192.168.1.0 is the broadcast address.");
        caught("ip-subnet", "octet-over-255", "IPアドレスの4つの数字は、それぞれ0から256までです。",
                "Each number in an IP address can be anything from 0 to 256.");
    }

    @Test
    void rightLayerTransportNameAndSubnetAnswersAreLeftAlone() {
        leftAlone("osi-model", "OSI参照モデルは7つの層ですが、TCP/IPモデルは4つの層で整理します。",
                "The OSI model has seven layers, whereas the TCP/IP model has four layers.");
        leftAlone("osi-model", "IPはネットワーク層のプロトコルで、その上のトランスポート層でTCPが動きます。",
                "IP is a network layer protocol, and TCP runs above it at the transport layer.");
        leftAlone("osi-model", "pingはICMPを使うので、TCPのポートが開いているかは分かりません。",
                "ping uses ICMP rather than TCP, so it cannot tell whether a port is open.");
        leftAlone("osi-model", "データを送信するときは第7層から第1層へ下り、受信側では物理層からアプリケーション層へ上がっていきます。",
                "When sending, data goes down from layer 7 to layer 1, and the receiver reads it from the physical layer up to the application.");
        leftAlone("tcp-udp", "TCPは1対1の接続なので、ブロードキャストはUDPで行います。",
                "TCP is one-to-one, so broadcasts are sent over UDP instead.");
        leftAlone("tcp-udp", "ポート番号は0から65535まであり、0から1023はウェルノウンポートです。",
                "Port numbers run up to 65535, and 0 to 1023 are the well-known ports.");
        leftAlone("tcp-udp", "TCPの接続は3ウェイハンドシェイクで始まり、切断には4回のやり取りを使います。",
                "TCP opens with a three-way handshake, and closing takes four messages with FIN.");
        leftAlone("tcp-udp", "TCPはシーケンス番号で正しい順番に並べ直しますが、UDPは順番が入れ替わることがあります。",
                "TCP uses sequence numbers to restore the order, while UDP data can arrive out of order.");
        leftAlone("dns", "DNSの結果はTTLの間だけキャッシュされ、期限が切れると問い合わせ直します。",
                "A DNS answer is cached only until its TTL runs out, and then it is looked up again.");
        leftAlone("dns", "PCはまずキャッシュDNSサーバーに聞き、答えがない場合だけそのサーバーがルートサーバーからたどります。",
                "The PC asks its resolver, which asks the root servers only when the answer is not cached.");
        leftAlone("dns", "CNAMEはドメイン名の別名で、IPアドレスを持つのはAレコードです。",
                "A CNAME is an alias, while the A record holds the IP address.");
        leftAlone("dns", "MXレコードはメールサーバーを示し、Webサイトの場所はAレコードで調べます。",
                "The MX record names the mail server; the website is found through the A record.");
        leftAlone("dns", "DNSの問い合わせはふつうUDPで、応答が大きいときはTCPも使います。",
                "DNS queries normally use UDP, and TCP only for large answers.");
        leftAlone("ip-subnet", "10.0.0.0/8も192.168と同じくプライベートアドレスで、外に出るときはNATで変換します。",
                "10.0.0.0/8 is a private range like 192.168, so NAT translates it on the way out.");
        leftAlone("ip-subnet", "/25は/24より小さいネットワークで、使えるアドレスは126個です。",
                "A /25 is smaller than a /24 and has 126 usable addresses.");
        leftAlone("ip-subnet", "192.168.1.0がネットワークアドレス、192.168.1.255がブロードキャストアドレスです。",
                "192.168.1.0 is the network address and 192.168.1.255 is the broadcast address.");
        leftAlone("ip-subnet", "IPアドレスの4つの数字は、それぞれ0から255までです。",
                "Each number in an IP address goes from 0 to 255.");
    }

    // rules written from the subject for nat-scenario, nat-vs-dhcp, router-vs-switch, vlan; sentences in our own words
    @Test
    void natDhcpRouterAndVlanMistakesAreCaught() {
        caught("nat-scenario", "nat-replaces-firewall", "NATがあるので、ファイアウォールは不要です。",
                "With NAT in place we don't need a firewall.");
        caught("nat-scenario", "nat-rewrites-destination-outbound", "外に出るときに、ルーターが宛先アドレスをグローバルIPアドレスに書き換えます。",
                "On the way out, the router rewrites the destination address to the global IP address.");
        caught("nat-scenario", "isp-assigns-private", "200台のプライベートIPアドレスはプロバイダが割り当ててくれます。",
                "The ISP assigns a private IP address to each of the 200 PCs.");
        caught("nat-scenario", "switch-does-nat", "各PCの通信は、スイッチがNATでグローバルIPアドレスに変換します。",
                "The switch translates each PC's private address with NAT before it goes out.");
        caught("nat-vs-dhcp", "dhcp-address-permanent", "DHCPで一度もらったIPアドレスは、永久にその機器のものになります。",
                "Once DHCP gives a device an address, it keeps it forever.");
        caught("nat-vs-dhcp", "nat-needs-dhcp", "NATはDHCPがないと動きません。",
                "NAT only works with DHCP, because it needs the addresses DHCP gives.");
        caught("nat-vs-dhcp", "dhcp-authenticates", "DHCPはパスワードを確認して、知らない端末を弾きます。",
                "DHCP checks the password and blocks unknown devices.");
        caught("nat-vs-dhcp", "dhcp-at-boundary", "DHCPは社内とインターネットの間で働きます。",
                "DHCP works at the boundary between the office and the internet.");
        caught("router-vs-switch", "router-forwards-broadcasts", "ルーターはブロードキャストを他のネットワークにも転送します。",
                "A router forwards broadcasts to other networks.");
        caught("router-vs-switch", "switch-splits-broadcast-domains", "スイッチはポートごとにブロードキャストドメインを分けます。",
                "A switch splits broadcast domains port by port.");
        caught("router-vs-switch", "gateway-is-switch", "PCのデフォルトゲートウェイには、スイッチのアドレスを設定します。",
                "The default gateway is the switch that the PCs plug into.");
        caught("router-vs-switch", "mac-table-by-hand", "スイッチを使うには、MACアドレステーブルにPCを1台ずつ登録しておく必要があります。",
                "Each PC's MAC address has to be entered in the switch's MAC address table by hand.");
        caught("vlan", "vlan-id-range", "VLAN IDは1から256まで使えます。",
                "VLAN IDs go up to 256.");
        caught("vlan", "trunk-carries-one-vlan", "トランクポートは1つのVLANだけを運びます。",
                "A trunk port carries only one VLAN.");
        caught("vlan", "access-port-many-vlans", "アクセスポートは複数のVLANのフレームを運びます。",
                "An access port carries traffic for multiple VLANs.");
        caught("vlan", "vlan-is-layer-3", "VLANはレイヤー3の技術で、IPアドレスで分けます。",
                "A VLAN is a layer 3 technology that splits the network by IP address.");
        caught("vlan", "same-vlan-needs-router", "同じVLANの中でも、通信にはルーターが必要です。",
                "Even in the same VLAN, the PCs need a router to talk.");
        caught("vlan", "vlan-replaces-firewall", "VLANで分ければ完全に安全なので、ファイアウォールはいりません。",
                "Once the network is split into VLANs, it is completely secure.");
    }

    @Test
    void rightNatDhcpRouterAndVlanAnswersAreLeftAlone() {
        leftAlone("nat-scenario", "NATで外からの通信は入りにくくなりますが、ファイアウォールの代わりにはなりません。",
                "NAT blocks unsolicited traffic as a side effect, but we still need a firewall.");
        leftAlone("nat-scenario", "外に出るときは送信元アドレスを書き換え、返信が戻ってきたら宛先アドレスを元のPCに戻します。",
                "On the way out the router rewrites the source address, and on the way back it rewrites the destination.");
        leftAlone("nat-scenario", "プロバイダからもらうのはグローバルIPアドレスで、プライベートアドレスは社内で決めます。",
                "The ISP gives us the global address, and the private addresses are ours to choose.");
        leftAlone("nat-scenario", "スイッチは社内で転送するだけで、NATでアドレスを変換するのはルーターです。",
                "The switch only forwards inside the office; the router does the NAT.");
        leftAlone("nat-vs-dhcp", "DHCPはリース期間を決めてアドレスを貸し出し、期限が来たら延長します。",
                "DHCP lends an address for a lease time, and the device renews it.");
        leftAlone("nat-vs-dhcp", "NATは固定アドレスの機器でも使えるので、DHCPとは独立した仕組みです。",
                "NAT works even without DHCP, for example with static addresses.");
        leftAlone("nat-vs-dhcp", "DHCPは認証をしないので、端末の制限には802.1Xを使います。",
                "DHCP does no authentication, so we use 802.1X to control devices.");
        leftAlone("nat-vs-dhcp", "DHCPは社内で働き、インターネットとの境界で働くのはNATです。",
                "DHCP works inside the office, whereas NAT works at the boundary.");
        leftAlone("router-vs-switch", "ルーターはブロードキャストを通さないので、ブロードキャストドメインを区切ります。",
                "A router stops broadcasts, so it separates broadcast domains.");
        leftAlone("router-vs-switch", "VLANを使わない限り、スイッチはブロードキャストを全ポートに送ります。",
                "Without VLANs, a switch is one broadcast domain; a router splits broadcast domains.");
        leftAlone("router-vs-switch", "PCのデフォルトゲートウェイには、ルーターのアドレスを設定します。",
                "The default gateway is the router, not the switch.");
        leftAlone("router-vs-switch", "スイッチはフレームの送信元を見て、MACアドレステーブルを自動で学習します。",
                "The switch learns its MAC address table automatically from the frames it sees.");
        leftAlone("vlan", "VLAN IDは1から4094まで使えます。",
                "VLAN IDs run from 1 to 4094.");
        leftAlone("vlan", "トランクは複数のVLANを運び、アクセスポートは1つのVLANだけに属します。",
                "A trunk carries many VLANs, while an access port is in only one VLAN.");
        leftAlone("vlan", "複数のVLANを運ぶのはトランクで、アクセスポートは1つのVLANに属します。",
                "A trunk carries multiple VLANs; an access port belongs to one VLAN.");
        leftAlone("vlan", "VLANはレイヤー2の技術で、VLAN間の通信にはL3スイッチを使います。",
                "A VLAN is a layer 2 technology; a layer 3 switch routes between VLANs.");
        leftAlone("vlan", "同じVLANならスイッチで直接届き、VLAN間の通信にだけルーターが必要です。",
                "In the same VLAN the switch delivers directly; only between VLANs do we need a router.");
        leftAlone("vlan", "VLANで分けても、VLAN間の通信にはファイアウォールのルールが必要です。",
                "VLANs help, but they are not enough on their own; we still need firewall rules between them.");
    }

    // rules written from the subject for tcp-udp, ip-subnet, nat-scenario, nat-vs-dhcp, router-vs-switch; sentences in our own words
    @Test
    void portsGatewaysAndWhereNatRunsMistakesAreCaught() {
        caught("tcp-udp", "port-identifies-device", "ポート番号は、どのパソコンに届けるかを表す番号です。",
                "The port number identifies the computer the data is for.");
        caught("ip-subnet", "gateway-must-be-dot-one", "デフォルトゲートウェイは必ず.1にしなければなりません。",
                "The default gateway must always be the .1 address.");
        caught("ip-subnet", "subnets-talk-without-router", "別のサブネットの機器とも、ルーターなしで直接通信できます。",
                "Devices in different subnets can talk directly without a router.");
        caught("nat-scenario", "nat-on-each-pc", "各PCでNATを設定して、それぞれがグローバルIPアドレスに変換します。",
                "NAT is set on each PC, so every PC translates its own address.");
        caught("nat-vs-dhcp", "dhcp-only-on-router", "DHCPはルーターでしか動かせません。",
                "DHCP can only run on the router.");
        caught("router-vs-switch", "router-rewrites-ip", "ルーターは転送するたびに宛先IPアドレスを書き換えます。",
                "At every hop, the router rewrites the destination IP address.");
    }

    @Test
    void rightPortsGatewaysAndWhereNatRunsAnswersAreLeftAlone() {
        leftAlone("tcp-udp", "IPアドレスで機器を決め、ポート番号でその中のどのサービスに渡すかを決めます。",
                "The IP address picks the device, and the port number picks the service on it.");
        leftAlone("ip-subnet", "デフォルトゲートウェイは.1にすることが多いですが、決まりではありません。",
                "The gateway is usually .1, but that is only a convention.");
        leftAlone("ip-subnet", "別のサブネットへの通信はルーターを経由し、同じサブネット内は直接届きます。",
                "Traffic to a different subnet goes through a router, while the same subnet talks directly.");
        leftAlone("nat-scenario", "NATは各PCではなく、境界のルーターで1か所にまとめて行います。",
                "NAT runs once on the router, not on each PC.");
        leftAlone("nat-vs-dhcp", "DHCPは家庭ではルーターに入っていることが多いですが、サーバーでも動かせます。",
                "DHCP often runs on the router at home, but a server can also do it.");
        leftAlone("router-vs-switch", "ルーターはパケットを転送しても、送信元と宛先のIPアドレスは変えません。",
                "A router forwards a packet without changing its source or destination IP address.");
    }

    // rules written from the subject for osi-model, dns; sentences in our own words
    @Test
    void hubAndSingleDnsServerMistakesAreCaught() {
        caught("osi-model", "hub-above-layer-1", "ハブはデータリンク層で、MACアドレスを見て転送します。",
                "A hub works at layer 2 and reads MAC addresses.");
        caught("dns", "one-server-knows-all", "世界中のドメインは、1台の巨大なDNSサーバーがまとめて管理しています。",
                "One central server knows every domain on the internet.");
    }

    @Test
    void rightHubAndDnsHierarchyAnswersAreLeftAlone() {
        leftAlone("osi-model", "ハブは第1層の機器で、MACアドレスを見て転送するのは第2層のスイッチです。",
                "A hub is a layer 1 device, while a switch reads MAC addresses at layer 2.");
        leftAlone("dns", "1台のサーバーがすべてのドメインを知っているわけではなく、ルートから階層的に分散して管理されています。",
                "No single server knows every domain; the names are spread over a hierarchy starting at the root.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesLinuxCommands() {
        caught("linux-commands", "cd-moves-files", "cdでファイルを別のディレクトリに移動します。",
                "I use cd to move files into another directory.");
        leftAlone("linux-commands", "cdで作業するディレクトリを移り、ファイルの移動はmvで行います。",
                "cd takes me into a directory, and mv moves files.");
        caught("linux-commands", "mv-copies", "mvでファイルをコピーしてバックアップを作ります。",
                "I make a backup by using mv to copy the file.");
        leftAlone("linux-commands", "mvはファイルを移動し、コピーするときはcpを使います。",
                "mv moves a file, while cp makes a copy.");
        caught("linux-commands", "ipconfig-on-linux", "LinuxサーバーではipconfigでIPアドレスを確認します。",
                "On a Linux server I check the IP address with ipconfig.");
        leftAlone("linux-commands", "WindowsのipconfigにあたるLinuxのコマンドはip aです。",
                "On Linux I use ip a, which is like ipconfig on Windows.");
        caught("linux-commands", "755-lets-all-write", "chmod 755にすると、誰でも書き込めるようになります。",
                "chmod 755 means everyone can write to the file.");
        leftAlone("linux-commands", "755では書き込めるのは所有者だけで、ほかの人は読み取りと実行だけです。",
                "With 755 only the owner can write; the others can read and execute.");
        caught("linux-commands", "grep-finds-file-names", "grepでファイル名を検索して、設定ファイルの場所を調べます。",
                "I use grep to search for a file by name.");
        leftAlone("linux-commands", "grepはファイルの中身を検索し、ファイル名で探すときはfindを使います。",
                "grep searches inside files; to look for a file by name I use find.");
        caught("linux-commands", "777-as-a-fix", "Permission deniedが出たら、とりあえず777にすれば解決します。",
                "When I get a permission error, setting the file to 777 fixes it.");
        leftAlone("linux-commands", "777は誰でも書き込めて危険なので、所有者と必要な権限だけを見直します。",
                "I never use 777 for a permission error; I correct the owner instead.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesSlowWebServer() {
        caught("slow-web-server", "ping-says-server-fine", "pingが返ってくるので、サーバーに問題はないと判断します。",
                "Ping gets a reply, so the server is fine.");
        leftAlone("slow-web-server", "pingが返ってきても、サーバーに問題がないとは限らないので、ログと応答時間を確かめます。",
                "A ping reply only shows the machine answers; it does not prove the server is fine.");
        caught("slow-web-server", "spike-means-attack", "CPU使用率が急に高くなったら、攻撃だと判断してすぐに遮断します。",
                "If traffic jumps suddenly, it means we are under attack.");
        leftAlone("slow-web-server", "アクセスの急増は攻撃の可能性もありますが、キャンペーンなどの正当なアクセスかもしれないので、ログで確かめます。",
                "A sudden rise in traffic might be an attack, but it could also be a sale, so I check the access log.");
        caught("slow-web-server", "swap-is-healthy", "スワップが使われているのは、メモリに余裕がある証拠です。",
                "Heavy swap use means the server has plenty of memory.");
        leftAlone("slow-web-server", "スワップが増えているならメモリ不足なので、遅くなる原因として報告します。",
                "If the server is swapping a lot, it is short of memory, which makes it slow.");
        caught("slow-web-server", "5xx-blamed-on-the-user", "503エラーが出ているので、お客様側の問題だと思います。",
                "The page returns 503, so the problem is on the user's side.");
        leftAlone("slow-web-server", "500番台はサーバー側のエラーで、お客様側の誤りは400番台です。",
                "A 5xx status means a server-side error, while 4xx points to the client side.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesCannotConnect() {
        caught("cannot-connect", "no-ping-means-broken", "ゲートウェイにpingが通らなければ、ルーターが故障しています。",
                "If the ping to the router fails, the router is broken.");
        leftAlone("cannot-connect", "pingが返ってこなくても、相手が止まっているとは限らず、ファイアウォールで遮断されていることもあります。",
                "If ping gets no reply, the host might be down, or a firewall may simply block it.");
        caught("cannot-connect", "ip-works-but-not-dns", "IPアドレスを直接入力するとつながるので、ケーブルの問題だと考えます。",
                "If the site opens by its IP address, it is a cable problem.");
        leftAlone("cannot-connect", "IPアドレスを直接入力してつながるなら、ケーブルではなくDNSの名前解決を疑います。",
                "If typing the IP address works, DNS is the problem, not the cable.");
        caught("cannot-connect", "dhcp-assigns-mac", "DHCPサーバーからMACアドレスを取得できていないのが原因です。",
                "The DHCP server assigns a MAC address to each PC.");
        leftAlone("cannot-connect", "DHCPはMACアドレスで機器を見分けて、IPアドレスを割り当てます。",
                "DHCP recognises each PC by its MAC address and assigns it an IP address.");
        caught("cannot-connect", "ipconfig-tests-names", "ipconfigで名前解決できるかを確認します。",
                "I run ipconfig to test DNS name resolution.");
        leftAlone("cannot-connect", "ipconfigでアドレスを確かめ、名前解決できるかはnslookupで確認します。",
                "ipconfig shows the address; for name resolution I use nslookup.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesWhyCloud() {
        caught("why-cloud", "region-is-one-datacenter", "リージョンとは、AWSの1つのデータセンターのことです。",
                "A region is a single data center in one city.");
        leftAlone("why-cloud", "リージョンには複数のアベイラビリティゾーンがあり、それぞれが独立したデータセンターです。",
                "A region holds several availability zones, each made of one or more data centers.");
        caught("why-cloud", "cloud-has-no-hardware", "クラウドには物理的なサーバーはなく、ネット上の仮想の空間だけで動いています。",
                "The cloud has no physical servers; it is all virtual.");
        leftAlone("why-cloud", "クラウドも事業者のデータセンターにある物理的なサーバーで動いていて、自社で機器を持たないだけです。",
                "The cloud still runs on physical servers in the provider's data centers; we just don't own them.");
        caught("why-cloud", "cloud-high-upfront-cost", "クラウドは初期費用が高いので、小さな会社には向きません。",
                "The cloud needs a big initial investment before you can use it.");
        leftAlone("why-cloud", "クラウドはオンプレミスと比べて初期費用を抑えられます。",
                "Unlike on-premises servers, the cloud has no big upfront cost.");
        caught("why-cloud", "scales-with-no-setup", "クラウドなら何もしなくても、アクセスに合わせて台数が自動で増えます。",
                "In the cloud, servers scale out automatically without doing anything.");
        leftAlone("why-cloud", "負荷に合わせて台数を増減するには、オートスケーリングの条件を設定しておく必要があります。",
                "Servers scale out automatically only once you set up an auto scaling policy.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesSharedResponsibility() {
        caught("shared-responsibility", "managed-service-customer-patches-os", "RDSを使う場合も、OSのパッチは利用者が当てる必要があります。",
                "With RDS, the customer still has to apply the OS patches.");
        leftAlone("shared-responsibility", "RDSではOSのパッチはAWSが当てるので、利用者はデータと権限の管理に集中します。",
                "On RDS, AWS patches the operating system, so we look after the data and access.");
        caught("shared-responsibility", "public-bucket-is-providers-fault", "S3のバケットが公開されて情報が漏れたら、AWSの責任です。",
                "If an S3 bucket leaks data, that is AWS's responsibility.");
        leftAlone("shared-responsibility", "S3のバケットを公開するかどうかは利用者の責任で、AWSの責任ではありません。",
                "Whether an S3 bucket is public is the customer's responsibility, not AWS's.");
        caught("shared-responsibility", "iaas-middleware-by-provider", "EC2に入れたnginxの更新は、AWSが管理してくれます。",
                "On EC2, AWS updates nginx and the other middleware for us.");
        leftAlone("shared-responsibility", "EC2では、nginxなどのミドルウェアの更新も利用者が行います。",
                "On EC2, the customer updates nginx and other middleware.");
        caught("shared-responsibility", "hypervisor-is-customers", "EC2では、ハイパーバイザーの更新は利用者が行います。",
                "On EC2, the customer patches the hypervisor.");
        leftAlone("shared-responsibility", "ハイパーバイザーは事業者が管理し、利用者はゲストOSから上を管理します。",
                "The hypervisor is AWS's job, not the customer's.");
        caught("shared-responsibility", "model-is-a-cost-split", "責任共有モデルとは、クラウドの利用料を事業者と利用者で折半する仕組みです。",
                "The shared responsibility model means AWS and the customer split the cost.");
        leftAlone("shared-responsibility", "責任共有モデルは費用の分担ではなく、セキュリティの責任の分担です。",
                "The shared responsibility model is not about splitting the cost; it splits security duties.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesIam() {
        caught("iam", "allowed-unless-denied", "ポリシーでDenyがなければ、その操作は許可されます。",
                "Any action that is not denied in a policy is allowed.");
        leftAlone("iam", "どのポリシーでも許可されていない操作は、Denyがなくても拒否されます。",
                "An action is allowed only if a policy explicitly allows it and nothing denies it.");
        caught("iam", "new-user-can-do-everything", "新しく作ったユーザーは、最初はすべての操作ができます。",
                "A new IAM user can do everything in the account at first.");
        leftAlone("iam", "新しく作ったユーザーは、ポリシーを付けるまで何もできません。",
                "A new IAM user can do nothing until a policy is attached.");
        caught("iam", "role-credentials-never-expire", "ロールの認証情報には期限がないので、一度設定すればずっと使えます。",
                "A role gives the program permanent keys that never expire.");
        leftAlone("iam", "ロールの認証情報は一時的なもので、期限が来ると自動で替わります。",
                "A role hands out temporary credentials that expire and are renewed automatically.");
        caught("iam", "mfa-is-two-passwords", "MFAとは、ログインのときにパスワードを2回入力する仕組みです。",
                "MFA means you type two passwords when you sign in.");
        leftAlone("iam", "MFAはパスワードに加えて、スマートフォンのアプリのコードでも本人を確かめます。",
                "MFA adds a code from a phone app on top of the password.");
        caught("iam", "iam-costs-money", "IAMはユーザーごとに料金がかかるので、少ない人数で共有します。",
                "IAM is a paid service, so each extra user costs money.");
        leftAlone("iam", "IAMはユーザーやロールを作っても追加の料金はかかりません。",
                "IAM itself is free, so there is no reason to share one user.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesOpsVsMaintenance() {
        caught("ops-vs-maintenance", "maintenance-builds-new-systems", "保守は、お客様の新しいシステムを一から作る仕事です。",
                "Maintenance means building new systems for the customer.");
        leftAlone("ops-vs-maintenance", "新しいシステムを作るのは構築の仕事で、保守は動いているシステムを直したり更新したりします。",
                "Building new systems is construction work, whereas maintenance keeps running systems healthy.");
        caught("ops-vs-maintenance", "maintenance-only-when-broken", "保守の仕事は、機器が故障したときだけ対応することです。",
                "Maintenance work is done only when something breaks.");
        leftAlone("ops-vs-maintenance", "保守は故障したときだけでなく、パッチ適用のように予防のための作業も行います。",
                "Maintenance is not only repairs when something breaks; it also includes preventive patching.");
        caught("ops-vs-maintenance", "monitoring-called-maintenance", "監視は保守の仕事に含まれます。",
                "Monitoring is part of maintenance, because it keeps the system healthy.");
        leftAlone("ops-vs-maintenance", "監視は保守ではなく運用の仕事です。",
                "Monitoring is operations work, not maintenance.");
        caught("ops-vs-maintenance", "patching-called-operations", "パッチ適用は運用の定常作業の一つです。",
                "Patching is part of operations, since it happens every month.");
        leftAlone("ops-vs-maintenance", "パッチ適用は運用ではなく保守の作業です。",
                "Patching is maintenance work, not operations.");
        caught("ops-vs-maintenance", "operations-needs-no-skill", "運用は手順書どおりに進めるだけなので、誰でもできる仕事です。",
                "Operations is just following the runbook, so anyone can do it.");
        leftAlone("ops-vs-maintenance", "運用は誰でもできる仕事ではなく、異常に気づく知識が必要です。",
                "Operations is not a job anyone can do without knowledge; spotting problems takes skill.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void subjectMistakesCertPlan() {
        caught("cert-plan", "cert-never-expires", "CCNAは一度取れば一生有効なので、早めに取っておきたいです。",
                "The CCNA never expires, so I only need to pass it once.");
        leftAlone("cert-plan", "CCNAの有効期間は3年なので、更新も計画に入れています。",
                "The CCNA is valid for three years, so I plan to recertify.");
        caught("cert-plan", "national-exam-called-vendor", "基本情報は民間資格ですが、知名度が高いので受けます。",
                "The Fundamental Information exam is a vendor certification, like the CCNA.");
        leftAlone("cert-plan", "基本情報はIPAの国家試験で、CCNAのようなベンダー資格とは違います。",
                "The Fundamental Information exam is a national exam, unlike vendor certifications such as the CCNA.");
        caught("cert-plan", "lpic-and-linuc-the-same", "LinuCはLPICの名前が変わっただけの資格です。",
                "LinuC is just LPIC with a new name.");
        leftAlone("cert-plan", "LPICとLinuCは別の資格で、LinuCは日本向けの資格です。",
                "LPIC and LinuC are separate certifications; LinuC is run in Japan.");
        caught("cert-plan", "ccna-two-exams", "CCNAはICND1とICND2の2つに合格する必要があるので、まずICND1を受けます。",
                "The CCNA has two exams, ICND1 and ICND2.");
        leftAlone("cert-plan", "CCNAは1つの試験に合格すれば取得できます。",
                "The CCNA is now a single exam.");
        caught("cert-plan", "fe-only-twice-a-year", "基本情報は年2回しか受けられないので、10月の試験を目指します。",
                "The Fundamental Information exam is only held twice a year, in April and October.");
        leftAlone("cert-plan", "基本情報は今はCBTで通年受けられるので、来月受験します。",
                "The Fundamental Information exam can now be taken any time as a computer-based test.");
        caught("cert-plan", "practitioner-is-advanced", "クラウドプラクティショナーはAWSの上級資格なので、合格すれば即戦力です。",
                "The Cloud Practitioner is an advanced AWS certification.");
        leftAlone("cert-plan", "クラウドプラクティショナーはAWSの基礎の資格で、上級はその後に目指します。",
                "The Cloud Practitioner is the entry-level AWS certification; advanced ones come later.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void moreSubjectMistakesSlowWebServer() {
        caught("slow-web-server", "restart-fixes-the-cause", "再起動すれば原因も解決するので、それで対応完了です。",
                "A restart fixes the root cause, so after that the case is closed.");
        leftAlone("slow-web-server", "再起動で一時的に速くなっても、原因が解決したとは限らないので、ログを調べて報告します。",
                "A restart only gives temporary relief; the root cause still needs finding.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void moreSubjectMistakesCannotConnect() {
        caught("cannot-connect", "wifi-bars-mean-internet", "Wi-Fiのアンテナが立っていれば、インターネットにつながるので問題ありません。",
                "If the Wi-Fi shows full bars, the internet works, so there is no problem there.");
        leftAlone("cannot-connect", "Wi-Fiにつながっていても、インターネットに出られるとは限らないので、IPアドレスを確かめます。",
                "Being connected to Wi-Fi does not mean the internet works, so I check the IP address.");
    }

    // written from the subject (no labelled answers read): each mistake caught, a right sentence on it left alone
    @Test
    void moreSubjectMistakesWhyCloud() {
        caught("why-cloud", "cloud-always-public", "クラウドに置いたサーバーは必ずインターネットに公開されるので、社内システムには使えません。",
                "Servers in the cloud are always exposed to the internet, so internal systems cannot go there.");
        leftAlone("why-cloud", "クラウドでも、サーバーを外に公開するかどうかは設定で決められます。",
                "A cloud server is reachable from the internet only if we configure it that way.");
    }

    /** Session 11's rules, each with a right sentence beside it that a review found close to their words. */
    @Test
    void uncommonMistakesAreCaughtAndTheRightSentencesBesideThemAreNot() {
        caught("ip-subnet", "ipv6-is-64-bits", "IPv6はIPv4の2倍の64ビットなので、アドレスが足りなくなることはありません。",
                "IPv6 doubles IPv4 to 64 bits, which is enough for every device.");
        leftAlone("ip-subnet", "IPv6は128ビットで、そのうち後ろの64ビットがインターフェースIDです。",
                "IPv6 addresses are 128 bits; the last 64 bits are the interface ID.");
        caught("dns", "a-mx-swapped", "ドメイン名とIPアドレスの対応はMXレコードに書きます。",
                "The A record is for mail: it names the mail server.");
        leftAlone("dns", "MXレコードは、そのドメインのメールを受け取るサーバーを指定します。",
                "The MX record maps the domain to its mail server.");
        leftAlone("dns", "パソコンは設定されたDNSサーバーに問い合わせ、そのサーバーがルートサーバーから順にたどります。",
                "The PC asks the DNS server in its settings, and that server asks the root server and then the others.");
        caught("cert-plan", "lpic-is-networking", "LPICはネットワーク機器の設定を問う資格なので、ルーターの練習をしています。",
                "LPIC is a Cisco exam about router configuration, so I practise on routers.");
        leftAlone("cert-plan", "LPIC-1に合格したので、次はCCNAでルーターの設定を学んでいます。",
                "I passed LPIC-1 and now I'm learning Cisco routers for the CCNA.");
        caught("home-lab", "ping-proves-ports", "pingが通ったので、ポートも全部開いているはずだと考えました。",
                "Ping worked, so I assumed all the ports are open.");
        leftAlone("home-lab", "pingが通るか、ポートが開いているかを順番に確認しました。",
                "A ping working doesn't prove the port is open, so I checked the firewall next.");
        caught("nat-scenario", "isp-does-nat", "アドレスの変換はプロバイダ側で行われるので、社内のルーターは何もしません。",
                "The translation is done by the provider, so the office router just passes traffic through.");
        leftAlone("nat-scenario", "社内のプライベートアドレスを、NAPTでプロバイダのグローバルアドレス1つに変換します。",
                "NAPT translates the private addresses into the one global address we got from the provider.");
        leftAlone("strengths-weaknesses", "承認を待たずに手順を変えることは、絶対にしないようにしています。",
                "I never change a procedure without approval, even when I see a faster way.");
        leftAlone("night-alert", "手順書どおりに一つずつ進め、分からなければすぐに上司へエスカレーションします。",
                "I follow the runbook step by step, and if I get stuck I escalate to my lead quickly.");
    }

    @Test
    void confidentMistakesOfTheTwentyNinthSetAreCaughtAndTheRightSentencesBesideThemAreNot() {
        caught("tcp-udp", "dhcp-over-tcp", "DHCPもアドレスを確実に配る必要があるので、TCPで通信しています。",
                "DHCP has to hand out addresses reliably, so it runs over TCP.");
        leftAlone("tcp-udp", "DHCPはUDPを使い、WebのHTTPはTCPを使います。", "DHCP uses UDP, while the web uses TCP.");
        caught("dns", "hosts-after-dns", "DNSで見つからなかったときに、最後の予備としてhostsファイルが読まれます。",
                "The hosts file is only a fallback, read if DNS fails.");
        leftAlone("dns", "まずhostsファイルを見て、なければDNSサーバーに問い合わせます。",
                "The hosts file is read first, before the DNS server is asked.");
        caught("cannot-connect", "apipa-means-dns", "アドレスが169.254で始まっていたら、DNSサーバーが応答していないと判断します。",
                "If the address starts with 169.254, the DNS server isn't answering.");
        leftAlone("cannot-connect", "アドレスが169.254で始まっていたら、DHCPからアドレスをもらえていません。",
                "An address starting with 169.254 means no DHCP server answered.");
        caught("cannot-connect", "ip-ping-blames-dns", "8.8.8.8へのpingに応答がなければ、名前解決ができていないのでDNSを疑います。",
                "If a ping to 8.8.8.8 fails, name resolution is broken, so I check DNS.");
        leftAlone("cannot-connect", "8.8.8.8には応答があるのにドメイン名では応答がなければ、DNSを疑います。",
                "If 8.8.8.8 replies but a domain name does not, I suspect DNS.");
        caught("why-cloud", "cloud-fee-is-capex", "クラウドの利用料は設備投資として資産計上し、減価償却できます。",
                "Cloud usage fees are CapEx, booked as an asset and depreciated.");
        leftAlone("why-cloud", "オンプレミスのサーバー購入は設備投資ですが、クラウドの利用料は運用費です。",
                "Buying servers on-prem is CapEx, while cloud fees are OpEx.");
        caught("cert-plan", "lpic1-one-exam", "101試験に合格すればLPIC-1として認定されるので、102は後回しにします。",
                "Passing exam 101 gets you LPIC-1.");
        leftAlone("cert-plan", "LPIC-1は101試験と102試験に合格して認定されるので、続けて受けます。",
                "LPIC-1 needs both 101 and 102, so I will take them one after the other.");
        // a switch named in passing no longer clears NAT said to rewrite MAC addresses
        caught("nat-vs-dhcp", "nat-uses-mac", "NATはMACアドレスを書き換える機能で、スイッチでも対応している機種があります。",
                "NAT rewrites MAC addresses, and some switches support it too.");
        leftAlone("nat-vs-dhcp", "NATはIPアドレスを書き換えます。MACアドレスはスイッチが使うものです。",
                "NAT rewrites IP addresses; MAC addresses are used by switches.");
    }

    @Test
    void rightAnswersOfTheThirtiethSetAreNotAccusedAndTheMistakesBesideThemStillAre() {
        // a thing named in a later clause is not the subject of the clause before it (English clauses; a Japanese
        // sentence is read whole)
        leftAlone("osi-model", "下の層から順に確かめ、最後にデフォルトゲートウェイの設定漏れを見つけました。",
                "Going layer by layer, the link light was on and the switch had learned its MAC, so I moved to layer 3 and "
                        + "found I'd forgotten the default gateway.");
        assertThat(findings(Lang.EN, "osi-model", "The switch works at layer 3, so it reads IP addresses."))
                .contains("roles-mixed-up");
        // both jobs side by side sum the contrast up; one job alone after the thing named is still the mix-up
        leftAlone("nat-vs-dhcp", "NATはアドレスを変換する係です。配る係と、変換する係。",
                "NAT is the part that translates addresses. One hands out, the other translates.");
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "NATは、アドレスの仕組みです。IPアドレスを自動で割り当てます。"))
                .contains("roles-mixed-up");
        leftAlone("nat-vs-dhcp", "NATとDHCPは同じ機器に入っていることが多いですが、役目は違います。",
                "NAT and DHCP often live in the same box, but they do different jobs.");
        leftAlone("vlan", "VLANが違う機器同士は、別々のスイッチにつながっているかのように振る舞います。",
                "Devices in different VLANs behave as if they were on separate switches.");
        caught("vlan", "tagging-is-8021x", "トランクでは802.1Xのタグを付けてVLANを見分けます。",
                "On a trunk, frames carry an 802.1X tag that says which VLAN they belong to.");
    }

    @Test
    void mistakesToldInEverydayWordsAreCaughtAndTheRightSentencesBesideThemAreNot() {
        caught("dns", "dns-serves-pages", "そして、そのDNSサーバーがWebページのデータそのものも保管して返してくれます。",
                "The DNS server also stores the page and sends it back with the address.");
        leftAlone("dns", "DNSが返すのはIPアドレスだけで、ページはWebサーバーから受け取ります。",
                "Then the browser connects to that IP and the web server returns the page.");
        caught("router-vs-switch", "switch-floods-every-port", "スイッチは、受け取ったデータをつながっているすべてのPCに送ります。",
                "Whenever one PC sends something, the switch copies it out to every other PC plugged into it.");
        leftAlone("router-vs-switch", "スイッチは宛先のMACアドレスを学習し、分からない宛先だけすべてのポートに送ります。",
                "A switch floods a frame to every port only while the destination is unknown.");
        caught("why-cloud", "cloud-never-fails", "クラウドに移せば、大手のデータセンターなのでサーバーが止まらないので監視は不要です。",
                "Once we move to the cloud the servers never go down, so monitoring is unnecessary.");
        leftAlone("why-cloud", "クラウドでも障害は起きるので、複数のゾーンに分けて監視も続けます。",
                "Cloud services can still go down, so we spread across zones and keep monitoring.");
        caught("repetitive-work", "backup-on-same-disk", "同じディスクの別のフォルダにバックアップしておけば、故障しても安心です。",
                "I back up to another folder on the same disk, so the copy will survive if the disk fails.");
        leftAlone("repetitive-work", "バックアップは同じディスクではなく、外付けのディスクに取っています。",
                "I keep the backup on an external disk, not the same disk.");
        caught("ops-vs-maintenance", "software-needs-no-maintenance", "ソフトウェアは劣化しないので、保守は不要です。",
                "Software doesn't wear out, so once installed there is no maintenance.");
        leftAlone("ops-vs-maintenance", "ソフトウェアも、セキュリティパッチの適用という保守が必要です。",
                "Software needs maintenance too: security patches and upgrades.");
    }

    @Test
    void rightSentencesTheReviewFoundAreLeftAloneBesideTheNewRules() {
        leftAlone("why-cloud", "クラウドなら大きな設備投資がいらず、使った分だけ払えばよいです。",
                "The cloud turns capital expenditure into monthly running costs.");
        leftAlone("cert-plan", "101は合格済みで、102も受かればLPIC-1になります。",
                "I passed 101 last month, and once I pass 102 I will get LPIC-1.");
        leftAlone("ops-vs-maintenance", "保守は、サーバーやアプリが壊れないように手を入れる仕事です。",
                "Software doesn't wear out like a disk does, but vulnerabilities are found in it all the time.");
        leftAlone("tcp-udp", "DHCPはTCPと違ってコネクションを張りません。", "DHCP cannot use TCP because the client has no address yet.");
        leftAlone("cannot-connect", "nslookupで応答がなければ、DNSの問題です。", "If I can ping 8.8.8.8 but nslookup fails, DNS is the problem.");
        leftAlone("nat-vs-dhcp", "NATが書き換えるのはIPアドレスとポートで、MACアドレスを見るのはスイッチです。",
                "NAT rewrites IP addresses and ports, and a switch works with MAC addresses.");
        assertThat(findings(Lang.EN, "osi-model", "HTTP is used for web pages, so it runs at layer 4.")).isNotEmpty();
    }

    @Test
    void confidentMistakesOfTheThirtyFirstSetAreCaughtAndTheRightSentencesBesideThemAreNot() {
        // written for this test, in words of our own
        caught("osi-model", "tcp-ip-layers-swapped", "ネットワーク層ではTCPがデータを運び、トランスポート層ではIPが動きます。",
                "TCP runs at the network layer, and IP sits above it.");
        leftAlone("osi-model", "ネットワーク層ではIPが宛先まで運び、トランスポート層ではTCPが確実に届けます。",
                "IP works at the network layer, and TCP sits above it at the transport layer.");
        caught("osi-model", "ping-uses-tcp", "pingは4層の道具で、届けばアプリ以外は正常です。",
                "Ping is a layer 4 tool, so a reply proves the ports are open.");
        caught("tcp-udp", "handshake-with-fin", "接続の前に、SYNとACKとFINを送り合います。", "Before sending data, the two sides trade SYN, ACK and FIN.");
        leftAlone("tcp-udp", "SYNで始めた接続は、最後にFINで閉じます。", "A connection opened with SYN is closed with FIN at the end.");
        caught("nat-scenario", "pcs-told-apart-by-mac", "返ってきた通信は、ルーターがMACアドレスでどのPC宛てかを見分けます。",
                "The router checks the MAC address to see which PC the reply belongs to.");
        leftAlone("nat-scenario", "返ってきた通信は、変換表のポート番号でどのPC宛てかを見分けます。",
                "The router checks the port in its table to see which PC the reply belongs to.");
        caught("nat-vs-dhcp", "dhcp-lease-forever", "一度割り当てられたアドレスは、その後ずっと同じものが使われます。",
                "Once DHCP hands out an address, that address belongs to that device for good.");
        leftAlone("nat-vs-dhcp", "割り当てられたアドレスにはリース期間があり、切れると変わることがあります。",
                "The address DHCP gives out is leased, so it can change when the lease runs out.");
        caught("cannot-connect", "leaves-security-off", "つながったので、その日はファイアウォールを無効のまま使ってもらいました。",
                "It worked, so I let her keep working with the firewall off for the rest of the day.");
        leftAlone("cannot-connect", "ファイアウォールは切らずに、どこまで届くかを順に確かめます。",
                "I would not touch the firewall; I would check step by step how far the traffic gets.");
        caught("work-stages", "design-levels-swapped", "基本設計ではパラメータシートに機器ごとの設定値を書き込みます。",
                "Basic design is where you fill in the parameter sheet, and detailed design comes after it.");
    }

    @Test
    void mistakesInPassingOfTheThirtySecondSetAreCaughtAndTheRightSentencesBesideThemAreNot() {
        // written for this test, in words of our own
        caught("work-stages", "detailed-before-basic", "詳細設計で細かい値を決め、最後に基本設計として全体をまとめます。",
                "We fix each setting in detailed design first and put the overall picture together in basic design at the end.");
        leftAlone("work-stages", "要件定義、次に基本設計、その次に詳細設計と進みます。",
                "Requirements come first, then basic design, then detailed design.");
        caught("work-stages", "testing-after-release", "引き渡して使い始めてからテストをして、動作を確かめます。",
                "Once it is live we go back and do the testing.");
        leftAlone("work-stages", "下流は構築とテスト、そしてリリース後の運用と保守です。",
                "Downstream is building, testing, and then operations and maintenance after it goes live.");
        caught("ops-vs-maintenance", "mirror-is-backup", "RAIDのミラーリングがあるので、消したファイルも取り戻せます。",
                "The two disks copy each other, so there is a backup built in.");
        leftAlone("ops-vs-maintenance", "RAIDのミラーリングはバックアップにはならないので、別にバックアップを取ります。",
                "A RAID mirror is not a backup, so we still need a separate backup.");
        caught("ops-vs-maintenance", "differential-is-incremental", "差分バックアップは、前回の差分から変わった部分だけを取ります。",
                "A differential copies only what changed since the last differential.");
        caught("repetitive-work", "cron-has-seconds", "crontabは左から秒・分・時の順に書きます。", "In crontab the first field is seconds, then minutes.");
        leftAlone("repetitive-work", "crontabは左から分・時・日・月・曜日の順に書きます。",
                "A crontab line starts with the minute, then the hour.");
        caught("why-cloud", "scale-up-adds-servers", "アクセスが増えたら、スケールアップでサーバーの台数を増やします。",
                "Auto Scaling does a scale-up, adding instances horizontally.");
        caught("dns", "https-on-port-80", "HTTPSのサイトなら、80番ポートでそのまま暗号化して通信します。",
                "For an HTTPS site the browser connects on port 80 and encrypts on that same port.");
        leftAlone("dns", "HTTPSは443番を使い、80番はHTTPです。", "HTTPS uses port 443, and port 80 is plain HTTP.");
        caught("ip-subnet", "broadcast-kept-for-router", "最後の.255はルーター用に取っておくアドレスです。",
                "The last one, .255, is kept for the router.");
        leftAlone("ip-subnet", "最後の.255はブロードキャストで、ルーターには.1を使います。",
                "The last one, .255, is the broadcast address, and the router takes .1.");
        caught("nat-vs-dhcp", "dora-order", "DHCPはディスカバー、リクエスト、オファー、アックの順にやり取りします。",
                "The client and server exchange Discover, Request, Offer, Acknowledge.");
        leftAlone("nat-vs-dhcp", "DHCPはディスカバー、オファー、リクエスト、アックの順にやり取りします。",
                "The exchange runs Discover, Offer, Request, Acknowledge.");
        caught("cert-plan", "vendor-cert-is-national", "CCNAは国家資格なので、どの会社でも評価されます。",
                "CCNA is a national qualification, so every company knows it.");
        leftAlone("cert-plan", "基本情報技術者試験は国家資格で、CCNAはシスコのベンダー資格です。",
                "The FE exam is a national qualification, while CCNA is Cisco's vendor certification.");
        caught("tcp-udp", "dns-tcp-only", "DNSの名前解決は、基本的にTCPの53番で問い合わせます。", "DNS lookups use TCP port 53.");
        leftAlone("tcp-udp", "DNSは普段UDPの53番を使い、ゾーン転送ではTCPも使います。",
                "Ordinary DNS queries go over UDP, but DNS also uses TCP 53 for zone transfers.");
        // right sentences the set's good answers held
        leftAlone("night-shift", "体力には自信があり、夜勤明けは決まった時間に寝るようにします。",
                "I am in good shape, and after a night shift I sleep at a fixed time.");
        leftAlone("ops-vs-maintenance", "運用が異常に気づいて連絡し、保守が直して手順書を更新します。",
                "Operations notices the problem and escalates; maintenance fixes it and updates the runbook.");
        leftAlone("nat-scenario", "1対1で変換するNATなら同時に1台しか使えませんが、NAPTはポート番号で区別します。",
                "A one-to-one NAT lets one PC out at a time, but NAPT tells them apart by port.");
    }

    @Test
    void mistakesOfNewKindsFromTheThirtyFourthSetAreCaughtAndTheRightSentencesBesideThemAreNot() {
        // written for this test, in words of our own
        caught("work-stages", "ops-design-after-go-live", "運用設計は下流の仕事で、稼働後に運用チームが書きます。",
                "Operational design belongs downstream, after the system goes live.");
        leftAlone("work-stages", "運用設計は上流で、稼働前に監視項目や手順を決めます。",
                "Operational design is done upstream, before go-live.");
        caught("why-start-monitoring", "cloudtrail-for-metrics", "AWSではCloudTrailでCPUのグラフを見て監視します。",
                "In AWS I would watch the CPU graphs in CloudTrail.");
        leftAlone("why-start-monitoring", "CPUのグラフはCloudWatchで見て、操作の記録はCloudTrailで追います。",
                "CPU graphs live in CloudWatch, and CloudTrail records who did what.");
        caught("ops-vs-maintenance", "three-nines-in-minutes", "稼働率99.9%だと、止められるのは年に数分しかありません。",
                "A 99.9% uptime promise leaves only a few minutes a year of downtime.");
        caught("repetitive-work", "crontab-r-lists", "登録した内容はcrontab -rで一覧を見て確認します。",
                "I check the schedule with crontab -r, which lists it.");
        leftAlone("repetitive-work", "一覧はcrontab -lで見ます。crontab -rは全部消えるので注意します。",
                "crontab -l lists the jobs; crontab -r removes them all, so I am careful with it.");
        caught("why-cloud", "stopped-server-free", "夜は止めておけば、料金はゼロになります。",
                "If we stop them at night, the bill for them drops to zero.");
        leftAlone("why-cloud", "夜は止めておけば時間の料金は止まりますが、ディスクの料金はかかり続けます。",
                "If we stop them at night the hourly charge stops, but the EBS disks are still billed.");
        caught("tcp-udp", "ntp-over-tcp", "時刻合わせのNTPは、正確さが大事なのでTCPを使います。",
                "NTP uses TCP, because the clock has to be exact.");
        caught("dns", "ttl-in-minutes", "TTLは分単位なので、300なら5時間です。", "TTL is counted in minutes, so 300 means 5 hours.");
        leftAlone("dns", "TTLは秒で数えるので、300なら5分です。", "TTL is counted in seconds, so 300 is five minutes.");
        caught("ip-subnet", "ifconfig-on-windows", "WindowsのPCでは、コマンドプロンプトでifconfigを打ちます。",
                "On a Windows PC you open the command prompt and type ifconfig.");
        caught("ip-subnet", "apipa-as-private", "社内専用のアドレスには169.254の範囲もあり、PCに配れます。",
                "The 169.254 range is another private range you can hand out to office PCs.");
        leftAlone("ip-subnet", "169.254で始まるアドレスは、DHCPから取れなかったときに自動で付きます。",
                "An address starting with 169.254 means DHCP failed and the PC gave itself a link-local address.");
        caught("router-vs-switch", "arp-table-for-routes", "ルーターはARPテーブルの経路から最適なものを選びます。",
                "The router picks the best path from its ARP table.");
        caught("osi-model", "https-on-8443", "HTTPSのサイトは、TCPの8443番ポートに送られます。", "An HTTPS site is reached on TCP port 8443.");
        leftAlone("osi-model", "HTTPSは443番で、8443番は管理画面で代わりに使われることがあります。",
                "HTTPS uses 443; 8443 is an alternative some admin pages use.");
    }

    @Test
    void rightSentencesTheSecondReaderFoundAreLeftAloneBesideThisSessionsRules() {
        leftAlone("router-vs-switch", "ルーターはARPテーブルで次のルーターのMACアドレスを調べます。",
                "A router uses its ARP table to find the next hop's MAC address.");
        leftAlone("ip-subnet", "マスクが255.255.255.0なら、ルーターには.1を使います。",
                "With a 255.255.255.0 mask I keep .1 for the router.");
        leftAlone("dns", "アプリは8080番で待ち受け、HTTPSはロードバランサーが受けます。",
                "The app listens on port 8080 behind the HTTPS load balancer.");
        leftAlone("ip-subnet", "169.254なら、DHCPに頼れず自分で割り当てたアドレスです。",
                "169.254 means the PC assigned itself an address because no server answered.");
        leftAlone("ops-vs-maintenance", "ミラーでも、誤って削除したファイルは元に戻せません。",
                "RAID keeps running on one disk, but a deleted file I get back from the backup.");
        leftAlone("work-stages", "運用設計で、稼働後の監視項目を決めます。", "Testing comes after the build.");
        leftAlone("dns", "TTLを短くしておけば、切り替えが分単位で反映されます。", "Lower the TTL so changes apply in minutes instead of hours.");
        leftAlone("repetitive-work", "crontabでは秒を指定できません。", "Crontab has no field for seconds.");
        leftAlone("why-cloud", "スケールアップではサーバーを増やさず、1台を大きくします。", "Scaling up is vertical; horizontal means adding servers.");
        leftAlone("cannot-connect", "一時的に無効にした状態で使えるか試し、すぐ戻します。", "See if it works with it turned off, then re-enable it.");
        leftAlone("cert-plan", "LPICは民間資格なので、国家資格も取りたいです。", "I have LPIC-1 and also want a national qualification.");
        leftAlone("linux-commands", "ロードアベレージは、1分・5分・15分の平均で見ます。",
                "Monitoring always watches the load average over one, five and fifteen minutes.");
    }

    @Test
    void mistakesOfTheThirtyFifthSetAreCaughtInOtherWordsAndRightOnesLeftAlone() {
        caught("osi-model", "icmp-at-transport", "pingのICMPは、TCPと同じ第4層のプロトコルです。", "Ping's ICMP is a transport layer protocol like TCP.");
        leftAlone("osi-model", "ICMPはIPと同じ第3層で、第4層はTCPとUDPです。", "ICMP is a layer 3 protocol; layer 4 is TCP and UDP.");
        caught("osi-model", "tcp-encrypts-data", "TCPは再送に加えて暗号化も行います。", "TCP also encrypts the data it resends.");
        leftAlone("osi-model", "暗号化はTLSの役目で、TCPは確実に届けるだけです。", "Encryption comes from TLS on top; TCP only makes delivery reliable.");
        caught("osi-model", "osi-by-ietf", "OSI参照モデルはIETFが作った規格です。", "The OSI model is an IETF standard.");
        caught("tcp-udp", "udp-reorders", "UDPは再送しませんが、届いた順に並べ直してくれます。", "UDP skips resending but still puts them back in order.");
        leftAlone("tcp-udp", "UDPは並べ直しはしないので、必要ならアプリケーションがそろえます。",
                "UDP never resends; the application has to cope with gaps itself.");
        caught("tcp-udp", "header-sizes-swapped", "TCPのヘッダーは8バイトと小さいです。", "TCP's header is only 8 bytes.");
        leftAlone("tcp-udp", "UDPのヘッダーは8バイト、TCPは20バイト以上です。", "The UDP header is 8 bytes and TCP's at least 20.");
        caught("dns", "dns-on-port-25", "DNSの問い合わせはUDPの25番ポートで行います。", "DNS queries go out on UDP port 25.");
        caught("dns", "mx-for-alias", "wwwを別名にしたいときはMXレコードを使います。", "To make www an alias you add an MX record.");
        leftAlone("dns", "別名はCNAME、メールの宛先はMXで指定します。", "A CNAME makes an alias, and MX names the mail server.");
        caught("ip-subnet", "longer-prefix-is-bigger", "/25にすれば台数が倍に増えます。", "Moving to /25 doubles the number of hosts.");
        leftAlone("ip-subnet", "/25は126台で、増やすなら/23にします。", "A /25 has 126 hosts; to grow I would use a /23.");
        caught("nat-vs-dhcp", "dhcp-address-permanent", "DHCPでもらったアドレスは無期限で、管理者が解放するまで続きます。",
                "A DHCP lease is permanent until an admin releases it.");
        leftAlone("nat-vs-dhcp", "リースには期限があり、端末が更新します。", "A lease has a set time, and the client renews it.");
        caught("linux-commands", "ip-a-shows-routes", "ip aでルーティングテーブルを確認します。", "I use ip a, which shows the routing table.");
        leftAlone("linux-commands", "ip aでアドレスを、ip routeで経路を見ます。", "ip a shows addresses, and ip route shows the routes.");
        caught("linux-commands", "kill-9-is-gentle", "kill -9はSIGTERMを送るので、まず試す安全な方法です。", "kill -9 sends SIGTERM, so it is the gentle first try.");
        leftAlone("linux-commands", "kill -9はSIGKILLで、最後の手段です。", "kill -9 sends SIGKILL and is the last resort.");
        caught("slow-web-server", "free-column-means-shortage", "freeコマンドのfree列が小さければメモリ不足です。",
                "If the free column of free is small, memory is short.");
        leftAlone("slow-web-server", "freeではavailable列を見ます。", "With free I read the available column, not free.");
        caught("slow-web-server", "iostat-for-network", "iostatでネットワークの帯域を見ます。", "I check network bandwidth with iostat.");
        leftAlone("slow-web-server", "iostatでディスクの待ちを見ます。", "iostat shows whether the disk is busy.");
        caught("router-vs-switch", "roles-mixed-up", "ルーターはブロードキャストをすべてのポートに転送し、スイッチはブロードキャストを止めます。",
                "A router floods broadcasts to every port.");
        caught("vlan", "vlans-talk-without-router", "VLAN同士はスイッチが自動で転送するので、ルーターがなくても通信できます。",
                "Devices in different VLANs can talk directly without a router.");
        leftAlone("vlan", "VLAN間の通信には、ルーターかL3スイッチが必要です。", "Traffic between VLANs needs a router or a layer 3 switch.");
        caught("vlan", "access-port-many-vlans", "アクセスポートは複数のVLANを運びます。", "An access port carries several VLANs.");
        leftAlone("vlan", "PCはアクセスポートで1つのVLANに入り、トランクポートで複数のVLANを運びます。",
                "A PC sits on an access port in one VLAN; a trunk port carries several VLANs.");
        caught("cannot-connect", "loopback-is-gateway", "127.0.0.1にpingしてゲートウェイを確かめます。", "Ping 127.0.0.1 to test the gateway.");
        leftAlone("cannot-connect", "127.0.0.1で自分のPCを確かめ、次にゲートウェイにpingします。",
                "Ping 127.0.0.1 for my own stack, then ping the gateway.");
        caught("cannot-connect", "gateway-when-names-fail", "8.8.8.8へのpingは通るのに名前で開けないなら、ゲートウェイの設定を直します。",
                "If ping works but names fail, I fix the gateway.");
        caught("cannot-connect", "nslookup-tests-gateway", "nslookupでゲートウェイに届くかを確かめます。", "I use nslookup to see whether the gateway is reachable.");
        caught("why-cloud", "cloud-makes-capex", "クラウドはOPEXをCAPEXに変えます。", "The cloud turns opex into capex.");
        caught("why-cloud", "stopped-server-free", "EC2を停止すれば料金は一切かかりません。", "Once stopped, an instance costs nothing at all.");
        leftAlone("why-cloud", "停止してもEBSの料金はかかり続けます。", "A stopped instance still bills its EBS volumes.");
        caught("why-cloud", "cross-region-backup-by-default", "データは自動で別のリージョンにバックアップされます。",
                "Data is backed up to another region automatically.");
        caught("shared-responsibility", "s3-public-by-default", "S3のバケットは作成するとデフォルトで公開されます。", "New S3 buckets are public by default.");
        leftAlone("shared-responsibility", "S3のバケットはデフォルトで非公開です。", "S3 buckets are private by default.");
        caught("iam", "new-user-has-read-access", "IAMユーザーは作った時点で読み取りだけはできます。", "A new IAM user gets read-only access by default.");
        caught("iam", "allow-beats-deny", "明示的なAllowはDenyより優先されます。", "An explicit allow overrides a deny.");
        leftAlone("iam", "明示的なDenyはAllowより優先されます。", "An explicit deny always wins over an allow.");
    }

    @Test
    void rightSentencesTheSessionsReviewerFoundAreLeftAlone() {
        leftAlone("osi-model", "pingで使うICMPはIPと一緒に第3層で動き、第4層のTCPやUDPと違ってポート番号はありません。",
                "ICMP works alongside IP at layer 3; TCP and UDP are layer 4.");
        leftAlone("osi-model", "TCPは信頼性を担い、暗号化するのはHTTPSの仕組みです。", "TCP encrypts nothing; it only makes delivery reliable.");
        leftAlone("osi-model", "OSIはISOが決めたモデルで、IETFが決めたものとは別です。", "The IETF's RFCs don't follow the OSI model layer by layer.");
        leftAlone("tcp-udp", "UDPでは順番どおりに届く保証がありません。", "UDP gives no guarantee that packets arrive in the order they were sent.");
        leftAlone("tcp-udp", "TCPのヘッダーは8バイトのUDPより大きく、最低20バイトです。", "TCP uses an 8-bit field for its flags, such as SYN and ACK.");
        leftAlone("dns", "問い合わせは、たとえば52525番から53番へ送られます。",
                "The resolver picks a random source port, for example port 25417, and sends the query to port 53.");
        leftAlone("dns", "MXはメールサーバーを示すレコードで、エイリアスを作るレコードとは別物です。",
                "An MX record can't point to an alias, only to a name with an A record.");
        leftAlone("ip-subnet", "/27に分けると、サブネットの数が増えます。", "A /27 holds 30 hosts, so for more hosts you shorten the prefix.");
        leftAlone("linux-commands", "ip aでアドレスを、ip rでゲートウェイを確認します。", "I check addresses with ip a and the default gateway with route -n.");
        leftAlone("linux-commands", "まずkillでSIGTERMを送り、それでも止まらないときだけkill -9を使います。",
                "Plain kill sends SIGTERM so the process can exit gracefully; kill -9 forces it.");
        leftAlone("linux-commands", "ディスクの空き容量が減ったら、duで大きなディレクトリを探します。",
                "I run du to see which directory is eating the whole filesystem.");
        leftAlone("slow-web-server", "free -hのfree列が少なくても、すぐにメモリ不足とは判断しません。",
                "A low free column alone doesn't worry me, so I look at free -h and then swap.");
        leftAlone("slow-web-server", "iostatでI/O待ちを、ネットワークはpingやssで確認します。",
                "I check CPU with top, I/O wait with iostat, and the network with ss and ping.");
        leftAlone("router-vs-switch", "宛先MACアドレスがまだMACアドレステーブルに書き込まれていないときは、すべてのポートに送ります。",
                "If the destination MAC isn't in the MAC address table yet, the switch floods the frame to every port.");
        leftAlone("cannot-connect", "ゲートウェイまで届くことを確かめたら、nslookupで名前が引けるかを見ます。",
                "Once I know the gateway answers, I run nslookup to see whether names resolve.");
        leftAlone("why-cloud", "安定した処理をオンプレミスに戻すと、OPEXからCAPEXに変わります。",
                "Some companies move steady workloads back on-premises, shifting from opex to capex.");
        leftAlone("why-cloud", "最初から複数のリージョンに分散する構成にしました。",
                "S3 stores objects across several AZs automatically, but copying them to another region takes Cross-Region Replication.");
        leftAlone("shared-responsibility", "S3バケットはデフォルトで公開されておらず、公開するには設定が必要です。", "New buckets block all public access by default.");
        leftAlone("iam", "新しいユーザーには、最初から管理者権限を渡さず、読み取り専用のポリシーから付けています。",
                "When you create a new IAM user, give it read-only access first and add more only as needed.");
        leftAlone("iam", "明示的なDenyはAllowより優先されます。", "An explicit allow overrides the implicit deny, so a user can do only what a policy allows.");
        leftAlone("dns", "答えを持つのは権威サーバーで、ルートサーバー、TLDサーバーは道案内をするだけです。",
                "The authoritative server has the final answer, while root and TLD servers only point the way.");
        leftAlone("nat-vs-dhcp", "更新時は、Requestを送り、Ackを受け取るだけで、Discoverは送りません。", "A renewal is only a Request and an Ack.");
    }

    @Test
    void aPrefixReadAsHostBitsIsCaught() {
        caught("ip-subnet", "prefix-as-host-bits", "/24なら約1600万台の機器をつなげます。", "A /24 network has 24 host bits, so it holds about 16 million devices.");
        leftAlone("ip-subnet", "/24は254台、約1600万台つなげるのは/8です。", "A /24 has 8 host bits; about 16 million hosts is a /8.");
    }

    @Test
    void rightSentencesOfTheTuningSetsThatOlderRulesAccusedAreLeftAlone() {
        leftAlone("ip-subnet", "/24ならホスト部は8ビットで、アドレスは全部で256個、そのうち2つは機器に割り当てられません。",
                "There are 256 addresses in total, but two of them can't be given to devices.");
        leftAlone("tcp-udp", "再送を待って止まるよりは先に進んだほうがいい、というのがUDPを選ぶ考え方です。",
                "UDP has no connection and no delivery guarantee, so it suits calls where speed matters more than resending a lost packet.");
        leftAlone("router-vs-switch", "ルーターはブロードキャストを通しませんが、L2スイッチは同じVLAN内ならそのまま流します。",
                "That outer label is replaced at every router, while the IP label stays the same end to end.");
        leftAlone("iam", "アクセスキーをGitHubに公開してしまう事故はよく聞くので、特に気をつけたいです。",
                "I have heard of many accidents with access keys pushed to GitHub, so I am careful with them.");
        leftAlone("iam", "最初から管理者権限を配らず、必要な操作だけを許可します。",
                "I grant only the actions each person needs and add more when they are missing.");
        leftAlone("salary-start", "家計の事情から、最低でも320万円程度はいただけるとありがたいです。",
                "Because of my family's costs, around 3.2 million yen would be a great help.");
        leftAlone("shared-responsibility", "事業者は建物や物理サーバーを守り、利用者はデータ、IAMの権限、EC2ならOSのパッチといった部屋の中を守ります。",
                "It's important to understand which part you are responsible for, because you can't just leave everything to the provider.");
    }

    @Test
    void factsSaidTheOtherWayRoundAreCaught() {
        caught("vlan", "vlan-widens-broadcast", "VLANを分けるとブロードキャストドメインが広がるので、ブロードキャストがより多くの機器に届きます。",
                "Splitting the network into VLANs makes the broadcast domain larger, so broadcasts reach more devices.");
        caught("vlan", "vlans-route-themselves", "同じスイッチなら、VLAN10のPCはルーターなしでVLAN20のサーバーと通信できます。",
                "On the same switch, a PC in VLAN 10 can reach a server in VLAN 20 without any router.");
        caught("osi-model", "headers-kept-on-receipt", "受信側ではヘッダは外されずに、付いたままアプリケーションまで渡されます。",
                "On the receiving side the headers are not removed; they stay attached all the way up to the application.");
        caught("dns", "dns-outage-harmless", "社内のDNSサーバーが止まっても、Webやメールの利用にはほとんど影響はありません。",
                "If the DNS server goes down, there is little effect on web and mail, because traffic uses IP addresses.");
        caught("dns", "resolver-never-caches", "キャッシュDNSサーバーは答えをキャッシュしないので、毎回ルートからたどります。",
                "Resolvers never keep the answers they get, and the TTL is only informational.");
        caught("dns", "dhcp-asked-for-the-name", "名前を調べるとき、PCはまずDHCPサーバーに問い合わせて、IPアドレスを受け取ります。",
                "To find the address of a name, the PC first asks the DHCP server for the IP of that name.");
        caught("router-vs-switch", "switch-keeps-arp-table", "スイッチはフレームから学習してARPテーブルを作り、どのポートに機器があるかを覚えます。",
                "A switch learns where devices are by building an ARP table from the frames it sees.");
        caught("ip-subnet", "mask-only-on-routers", "サブネットマスクはルーターだけが使うので、PCのマスクが間違っていても関係ありません。",
                "The mask is only needed on routers; a PC doesn't use its own subnet mask.");
        caught("ip-subnet", "network-broadcast-swapped", "192.168.1.0/24では、ブロードキャストアドレスは最初の192.168.1.0です。",
                "In 192.168.1.0/24 the broadcast address is the first address, 192.168.1.0.");
        caught("tcp-udp", "transport-has-one-port", "TCPは53番ポートを使います。", "TCP uses port 53 and UDP uses port 80.");
    }

    @Test
    void theSameFactsSaidRightAreLeftAlone() {
        leftAlone("vlan", "VLANで分けると、ブロードキャストドメインが小さくなり、無駄な通信が減ります。",
                "Each VLAN is its own, smaller broadcast domain, so broadcasts reach fewer devices.");
        leftAlone("vlan", "同じVLANの機器同士は、ルーターを通さずスイッチが直接届けます。",
                "Within the same VLAN, devices talk without a router: the switch delivers the frames.");
        leftAlone("osi-model", "受信側では、各層が自分のヘッダを外して上の層に渡します。",
                "On the receiving side each layer removes its own header and passes the rest up.");
        leftAlone("dns", "DNSサーバーが止まると、キャッシュが切れたものから名前でつながらなくなります。",
                "If the DNS server goes down, names stop resolving once the cached answers expire.");
        leftAlone("dns", "PCは、DHCPで配られたDNSサーバーにUDPの53番で問い合わせます。",
                "The PC asks the DNS server that DHCP gave it, over UDP port 53.");
        leftAlone("router-vs-switch", "スイッチはMACアドレステーブルを作り、PCやルーターはARPテーブルでIPアドレスとMACアドレスを対応づけます。",
                "A switch keeps a MAC address table; hosts and routers keep an ARP table that maps IP addresses to MAC addresses.");
        leftAlone("ip-subnet", "PCは、宛先が同じネットワークかどうかをサブネットマスクで判断します。",
                "A PC uses its subnet mask to decide whether a destination is on its own network.");
        leftAlone("ip-subnet", "ネットワークアドレスは最初の192.168.1.0、ブロードキャストアドレスは最後の192.168.1.255です。",
                "The network address is the first one, 192.168.1.0, and the broadcast address is the last, 192.168.1.255.");
        leftAlone("tcp-udp", "DNSはUDPの53番ポートを使います。", "HTTP uses TCP port 80, and DNS uses UDP port 53.");
    }

    /** Right sentences a reviewer tried against the rules of session 15: each was once accused. */
    @Test
    void rightSentencesAReviewerTriedAreLeftAlone() {
        String[][] right = {
            {"ja", "vlan", "ブロードキャストドメインが大きくなると無駄な通信が増えるので、VLANで分割します。"},
            {"en", "vlan", "When the broadcast domain gets bigger, everything slows down, which is why we use VLANs."},
            {"ja", "ip-subnet", "マスクが間違っていても気づきにくいので、設定後にpingで確認します。"},
            {"en", "ip-subnet", "It doesn't matter how big the network is: the mask tells the host which addresses are local."},
            {"en", "dns", "If DNS fails, sites stop loading by name, even though the network itself still works."},
            {"ja", "dns", "DNSが落ちてもネットワーク自体はつながりますが、名前でアクセスできなくなります。"},
            {"en", "dns", "An authoritative server does not cache answers; it holds the zone data itself."},
            {"ja", "dns", "権威DNSサーバーは自分のゾーンを持っているのでキャッシュしません。"},
            {"en", "dns", "First the PC asks the DHCP server for an IP address, then it asks the DNS server for the name."},
            {"ja", "dns", "PCはDHCPサーバーに問い合わせてIPアドレスを取得し、そのあとDNSサーバーに名前を聞きます。"},
            {"en", "router-vs-switch", "A switch doesn't keep an ARP table."},
            {"ja", "router-vs-switch", "スイッチはARPテーブルを持ちません。"},
            {"en", "vlan", "VLANs are isolated from each other: without a router, traffic stays inside each VLAN."},
            {"en", "osi-model", "The Ethernet header is replaced at every hop, but the IP header is kept on all the way to the destination."},
            {"en", "salary-start", "The posted minimum salary is 3.5 million yen, which is fine for me as a beginner."},
            {"en", "linux-commands", "rm does not move files to the trash; they are deleted at once, so I check twice."},
            {"en", "vlan", "The guest Wi-Fi (802.11ac) is put on its own VLAN ID by the access point."},
            {"ja", "vlan", "来客用のWi-Fi（802.11ac）は、アクセスポイントで専用のVLAN IDに振り分けます。"},
        };
        for (String[] r : right) {
            assertThat(findings(Lang.parse(r[0]).orElseThrow(), r[1], r[2])).as(r[1] + ": " + r[2]).isEmpty();
        }
    }

    /** What a newcomer typed in session 15 that went untold, and the same subjects said right. */
    @Test
    void aNewcomersMistakesInPassingAreTold() {
        caught("linux-commands", "rm-for-viewing", "rm -rfはファイルの中身を安全に確認するコマンドで、よく使います。",
                "rm -rf is a safe command to view a file's contents.");
        caught("tcp-udp", "ping-over-a-transport", "ちなみにpingもUDPで動いています。", "By the way, ping runs over UDP too.");
        leftAlone("linux-commands", "rmは削除するコマンドなので、実行する前にパスを確認します。", "rm deletes files, so I check the path before I run it.");
        leftAlone("tcp-udp", "pingはTCPやUDPではなく、ICMPを使います。", "ping uses ICMP, not TCP or UDP.");
        assertThat(findings(Lang.JA, "night-alert", "夜間なので上長には連絡しないと決めて、自分で対応を進めます。")).isNotEmpty();
        assertThat(findings(Lang.JA, "night-alert", "手順書を確認して一次対応を行います。エスカレーションはしません。")).contains("no-escalation");
        assertThat(findings(Lang.EN, "night-alert", "Since it is night, I decided not to contact my manager and I carry on by myself."))
                .contains("no-escalation");
        assertThat(findings(Lang.JA, "night-alert", "急ぎのときは手順書は飛ばして先にサービスを再起動します。")).isNotEmpty();
        assertThat(findings(Lang.JA, "mistake", "特にミスをした経験はありません。仕事は常に慎重に進めてきました。")).contains("claims-no-mistake");
        // and the right course, told with the same words, is left alone
        assertThat(findings(Lang.JA, "night-alert", "夜中でも上長への連絡はためらわず、すぐにエスカレーションします。")).isEmpty();
    }
}
