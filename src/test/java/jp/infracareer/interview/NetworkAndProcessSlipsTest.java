package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slips the sixty-first and sixty-second blind sets found unread (session 36), written here in other words and told
 * under other questions than the ones they were found in: ping said to prove the services, ITIL's incident and problem
 * management said to be one, rm said to free a log's space at once, requirements said to be the customer's alone, the
 * test order reversed, rework said to cost nothing, LinuC called a translation of LPIC, Tokyo said to have one AZ, SSH
 * over UDP, swap as fast as memory, MySQL's slow query log said to be on by default, a gateway ping said to prove the
 * internet, flushdns said to renew the address, the network address given to the router, DNS on port 80, a switch
 * called a hub, a layer 3 switch said not to route, a VLAN called a VPN, a switch said to pass traffic between VLANs,
 * the CrowdStrike outage called an attack. Each wrong sentence is named; the right one beside it is not.
 */
class NetworkAndProcessSlipsTest {
    private static Feedback judge(String lang, String question, String answer) {
        return Findings.judge(Lang.parse(lang).orElseThrow(), question, answer);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | night-alert | ping-said-proves-services | pingに応答があれば、その上のサービスも正常だと判断して次に進みます。
            en | night-alert | ping-said-proves-services | The host replies to ping, so the services on it are fine and I can close the alert.
            ja | career-plan | incident-said-problem-mgmt | ITILのインシデント管理と問題管理は、呼び方が違うだけで同じものです。
            en | career-plan | incident-said-problem-mgmt | Incident management and problem management are the same thing, just different names.
            ja | home-lab | rm-said-frees-at-once | ログが大きくなったらrmで消せば、その場で容量が空きます。
            en | home-lab | rm-said-frees-at-once | When the disk fills, I delete the big log with rm and it frees the space right away.
            ja | why-infra | requirements-said-customer-alone | 要件定義はお客様が全部決めて、こちらは受け取るだけです。
            en | ops-vs-maintenance | requirements-said-customer-alone | The customer decides everything in the requirements; we only join from the basic design.
            ja | ops-vs-maintenance | test-order-reversed | 構築が終わったら結合テストを行い、そのあとに単体テストで設定を一つずつ見ます。
            en | ops-vs-maintenance | test-order-reversed | After building we run the integration test, then the unit test for each server.
            ja | career-plan | rework-said-cheap | 設計のミスはテストで見つかっても、手戻りのコストはほとんどかかりません。
            en | career-plan | rework-said-cheap | A design mistake found in testing is fine, because going back costs almost nothing.
            ja | current-learning | linuc-said-translation | LinuCはLPICを日本語に翻訳しただけなので、中身は同じです。
            en | current-learning | linuc-said-translation | LinuC is just the Japanese translation of LPIC, so the content is identical.
            ja | why-cloud | tokyo-said-one-az | 東京リージョンはAZが1つしかないので、大阪と組み合わせます。
            en | why-cloud | tokyo-said-one-az | The Tokyo Region only has one AZ, so we pair it with Osaka.
            ja | linux-commands | ssh-said-udp | SSHはUDPの22番ポートを使うので、ファイアウォールで開けます。
            en | linux-commands | ssh-said-udp | SSH uses UDP port 22, so I opened that on the firewall.
            ja | linux-commands | swap-said-as-fast | スワップはメモリと同じ速さなので、使われていても気にしません。
            en | linux-commands | swap-said-as-fast | Swap is just like extra RAM at about the same speed, so heavy swapping is no problem.
            ja | home-lab | slow-query-log-said-default | MySQLはデフォルトでスロークエリを自動で記録してくれます。
            en | home-lab | slow-query-log-said-default | MySQL writes every slow query to the slow query log by default.
            ja | night-alert | gateway-ping-said-proves-internet | ゲートウェイにpingが通れば、インターネット回線は問題ないと判断します。
            en | night-alert | gateway-ping-said-proves-internet | If the gateway answers the ping, the internet connection is fine.
            ja | home-lab | flushdns-said-renews | ipconfig /flushdnsでIPアドレスを取り直しました。
            en | home-lab | flushdns-said-renews | I ran ipconfig /flushdns to get a new IP address from DHCP.
            ja | home-lab | network-address-to-router | 自宅では192.168.1.0をルーターに設定しています。
            en | home-lab | network-address-to-router | I gave the router 192.168.1.0 because it is the first address.
            ja | tech-news | dns-said-port-80 | DNSの問い合わせは80番ポートで送られます。
            en | tech-news | dns-said-port-80 | DNS queries go over TCP port 80 like web traffic.
            ja | home-lab | switch-said-hub | 家のスイッチはハブと同じで、受けたデータを全部のポートに送ります。
            en | home-lab | switch-said-hub | My switch is basically the same thing as a hub.
            ja | career-plan | l3-switch-said-cannot-route | L3スイッチはIPアドレスを持てるだけで、ルーティングはできないと理解しています。
            en | career-plan | l3-switch-said-cannot-route | A layer 3 switch can't route; you still need a router for that.
            ja | tech-news | vlan-said-vpn | VLANはVPNと同じように、拠点間を暗号化してつなぐ技術です。
            en | tech-news | vlan-said-vpn | A VLAN works like a VPN to connect branch offices over the internet.
            ja | home-lab | switch-said-to-route-vlans | 家のスイッチはVLAN間もそのまま転送してくれるので便利です。
            en | home-lab | switch-said-to-route-vlans | My cheap switch just forwards traffic between VLAN 10 and VLAN 20 on its own.
            ja | why-infra | crowdstrike-said-attack | CrowdStrikeの障害はサイバー攻撃が原因だったと知り、インフラに興味を持ちました。
            en | why-infra | crowdstrike-said-attack | The CrowdStrike outage was a cyberattack, which made me want to work on security.
            ja | home-lab | ebs-said-cross-az | EBSは別のAZのEC2にアタッチし直せるので、AZ障害のときも安心です。
            en | home-lab | ebs-said-cross-az | If one AZ fails I just attach the EBS volume to an instance in another AZ.
            ja | why-cloud | ipv4-bits-wrong | IPv4は64ビットなので、アドレスが足りなくなりました。
            en | why-cloud | ipv4-bits-wrong | IPv4 addresses are 64 bits, and still they ran out.
            ja | career-plan | ansible-said-aws | AnsibleはAWSのサービスなので、AWSを使うなら必須です。
            en | career-plan | ansible-said-aws | I'm learning Ansible, which is an AWS service for templates.
            ja | current-learning | kubernetes-said-docker | KubernetesはDocker社が開発したツールです。
            en | current-learning | kubernetes-said-docker | Kubernetes is made by Docker, so I learn both together.
            ja | career-plan | sre-said-amazon | SREはAmazonが考えた働き方だと聞きました。
            en | career-plan | sre-said-amazon | SRE was invented by Amazon to run its cloud.
            ja | tech-news | zero-trust-said-inside-trusted | ゼロトラストは、社内は安全だとみなして外からのアクセスだけを調べる考え方です。
            en | tech-news | zero-trust-said-inside-trusted | Zero trust means the internal network is trusted and only external access is checked.
            ja | why-start-monitoring | upstream-said-racking | 上流工程ではサーバーを設置して、OSをインストールします。
            en | why-start-monitoring | upstream-said-racking | Upstream work is where you rack the servers and install the OS.
            ja | why-infra | dns-said-to-translate | 社内のDNSサーバーがプライベートIPアドレスを変換してくれるので、外に出られます。
            en | why-infra | dns-said-to-translate | The office DNS server converts the private addresses to the global one.
            ja | home-lab | release-said-flushes | ipconfig /releaseでDNSのキャッシュをクリアしました。
            en | home-lab | release-said-flushes | I ran ipconfig /release to clear the DNS cache.
            ja | osi-model | mask-said-arp | サブネットマスクはIPアドレスとMACアドレスを対応付けるものです。
            en | osi-model | mask-said-arp | The subnet mask maps IP addresses to MAC addresses.
            ja | why-start-monitoring | newcomers-said-to-start-upstream | 未経験者は要件定義から入るのが一般的です。
            en | why-start-monitoring | newcomers-said-to-start-upstream | Newcomers usually start with requirements, talking to the customer.
            en | home-lab | cloudwatch-memory-said-default | CloudWatch shows memory usage without an agent.
            ja | cannot-connect | tokyo-az-said-abroad | 東京リージョンのAZが大阪にあるので、東京が全滅しても問題ないです。
            ja | cert-plan | ccna-said-microsoft | CCNAはマイクロソフトの資格なので、Windowsの勉強にもなります。
            en | cert-plan | ccna-said-microsoft | The CCNA is Microsoft's networking exam.
            ja | home-lab | cloudwatch-memory-said-default | CloudWatchならメモリもディスクも標準で見られます。
            en | home-lab | cloudwatch-memory-said-default | CloudWatch shows memory usage and disk space by default.
            ja | dns | cname-at-apex-said-fine | example.com自体にCNAMEを設定しても問題ありません。
            en | dns | cname-at-apex-said-fine | A CNAME at the zone apex works fine.
            ja | region-az | private-subnet-said-igw | プライベートサブネットからもインターネットゲートウェイに向ければ、NATゲートウェイは不要です。
            en | region-az | private-subnet-said-igw | The private subnet routes 0.0.0.0/0 to the internet gateway, so we don't need a NAT gateway.
            ja | why-cloud | tokyo-az-said-abroad | 東京リージョンは大阪にもAZがあるので安心です。
            en | why-cloud | tokyo-az-said-abroad | The Tokyo region also has an AZ in Seoul.
            ja | home-lab | instance-store-said-to-persist | インスタンスストアは停止してもデータは残ります。
            en | home-lab | instance-store-said-to-persist | Instance store volumes keep their data when you stop and start the instance.
            """)
    void aWrongClaimIsNamed(String lang, String question, String id, String sentence) {
        Feedback f = judge(lang, question, sentence);
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).anySatisfy(found -> assertThat(found).isIn(id, sameAs(id)));
    }

    /** The reading a phrasing may be told under instead (an older rule of the same claim, found first). */
    private static String sameAs(String id) {
        return switch (id) {
            case "rm-said-frees-at-once" -> "rm-frees-open-log";
            case "test-order-reversed" -> "test-levels-said";
            case "linuc-said-translation" -> "linuc-called-lpic-international";
            case "switch-said-to-route-vlans" -> "vlans-talk-without-router";
            case "dns-said-port-80" -> "dns-uses-port-80";
            case "switch-said-hub" -> "switch-same-as-hub";
            case "crowdstrike-said-attack" -> "crowdstrike-was-an-attack";
            case "vlan-said-vpn" -> "vlan-is-encryption";
            case "dns-said-to-translate" -> "nat-resolves-names";
            default -> id;
        };
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | night-alert | pingが通っても、サービスが正常とは限らないので、ポートとログも確かめます。
            en | night-alert | Ping only shows the host answers; the services can still be down, so I check the port.
            en | career-plan | Incident management restores the service fast, while problem management finds the root cause.
            ja | home-lab | ログを書き込み中のプロセスがいると、rmで消しても容量はすぐには空かないので、truncateを使います。
            ja | ops-vs-maintenance | 単体テストで設定を一つずつ確かめてから、結合テストでつながりを見ます。
            en | ops-vs-maintenance | We run the unit tests first, then the integration test.
            ja | career-plan | 後の工程で設計ミスが見つかると、手戻りのコストが大きくなります。
            en | career-plan | Rework found late is expensive, so we review the design early.
            ja | current-learning | LinuCはLPICの翻訳ではなく、日本独自の試験です。
            en | region-az | The Tokyo Region has several AZs; in 2019 one AZ in Tokyo lost its cooling.
            ja | region-az | 東京リージョンには複数のAZがあるので、2つのAZに分けて置きます。
            ja | linux-commands | SSHはTCPの22番ポートを使います。
            en | linux-commands | SSH runs over TCP port 22, while DNS queries mostly use UDP.
            en | linux-commands | Heavy swapping is slow because swap is on disk, not as fast as RAM.
            ja | home-lab | スロークエリログはデフォルトでは無効なので、有効にしてから調べました。
            en | home-lab | The slow query log is off by default, so I turned it on.
            en | night-alert | The gateway answers ping, so next I ping 8.8.8.8 to test the internet side.
            ja | home-lab | ipconfig /releaseと/renewでIPアドレスを取り直し、flushdnsでDNSのキャッシュを消しました。
            ja | home-lab | 192.168.1.0/24なので、ルーターには192.168.1.1を設定しました。
            en | tech-news | DNS uses port 53, and then the browser connects to the web server on port 80.
            en | home-lab | Unlike a hub, a switch learns MAC addresses and sends each frame only to one port.
            ja | career-plan | L3スイッチはルーティングもできるので、VLAN間の通信を任せられます。
            en | tech-news | A VLAN is not a VPN: it splits a LAN, while a VPN connects remote sites.
            en | home-lab | Traffic between VLANs needs routing, so my layer 3 switch forwards traffic between VLAN 10 and 20.
            ja | why-infra | CrowdStrikeの障害はサイバー攻撃ではなく、更新の不具合でした。
            en | why-infra | The CrowdStrike outage was not a cyberattack but a bad update.
            ja | home-lab | EBSは同じAZのインスタンスにしか付けられないので、別のAZにはスナップショットから作ります。
            en | why-cloud | IPv4 is 32 bits, while IPv6 is 128 bits.
            en | career-plan | Ansible is open source, while CloudFormation is AWS's own template service.
            ja | current-learning | KubernetesはGoogleが始めたもので、Docker社の製品ではありません。
            en | career-plan | SRE started at Google, not at Amazon.
            ja | tech-news | ゼロトラストは社内も信頼せず、アクセスのたびに確かめる考え方です。
            en | why-start-monitoring | Upstream is requirements and design; downstream is racking servers and installing the OS.
            en | why-infra | The router's NAT converts the private addresses to the global one, and DNS finds the names.
            en | home-lab | I ran ipconfig /flushdns to clear the DNS cache, and /release and /renew for a new address.
            en | why-start-monitoring | Newcomers rarely start with requirements; they begin in monitoring.
            en | cert-plan | After the CCNA I'll take Microsoft's AZ-900.
            en | home-lab | For memory and disk, CloudWatch needs the agent; CPU is there by default.
            en | dns | A CNAME can't sit at the zone apex, so I used an ALIAS record.
            en | region-az | The private subnet reaches the internet through a NAT gateway in the public subnet.
            en | home-lab | Instance store data is lost when you stop the instance; only a reboot keeps it.
            ja | osi-model | ケーブルやLANポートは1層、スイッチとMACアドレスは2層、ルーターとIPアドレスは3層、TCPやUDPは4層です。
            en | career-plan | Incident management restores the service; problem management finds the root cause so the same failure doesn't come back.
            ja | career-plan | インシデント管理はサービスを早く戻し、問題管理は根本原因を調べて同じ障害を防ぎます。
            en | router-vs-switch | A hub sends it out of every port, but a switch only sends it to the right one.
            ja | router-vs-switch | ハブは全ポートにコピーしますが、スイッチはMACアドレスで判断します。
            ja | router-vs-switch | スイッチはブロードキャストを止めることができないので全ポートに送ります。
            en | dns | DNS doesn't run on port 80, HTTP does.
            en | dns | After DNS returns the address, the browser connects to the server on port 80.
            ja | dns | DNSで住所が分かると、ブラウザはサーバーの80番ポートにつなぎます。
            ja | home-lab | うまくいかなければ元の設定に戻れば問題ありません。
            en | work-stages | Going back to check with the customer early is cheap compared with rebuilding.
            ja | region-az | 東京リージョンで、AZが1つ止まっても続くよう2つのAZに置きました。
            en | region-az | In the Tokyo Region, if only one AZ fails, the others keep serving.
            en | tech-news | Zero trust means we no longer trust the internal network just because it's internal.
            ja | tech-news | ゼロトラストでは社内は安全という前提を捨て、毎回確かめます。
            en | home-lab | The slow query log isn't on by default, so I switched it on.
            ja | home-lab | 初期設定では記録されないので、スロークエリログをONにしました。
            en | career-plan | Ansible can pull its inventory from AWS.
            ja | career-plan | AnsibleでAWSのサービスの設定を自動化しました。
            en | tech-news | CrowdStrike sells software that stops malware, and in 2024 its own update crashed Windows.
            ja | tech-news | CrowdStrikeはサイバー攻撃を防ぐ製品の会社ですが、2024年は自社の更新で障害を起こしました。
            en | nat-scenario | NAT converts the private address to the global one, and DNS turns names into addresses.
            ja | nat-scenario | DNSは名前を調べ、NATはプライベートアドレスをグローバルIPアドレスに変換します。
            en | dns | A CNAME works fine for www, while the apex needs an A record.
            en | home-lab | Instance store data survives a reboot but disappears when you stop the instance.
            en | home-lab | After the server moved to a new IP, I ran ipconfig /flushdns.
            en | vlan | We split the office into VLANs and connect the branch office over a VPN.
            ja | vlan | 各拠点はVLANで分け、拠点間はVPNでつないでいます。
            en | tech-news | IPv4 addresses are 32 bits, and port numbers are 16 bits.
            ja | work-stages | 上流工程で決めた設計に沿って、サーバーを設置してOSをインストールしました。
            en | cert-plan | Anyone is allowed to take Solutions Architect Associate without Cloud Practitioner.
            en | why-start-monitoring | Career changers start in monitoring, and only later start in design.
            en | ip-subnet | The subnet mask tells the PC the destination is local, so it sends the frame to the MAC address.
            ja | night-alert | pingの応答、プロセス、ログを確認し、すべて正常であることを確かめました。
            en | region-az | For a standby in another AZ, I attach a separate EBS volume to each instance.
            """)
    void theRightSentenceBesideItIsNotCorrected(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }
}
