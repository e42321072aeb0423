package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a thirtieth newcomer trial (session 41; a convenience-store night-shift worker of 23, a Canadian English
 * teacher of 38), in other words: 「IPv4は64ビットしかない」 (read as a negation of 64 bits) and "ping passes, so the website is
 * up" in Japanese scored 89 and were quoted as reasons; Zabbix called "the monitoring service from AWS"; "I would restart it
 * myself first and tell my leader afterwards if it worked" in an OSI answer scored 85; a reverse question asking only about
 * overtime and paid leave was told only that it read thin; a story of an English school's duties given to the operations
 * and maintenance question scored 57 with points it never made; "ok I'm back, sorry." was quoted as the clear answer; one
 * CrowdStrike slip was corrected twice in one bullet.
 */
class ThirtiethTrialAnswersTest {
    @Test
    void slipsTheTrialPlantedAreNamed() {
        assertThat(findings(Lang.JA, "nat-scenario", "IPv4は64ビットしかないのでアドレスが足りず、NATでまとめて外に出しています。"))
                .contains("ipv4-bits-wrong");
        assertThat(findings(Lang.JA, "reverse-question", "pingが通ればWebサイトも動いてるってことですよね。研修ではどんなことを学びますか。"))
                .contains("ping-proves-web");
        assertThat(findings(Lang.EN, "why-start-monitoring", "In monitoring you learn tools such as Zabbix, the monitoring service from AWS."))
                .contains("zabbix-said-aws");
        assertThat(findings(Lang.EN, "osi-model", "If a server hung on my shift, I'd reboot it myself and let my leader know later if it worked."))
                .contains("fixes-before-reporting");
        assertThat(findings(Lang.JA, "night-alert", "サーバーが固まったら、まず自分で再起動して、直ったらあとでリーダーに報告します。"))
                .isNotEmpty();
    }

    @Test
    void aReverseQuestionOnlyAboutConditionsIsNamed() {
        assertThat(findings(Lang.JA, "reverse-question", "残業って月どのくらいありますか？あと、有給はちゃんと取れますか？"))
                .contains("asks-only-pay-and-holidays");
        assertThat(findings(Lang.EN, "reverse-question", "How many hours of overtime are there in a month? And can I take my paid leave when I want?"))
                .contains("asks-only-pay-and-holidays");
        // one question on conditions beside one on the work is fine
        assertThat(findings(Lang.JA, "reverse-question", "配属後の最初の1か月はどんな業務を担当しますか。あと、残業は月どのくらいでしょうか。"))
                .doesNotContain("asks-only-pay-and-holidays");
    }

    @Test
    void aSlipIsCorrectedOnce() {
        var found = findings(Lang.EN, "tech-news", "The CrowdStrike outage in July 2024 was caused by a hacker group, which shows how dangerous attacks are.");
        assertThat(found.stream().filter(id -> id.startsWith("crowdstrike"))).hasSize(1);
    }

    @Test
    void aStoryOfAnotherJobIsNotAnAnswerAboutOperationsAndMaintenance() {
        var feedback = judge(Lang.EN, "ops-vs-maintenance", "At the language school where I work now, I teach about twenty lessons a week and "
                + "plan the courses for the children. I also answer enquiries from parents by email and phone. Every Friday I make "
                + "backups of our lesson files on a USB stick. My colleague and I share the office work, so both of us do a bit of "
                + "everything. I think this shows I am organised and reliable.");
        assertThat(feedback.relevance()).isEqualTo(Feedback.Relevance.OFF_TOPIC);
        assertThat(feedback.score()).isLessThanOrEqualTo(30);
    }

    @Test
    void comingBackFromAPauseIsNotTheAnswersConclusion() {
        var feedback = judge(Lang.EN, "tech-news", "Okay, I'm back, sorry about that. The news I followed most was the July 2024 outage, "
                + "when a faulty CrowdStrike update crashed Windows PCs around the world. It taught me why updates are tested and "
                + "rolled out in stages. I keep up by reading Publickey every morning.");
        var conclusion = feedback.points().stream().filter(p -> p.id().equals("conclusion")).findFirst().orElseThrow();
        assertThat(conclusion.quote()).doesNotContain("back");
        var ja = judge(Lang.JA, "tech-news", "お待たせしました、戻りました。気になったのは2024年7月の大規模障害です。CrowdStrikeの更新の不具合で"
                + "世界中のWindowsが止まりました。更新を段階的に配る大切さを学びました。情報はPublickeyで毎朝集めています。");
        var jaConclusion = ja.points().stream().filter(p -> p.id().equals("conclusion")).findFirst().orElseThrow();
        assertThat(jaConclusion.quote()).doesNotContain("戻りました");
    }

