package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * The slips of the hundred-and-ninth to -twentieth blind sets (session 45), said in other words, and right answers three
 * reviewers who saw only the subjects of the new readings wrote to be misread by them (interview/right-answers-45.yml,
 * -45b.yml and -45c.yml): none may be told of a mistake.
 */
class BlindSets109To120Test {
    @Test
    void slipsOfTheBlindSetsAreNamed() {
        assertThat(findings(Lang.EN, "region-az", "The AZs are hundreds of kilometers apart, so one earthquake can't reach two of them."))
                .contains("az-said-hundreds-km");
        assertThat(findings(Lang.JA, "region-az", "同じリージョンのAZは数百キロ離れているので、マルチAZだけで大地震にも備えられます。"))
                .contains("az-said-hundreds-km");
        assertThat(findings(Lang.JA, "current-learning", "chmod 755にすると、その他のユーザーは読み書きができるようになります。"))
                .contains("755-said-others-write");
        assertThat(findings(Lang.EN, "ops-vs-maintenance", "We apply the patch in production first, then roll it out to the test servers."))
                .contains("patch-said-prod-first");
        assertThat(findings(Lang.JA, "home-lab", "Rocky LinuxはDebian系なので、aptでパッケージを入れました。")).contains("centos-said-debian");
        assertThat(findings(Lang.EN, "home-lab", "I used Samba, which is made by Microsoft, to share folders.")).contains("samba-said-microsoft");
        assertThat(findings(Lang.EN, "router-vs-switch", "Each router increments the TTL, and at 255 the packet is dropped."))
                .contains("ttl-said-increments");
        assertThat(findings(Lang.JA, "cannot-connect", "169.254なら、空いてそうなアドレスを固定で入れて、まずつながるようにします。"))
                .contains("static-ip-guessed");
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "DHCP only runs on a router, so a Linux box can't hand out addresses."))
                .contains("dhcp-said-router-only");
        assertThat(findings(Lang.JA, "why-infra", "総務省が実施している基本情報技術者試験を受ける予定です。")).contains("fe-said-soumu");
        assertThat(findings(Lang.EN, "tcp-udp", "HTTP/3 is still web traffic, so it runs on TCP with a shorter handshake."))
                .contains("http3-said-tcp");
        assertThat(findings(Lang.JA, "current-learning", "OSPFはディスタンスベクター型で、コストで経路を選びます。"))
                .contains("ospf-said-distance-vector");
        assertThat(findings(Lang.EN, "tech-news", "AWS re:Invent is held every June in Tokyo, and I watch the keynotes."))
                .contains("reinvent-said-tokyo");
        assertThat(findings(Lang.JA, "why-start-monitoring", "SLAは社内の目標で、運用チームと構築チームの間で決めるものです。"))
                .contains("sla-said-internal");
        assertThat(findings(Lang.EN, "home-lab", "The Let's Encrypt certificate lasts a year, so I renew it every spring."))
                .contains("letsencrypt-said-year");
        assertThat(findings(Lang.JA, "home-lab", "ラズパイの/etc/hostsに書いたので、家の中のどのPCからも名前で開けます。"))
                .contains("hosts-said-to-serve-lan");
        assertThat(findings(Lang.JA, "work-stages", "上流工程は二次請けの会社が担当し、元請けは管理をします。"))
                .contains("upstream-said-subcontractors");
        assertThat(findings(Lang.EN, "why-cloud", "AWS has no region in Japan, so banks keep their data on-premises."))
                .contains("aws-said-no-japan-region");
        assertThat(findings(Lang.JA, "home-lab", "ufwでSSHの23番ポートを許可してから有効にしました。")).contains("wrong-port");
    }

    /** Slips of the hundred-and-thirteenth to -sixteenth blind sets, said in other words. */
    @Test
    void slipsOfTheSecondRoundAreNamed() {
        assertThat(findings(Lang.JA, "region-az", "東京リージョンはap-east-1なので、そこにEC2を置きます。")).contains("ap-east-1-said-tokyo");
        assertThat(findings(Lang.EN, "region-az", "Osaka is still a local region with a single AZ, so we use it only for backups."))
                .contains("osaka-said-local-region");
        assertThat(findings(Lang.JA, "tech-news", "IPAは総務省の機関なので、その発表は国の公式な見解です。")).contains("ipa-said-soumu");
        assertThat(findings(Lang.EN, "current-learning", "The Cloud Practitioner exam also has essay questions, so I practise writing."))
                .contains("clf-said-essay");
        assertThat(findings(Lang.JA, "slow-web-server", "dfでメモリの空きとスワップを確認します。")).contains("df-said-memory-narrow");
        assertThat(findings(Lang.EN, "why-cloud", "The 2025 cliff is about Windows 10 support ending, so firms move to the cloud."))
                .contains("dx-cliff-said-windows");
        assertThat(findings(Lang.JA, "overtime-oncall", "法定休日の出勤は25%の割増なので、会社の負担は小さいです。")).contains("holiday-premium-said-25");
        assertThat(findings(Lang.JA, "tcp-udp", "UDPはポート番号を持たないので、IPアドレスだけで届けます。")).contains("udp-said-no-ports");
        assertThat(findings(Lang.EN, "dns", "There is only one root server, and it is in the United States.")).contains("root-server-said-one");
        assertThat(findings(Lang.JA, "dns", "TTLは名前解決のタイムアウトの時間です。")).contains("ttl-said-timeout");
        assertThat(findings(Lang.JA, "linux-commands", "grep -i を付けると、その文字を含まない行だけが出ます。")).contains("grep-i-said-invert");
        assertThat(findings(Lang.EN, "work-stages", "Sizing is done downstream, after go-live, once the real load shows."))
                .contains("sizing-said-downstream");
        assertThat(findings(Lang.JA, "shared-responsibility", "作ったばかりのセキュリティグループは、アウトバウンドもすべて拒否です。"))
                .contains("sg-said-denies-outbound");
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "Every segment needs its own DHCP server, since broadcasts stop at routers."))
                .contains("dhcp-server-per-segment");
        assertThat(findings(Lang.JA, "overtime-oncall", "深夜割増は22時から朝6時までの分に付きます。")).contains("night-premium-22-to-6");
        assertThat(findings(Lang.EN, "tcp-udp", "For example SSH on port 23 and HTTPS on port 443 use TCP.")).contains("wrong-port");
        assertThat(findings(Lang.JA, "ip-subnet", "マスクはネットワーク部とホスト部を分けるもので、/24は255.255.0.0です。")).contains("prefix-mask");
    }

    /** Slips of the hundred-and-seventeenth to -twentieth blind sets, said in other words. */
    @Test
    void slipsOfTheThirdRoundAreNamed() {
        assertThat(findings(Lang.EN, "current-learning", "VirtualBox is container-based, so its VMs share the host kernel."))
                .contains("virtualbox-said-container");
        assertThat(findings(Lang.JA, "linux-commands", "ip a コマンドでルーティングテーブルを見ます。")).contains("ip-a-said-routes");
        assertThat(findings(Lang.JA, "region-az", "バックアップは大阪リージョン、つまりap-northeast-1に置きます。"))
                .contains("osaka-said-ap-northeast-1");
        assertThat(findings(Lang.EN, "tech-news", "VMware, which is owned by Dell, ended perpetual licences.")).contains("vmware-said-dell");
        assertThat(findings(Lang.JA, "cert-plan", "支援士は合格すればその時点で名乗れて、更新不要です。")).contains("sc-said-no-renewal");
        assertThat(findings(Lang.EN, "router-vs-switch", "If several routes match, it picks the shortest mask, the most general route."))
                .contains("shortest-mask-wins");
        assertThat(findings(Lang.JA, "ip-subnet", "最後の192.168.1.254はブロードキャストアドレスとして予約されているので、その2つを除いた254台です。"))
                .contains("reserved-address");
        assertThat(findings(Lang.JA, "previous-job", "個人情報保護法でISMSの取得が義務付けられています。")).contains("isms-said-mandatory");
        assertThat(findings(Lang.EN, "previous-job", "PowerShell uses the same VBA language as Excel macros.")).contains("powershell-said-vba");
        assertThat(findings(Lang.EN, "cannot-connect", "If names fail, I'd just change the PC's DNS server to 8.8.8.8 and move on."))
                .contains("dns-changed-to-public");
        assertThat(findings(Lang.JA, "osi-model", "ハブとスイッチは第2層で、ルーターは第3層です。")).contains("hub-said-layer2");
        assertThat(findings(Lang.EN, "work-stages", "Non-functional requirements are things like the screen layout."))
                .contains("nfr-said-ui");
        assertThat(findings(Lang.EN, "router-vs-switch", "VLAN 10 and VLAN 20 talk to each other through the trunk, so no router is needed."))
                .contains("trunk-said-to-join-vlans");
        assertThat(findings(Lang.JA, "vlan", "ネイティブVLANのフレームにも必ずタグが付けられます。")).contains("native-vlan-said-tagged");
        assertThat(findings(Lang.EN, "dns", "The root servers are all run by ICANN.")).contains("root-said-icann");
    }

    /** "The certificate …", 「試験は…」: a sentence that goes on about the thing the one before named. */
    @Test
    void aSentenceOnTheExamOrTheCertificateBeforeIsReadWithIt() {
        assertThat(findings(Lang.EN, "home-lab", "I set up HTTPS with Let's Encrypt. The certificate is valid for one year, so I renew it in spring."))
                .contains("letsencrypt-said-year");
        assertThat(findings(Lang.JA, "current-learning", "クラウドプラクティショナーの勉強中です。試験は記述問題も出るので、文章で書く練習もしています。"))
                .contains("clf-said-essay");
        // a sentence on its own subject is not read with the one before
        assertThat(findings(Lang.EN, "home-lab", "I set up HTTPS with Let's Encrypt. My domain is valid for one year, so I renew it in spring."))
                .doesNotContain("letsencrypt-said-year");
    }

    /** Motives that are weak for a question about one's past job, and "it doesn't matter" for a difference asked about. */
    @Test
    void weakMotivesOfThePoorAnswersAreTold() {
        Feedback pastJob = Findings.judge(Lang.JA, "previous-job",
                "前職は販売でした。経験が生かせるかは分かりませんが、インフラは手に職がつくし、リモートでも働けそうなので選びました。");
        assertThat(pastJob.weakMotives()).extracting(Feedback.Flag::id).contains("skill-for-life", "remote");
        assertThat(pastJob.score()).isLessThanOrEqualTo(15);
        Feedback difference = Findings.judge(Lang.EN, "ops-vs-maintenance",
                "They both look after a system once it is running, and one team usually does both, so the difference doesn't really matter.");
        assertThat(difference.weakMotives()).extracting(Feedback.Flag::id).contains("vague");
        assertThat(difference.score()).isLessThanOrEqualTo(15);
    }

    /** A PC given its address in one clause and NAPT converting in the next: not NAT said to hand out addresses. */
    @Test
    void aNewSubjectAfterTeIteIsItsOwnClause() {
        assertThat(findings(Lang.JA, "nat-scenario",
                "各パソコンにはプライベートIPアドレスを割り当てていて、外に出るときにルーターがNAPTで変換します。")).isEmpty();
        // NAT itself said to hand them out is still a mistake
        assertThat(findings(Lang.JA, "nat-scenario", "NATはパソコンにIPアドレスを割り当てていて、インターネットに出られるようにします。"))
                .isNotEmpty();
    }

    /** Right answers about the same subjects, written to be misread: told of no mistake. */
    @Test
    void rightAnswersAboutTheSameSubjectsAreLeftAlone() {
        List<JudgedAnswers.Answer> answers = new ArrayList<>(JudgedAnswers.load("interview/right-answers-45.yml"));
        answers.addAll(JudgedAnswers.load("interview/right-answers-45b.yml"));
        answers.addAll(JudgedAnswers.load("interview/right-answers-45c.yml"));
        assertThat(answers).hasSizeGreaterThanOrEqualTo(120);
        List<String> accused = new ArrayList<>();
        for (JudgedAnswers.Answer a : answers) {
            List<String> found = findings(a.lang(), a.question(), a.text());
            if (!found.isEmpty()) {
                accused.add(a.id() + " " + found);
            }
        }
        assertThat(accused).isEmpty();
    }
}