    /**
     * Right sentences a reviewer (session 41, the new and widened readings only) wrote to be misread by them: each was
     * accused by a first version of them, or stood close to one.
     */
    @Test
    void rightSentencesAReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"JA", "home-lab", "container-said-own-kernel", "VMごとにゲストOSを持つので、コンテナより起動に時間がかかります。"},
                new String[] {"JA", "home-lab", "container-said-own-kernel", "MacのDocker Desktopは、Linuxカーネルを持った軽量VMを裏で動かしています。"},
                new String[] {"JA", "region-az", "ebs-said-cross-az", "ap-northeast-1aに作ったEBSボリュームは、1aのインスタンスにだけアタッチできます。"},
                new String[] {"JA", "cert-plan", "cert-said-lifelong", "CCNAのあとに取った応用情報技術者は一生有効なので、今はCCNAの再認定に集中しています。"},
                new String[] {"JA", "why-cloud", "cloud-data-said-abroad", "AWSでus-east-1リージョンを使うと、データは米国のデータセンターに保存されます。"},
                new String[] {"JA", "dns", "client-asks-root-itself", "PCが直接ルートサーバーに問い合わせることはなく、社内のDNSサーバーが代わりに聞きに行きます。"},
                new String[] {"JA", "previous-job", "raid1-said-no-backup", "RAIDはディスク故障に備えるもので、バックアップは別に取らなくてもいいという考えは通用しません。"},
                new String[] {"JA", "linux-commands", "linux-said-case-insensitive", "LinuxにマウントしたFAT32のUSBメモリは、大文字と小文字を区別しないので注意します。"},
                new String[] {"JA", "cert-plan", "aws-cert-prerequisite", "AWS認定には受験資格が設けられていませんので、クラウドプラクティショナーを飛ばしてアソシエイトから受けました。"},
                new String[] {"JA", "tech-news", "centos7-said-supported", "CentOS 7の後継として、サポートされているAlmaLinuxへ移行しました。"},
                new String[] {"JA", "cert-plan", "linuc-said-translation", "LPICにも日本語版の試験があるので、LinuCと比べてどちらを受けるか迷いました。"},
                new String[] {"JA", "slow-web-server", "ping-proves-web", "ICMPをファイアウォールで止めていると、pingが通らないのにサイトは動いている、ということがあります。"},
                new String[] {"JA", "why-start-monitoring", "zabbix-said-aws", "ZabbixのエージェントはMicrosoftのWindows Serverにも対応しています。"},
                new String[] {"JA", "night-alert", "fixes-before-reporting", "本番の変更作業では、切り戻し手順をはっきりさせてから上司に相談し、承認をもらいます。"},
                new String[] {"JA", "linux-commands", "777-said-owner-only", "所有者だけが読み書きできるようにするなら600で、777は全員に開いてしまうので使いません。"},
                new String[] {"JA", "work-stages", "unit-test-said-acceptance", "単体テストから始めて、お客様が実際に操作して確かめる受入テストまで順に進めます。"},
                new String[] {"JA", "work-stages", "waterfall-said-to-go-back", "ウォーターフォールで要件があいまいなまま進めると後の工程で手戻りしやすいので、要件定義を丁寧に行います。"},
                new String[] {"JA", "work-stages", "nfr-said-after-build", "非機能要件を後から決めると、サーバーの台数や構成をやり直すことになります。"},
                new String[] {"JA", "nat-scenario", "napt-said-open-inbound", "IPv6ではNATを使わないので、ファイアウォールで許可すれば外から各PCに直接つながります。"},
                new String[] {"JA", "tech-news", "crowdstrike-said-windows-update", "Windows Updateの後にPCが起動できなくなったときは、セーフモードで更新をアンインストールします。"},
                new String[] {"JA", "tech-news", "centos-stream-said-downstream", "RHELの下流にあたるAlmaLinuxやRocky Linuxと違い、CentOS Streamは次のRHELの開発版です。"},
                new String[] {"JA", "tech-news", "kubernetes-said-amazon", "Kubernetesのノードを自動で増減するKarpenterは、AWSが開発したオープンソースです。"},
                new String[] {"JA", "slow-web-server", "503-said-not-found", "ALBのターゲットグループにターゲットが1つも存在しない場合、ALBは503を返します。"},
                new String[] {"JA", "osi-model", "switch-said-layer1", "メディアコンバーターは光と電気の信号を変換する物理層の機器で、スイッチの手前に置きます。"},
                new String[] {"EN", "home-lab", "container-said-own-kernel", "Docker Desktop on a Mac boots its own small Linux VM to run the containers."},
                new String[] {"EN", "region-az", "ebs-said-cross-az", "EFS can be mounted from another AZ, while an EBS volume attaches only within its AZ."},
                new String[] {"EN", "dns", "client-asks-root-itself", "The PC never goes straight to the root servers; the office DNS server does that for it."},
                new String[] {"EN", "dns", "client-asks-root-itself", "With dig +trace, the PC itself asks the root servers and follows each referral down."},
                new String[] {"EN", "previous-job", "raid1-said-no-backup", "A customer said their RAID 1 array is already a backup, so I showed them that a deleted file disappears from both disks."},
                new String[] {"EN", "linux-commands", "linux-said-case-insensitive", "On Linux, a hard link and the original name are the same file, so editing one changes the other."},
                new String[] {"EN", "cert-plan", "aws-cert-prerequisite", "Cloud Practitioner isn't a prerequisite for Solutions Architect Associate, but I took it first to learn the basics."},
                new String[] {"EN", "tech-news", "centos7-said-supported", "We moved our CentOS 7 servers to Rocky Linux 9, which is supported until 2032."},
                new String[] {"EN", "slow-web-server", "ping-proves-web", "Ping can fail while the website is running, because many firewalls drop ICMP."},
                new String[] {"EN", "night-alert", "fixes-before-reporting", "After a change, I check the service myself first and then report the result to the customer."},
                new String[] {"EN", "current-learning", "root-uid-said-1000", "Rootless Podman runs containers as my own user, UID 1000, mapped to root inside the container."},
                new String[] {"EN", "why-cloud", "kubernetes-said-cloud-provider", "With Kubernetes manifests we can move the app to another cloud with few changes."},
                new String[] {"EN", "why-start-monitoring", "snmp-said-email", "Our Zabbix server polls switches over SNMP and sends alert emails when a port goes down."},
                new String[] {"EN", "home-lab", "zabbix-said-paid", "Zabbix has no license fee, so I set it up at home to practise."},
                new String[] {"EN", "cannot-connect", "private-said-no-internet", "If the home network also uses 192.168.1.0/24, the overlap with the office range is the cause of the VPN problem."});
        Findings.leftAlone(cases);
    }

    /** Slips of the ninety-seventh to hundredth blind sets, said in other words. */
    @Test
    void slipsOfTheLaterBlindSetsAreNamed() {
        assertThat(findings(Lang.JA, "router-vs-switch", "ルーターはブロードキャストもそのまま転送するので、ルーターでつなげばブロードキャストドメインを広げられます。"))
                .contains("router-said-to-forward-broadcasts");
        assertThat(findings(Lang.EN, "ip-subnet", "The subnet mask is what tells you whether an address is private or global."))
                .contains("mask-said-private-or-global");
        assertThat(findings(Lang.EN, "previous-job", "Thanks to the UPS, the servers stayed up no matter how long the blackout lasted."))
                .contains("ups-said-unlimited");
        assertThat(findings(Lang.JA, "previous-job", "店のWi-FiはWEPにして、パスワードを長くしたので安全だと思います。")).contains("wep-said-safe");
        assertThat(findings(Lang.EN, "vlan", "An access port carries multiple VLANs between switches, and the trunk port is where the PCs go."))
                .contains("vlan-ports-swapped");
        assertThat(findings(Lang.JA, "mistake", "それからは、パスワードをBase64で暗号化して保存しています。")).contains("base64-said-encryption");
        assertThat(findings(Lang.EN, "tech-news", "What caught my eye was Google's ChatGPT and how fast people adopted it.")).contains("chatgpt-said-google");
        assertThat(findings(Lang.JA, "dns", "Aレコードには別名のドメイン名を書き、CNAMEにはIPアドレスを書きます。")).contains("a-cname-swapped");
        assertThat(findings(Lang.EN, "region-az", "Keep in mind that traffic between AZs goes over the public internet.")).contains("inter-az-said-internet");
        assertThat(findings(Lang.JA, "work-stages", "運用や保守は工程には含まれず、インフラエンジニアの仕事ではないと思います。")).contains("ops-said-not-infra-work");
    }

    /**
     * Right sentences a second reviewer (session 41, the readings of the later blind sets only) wrote to be misread by
     * them or by readings near them.
     */
    @Test
    void rightSentencesASecondReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"JA", "mistake", "solved-without-the-boss", "障害が起きたときに上司に報告せずに自分だけで対処しようとするのは危険なので、まず第一報を入れるようにしています。"},
                new String[] {"JA", "mistake", "decides-without-approval", "事後報告にならないよう、本番の作業は前日までに上長の承認をもらってから行います。"},
                new String[] {"JA", "work-stages", "design-is-hands-on", "設計段階で、機器を設置するラックの電源容量と耐荷重を確認しておきます。"},
                new String[] {"JA", "work-stages", "stages-are-layers", "下流の障害対応では、OSI参照モデルの下の層から順に、ケーブル、リンク、IPの疎通と確かめていきます。"},
                new String[] {"JA", "router-vs-switch", "router-said-to-forward-broadcasts", "ルーターにip helper-addressを設定すると、DHCPのブロードキャストを中継できます。"},
                new String[] {"JA", "work-stages", "v-model-reversed", "単体テストで要件定義の漏れが見つかることはまれで、多くは総合テストや受入テストで見つかります。"},
                new String[] {"JA", "cert-plan", "fe-said-twice-only", "情報処理安全確保支援士試験は春と秋の年2回しか受けられないので、受験の半年前から学習計画を立てています。"},
                new String[] {"JA", "ops-vs-maintenance", "raid-instead-of-backup", "RAIDを組んだからといって、バックアップは不要にはなりません。"},
                new String[] {"JA", "why-cloud", "provider-said-to-patch-ec2-os", "EC2のOSのパッチはAWSがやってくれるわけではないので、Systems Managerのパッチマネージャーで自分たちで当てています。"},
                new String[] {"JA", "region-az", "az-said-to-contain-regions", "リージョンは大きな地域の単位で、その中に複数のAZがあります。"},
                new String[] {"JA", "vlan", "vlan-ports-swapped", "トランクポートは1つのVLANだけでなく、複数のVLANのフレームをタグで区別して運びます。"},
                new String[] {"JA", "dns", "a-cname-swapped", "CNAMEにはIPアドレスを書けないので、IPを直接指定するときはAレコードを使います。"},
                new String[] {"JA", "region-az", "inter-az-said-internet", "オンプレミスからAmazon S3へは、インターネット経由でバックアップを送っています。"},
                new String[] {"JA", "work-stages", "ops-said-not-infra-work", "アプリのコードの修正はインフラエンジニアの仕事ではないので、運用中に見つけた不具合は開発チームに連絡します。"},
                new String[] {"JA", "home-lab", "container-said-own-kernel", "仮想マシンがゲストOSとしてカーネルを持っているぶん、起動はコンテナの方が速いです。"},
                new String[] {"JA", "slow-web-server", "free-column-said-shortage", "freeの値が少ないのはLinuxではふつうで、メモリ不足かどうかはvmstatのsiとsoを見て判断します。"},
                new String[] {"JA", "work-stages", "build-before-requirements", "PoCでは動くものを作ってから、その結果を要件定義に反映することもあります。"},
                new String[] {"JA", "work-stages", "requirements-after-design", "性能の要件は、今のシステムの実際の性能が分かってから決めたいので、要件定義の前に負荷を測っておきます。"},
                new String[] {"JA", "work-stages", "detailed-design-is-overview", "詳細設計では、ログのローテーションの方針を決めて、保存期間や世代数まで具体的な値を書きます。"},
                new String[] {"JA", "why-start-monitoring", "snmp-said-to-log-in", "SNMPでCPU使用率を集めておき、異常があればサーバーにリモートログインして詳しく調べます。"},
                new String[] {"EN", "previous-job", "own-way-over-the-rules", "Our alert procedure lists which warnings are safe to ignore, so the on-call engineer can focus on the real ones."},
                new String[] {"EN", "work-stages", "requirements-left-to-sales", "Before requirements definition starts, the sales team usually confirms the budget and the deadline with the customer."},
                new String[] {"EN", "ops-vs-maintenance", "sla-said-runbook", "The SLA gives us four hours to restore service, so our runbook puts the recovery steps first."},
                new String[] {"EN", "vlan", "vlan-said-router-only", "In our office the firewall routes traffic between the VLANs, so there was no need to buy a router."},
                new String[] {"EN", "cert-plan", "fe-said-vendor", "Unlike the FE exam, AWS Certified Cloud Practitioner is a vendor certification."},
                new String[] {"EN", "iam", "root-user-for-daily-work", "We check CloudTrail daily for any sign-in by the root user."},
                new String[] {"EN", "why-infra", "infra-needs-no-code", "With the web console you never have to write code just to launch an instance."},
                new String[] {"EN", "mistake", "https-said-safe-site", "The padlock tells you the connection is encrypted; whether the site is safe is a separate question."},
                new String[] {"EN", "region-az", "multi-az-said-to-survive-a-region", "With this setup, if the whole Tokyo Region fails, the standby in the Singapore Region lets the service continue."},
                new String[] {"EN", "ip-subnet", "mask-said-private-or-global", "The subnet mask tells you the size of the network; whether an address is public or private depends on its first octets."},
                new String[] {"EN", "previous-job", "ups-said-unlimited", "A large UPS with extra battery packs can keep a small network rack running for hours."},
                new String[] {"EN", "previous-job", "wep-said-safe", "We replaced the shop's old WEP access points so that the Wi-Fi would be secure."},
                new String[] {"EN", "mistake", "base64-said-encryption", "Kubernetes Secrets are only base64-encoded by default, so we turned on encryption at rest for etcd."},
                new String[] {"EN", "tech-news", "chatgpt-said-google", "I compare answers from ChatGPT with search results from Google before I trust them."},
                new String[] {"EN", "slow-web-server", "free-column-said-shortage", "Our free tier test instance is low on RAM, and when it ran out of memory we moved to a larger instance type."},
                new String[] {"EN", "why-cloud", "provider-said-to-patch-ec2-os", "With Aurora, AWS handles patching of the database engine and the OS during the maintenance window."});
        Findings.leftAlone(cases);
    }

    /**
     * An English reading's unless of "n't" now excuses "isn't", "don't" and the like: it matched no whole word before, so a
     * denial was read as the slip it denies (a reviewer found it, session 41).
     */
    @Test
    void aContractedNegationExcusesTheSentence() {
        assertThat(findings(Lang.EN, "tcp-udp", "IPv6 traffic isn't encrypted by default; you still need TLS or IPsec."))
                .doesNotContain("ipv6-said-encrypted");
        assertThat(findings(Lang.EN, "tcp-udp", "IPv6 traffic is encrypted by default.")).contains("ipv6-said-encrypted");
    }

    /** A port opened and said to be for a service is said of it, however far apart the two stand (a blind set's slipped). */
    @Test
    void aPortOpenedForAServiceFarFromItsNameIsRead() {
        assertThat(findings(Lang.EN, "home-lab", "I also opened port 23 in the firewall, since that is the usual port for SSH."))
                .contains("wrong-port");
        assertThat(findings(Lang.JA, "home-lab", "セキュリティグループでSSH用の23番ポートを開けました。")).contains("wrong-port");
        assertThat(findings(Lang.EN, "home-lab", "I opened port 22 in the firewall for SSH.")).doesNotContain("wrong-port");
        assertThat(findings(Lang.JA, "home-lab", "SSH用の22番ポートを開けました。")).doesNotContain("wrong-port");
        assertThat(findings(Lang.EN, "home-lab", "Only SSH was allowed at first, so I opened port 80 for the web page."))
                .doesNotContain("wrong-port");
    }

    /** An IPv4 address with a part over 255 names no address (a ninety-seventh set's static IP, 192.168.1.300, scored 85). */
    @Test
    void anAddressWithAPartOver255IsNamed() {
        assertThat(findings(Lang.EN, "home-lab", "I set the server's fixed address to 10.0.0.256 so it stays the same."))
                .contains("invalid-address");
        assertThat(findings(Lang.JA, "home-lab", "ラズパイには固定で192.168.0.300を割り当てました。")).contains("invalid-address");
        // a right address, and one said to be impossible, are left alone
        assertThat(findings(Lang.EN, "home-lab", "I set the server's fixed address to 10.0.0.250 so it stays the same."))
                .doesNotContain("invalid-address");
        assertThat(findings(Lang.EN, "ip-subnet", "Something like 192.168.1.300 is not a valid address, since each part stops at 255."))
                .doesNotContain("invalid-address");
        assertThat(findings(Lang.JA, "ip-subnet", "192.168.1.300のような番号は、255を超えるので使えません。")).doesNotContain("invalid-address");
    }
}
