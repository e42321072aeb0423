package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-fifth newcomer trial (session 39), in other words: a help-desk agent's answer that restarted a VPN
 * gateway with a password found in an old ticket and told no one scored 89, the best mark of her interview; RAID 1 called
 * a backup and DNS said to turn MAC addresses into IP addresses went unnamed.
 */
class TwentyFifthTrialAnswersTest {
    @Test
    void aPasswordFoundInATicketAndAFixToldToNoOneAreNamed() {
        Feedback f = Findings.judge(Lang.EN, "pressure", "Last winter our file server hung during a busy morning. I found the root"
                + " password in a shared folder and rebooted it myself. I didn't tell my supervisor, because it was working again.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("used-found-credentials", "did-not-inform-lead");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "mistake", "共有フォルダにあった管理者のパスワードを使ってルーターを再起動しました。"
                + "先輩には伝えませんでした。")).contains("used-found-credentials", "did-not-inform-lead");
        // the same found password reported, and the lesson told, are right
        assertThat(findings(Lang.EN, "pressure", "I found an admin password in an old ticket; I did not use it, reported it so it"
                + " could be changed, and escalated to L2.")).doesNotContain("used-found-credentials");
        assertThat(findings(Lang.EN, "mistake", "I didn't tell my team lead at first, which I regret; since then I report before I act."))
                .doesNotContain("did-not-inform-lead");
    }

    @Test
    void raidOneCalledABackupAndDnsSaidToGiveMacAddressesAreNamed() {
        assertThat(findings(Lang.EN, "home-lab", "My home NAS has two disks in RAID 1, which is my backup, so no separate backup is"
                + " kept.")).contains("raid1-said-no-backup");
        assertThat(findings(Lang.JA, "home-lab", "NASはRAID1にしてあるので、それがバックアップ代わりです。")).contains("raid1-said-no-backup");
        assertThat(findings(Lang.EN, "previous-job", "At the shop I learned DNS turns a MAC address to an IP address so the PC can talk.")).contains("dns-said-mac");
        assertThat(findings(Lang.EN, "home-lab", "RAID 1 keeps the server running when a disk fails, but it is not a backup, so I"
                + " also copy the data to a USB disk every week.")).doesNotContain("raid1-said-no-backup");
    }

    /** Readings added from the seventy-seventh to eightieth blind sets, and right sentences beside them. */
    @Test
    void slipsOfTheSessionsBlindSetsAreNamedAndRightSentencesLeftAlone() {
        assertThat(findings(Lang.EN, "why-cloud", "At night I stop the test instance, and then I pay nothing for it at all."))
                .contains("stopped-instance-said-free");
        assertThat(findings(Lang.EN, "why-cloud", "A stopped instance costs no compute time, but its EBS volume is still billed."))
                .doesNotContain("stopped-instance-said-free");
        assertThat(findings(Lang.JA, "tech-news", "Dockerのコンテナはそれぞれ専用のカーネルを持っているので安全です。"))
                .contains("container-said-own-kernel");
        assertThat(findings(Lang.JA, "tech-news", "コンテナはホストのカーネルを共有するので、仮想マシンより軽く動きます。"))
                .doesNotContain("container-said-own-kernel");
        assertThat(findings(Lang.EN, "career-plan", "I will learn Terraform, which is an AWS service for building infrastructure."))
                .contains("terraform-said-aws");
        assertThat(findings(Lang.JA, "ops-vs-maintenance", "EOLを迎えるとサーバーは動かなくなるので、その前に入れ替えます。"))
                .contains("eol-said-stops-working");
        assertThat(findings(Lang.JA, "ops-vs-maintenance", "EOLを過ぎても機器は動きますが、パッチが出なくなるので入れ替えを計画します。"))
                .doesNotContain("eol-said-stops-working");
        assertThat(findings(Lang.JA, "night-shift", "Warningくらいのアラートは記録もせずに流しておけばいいと思います。"))
                .contains("lets-warnings-pass");
        assertThat(findings(Lang.EN, "tech-news", "I read that routers work at layer 2 and forward by MAC address.")).contains("router-switch-layers-swapped");
    }

    /**
     * Right sentences a reviewer (session 39) tried against the readings added for the twenty-fifth trial and the
     * seventy-seventh to eightieth blind sets: each was accused by a first version of them. Checked under the question named.
     */
    @Test
    void rightSentencesAReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"JA", "ops-vs-maintenance", "raid1-said-to-lose-data", "RAID1は1台が壊れてもデータは消えないので、その間にディスクを交換します。"},
                new String[] {"EN", "ops-vs-maintenance", "raid1-said-to-lose-data", "With RAID 1, when one disk fails, no data is lost and the server keeps running."},
                new String[] {"EN", "ops-vs-maintenance", "eol-said-stops-working", "At end of support the server doesn't stop working; it just gets no more fixes."},
                new String[] {"EN", "ops-vs-maintenance", "eol-said-stops-working", "At end of life the vendor will stop releasing fixes."},
                new String[] {"JA", "mistake", "did-not-inform-lead", "上司に報告せずに本番環境を触ることはしません。"},
                new String[] {"EN", "mistake", "did-not-inform-lead", "I never change production without informing my team lead."},
                new String[] {"JA", "tech-news", "zero-trust-said-inside-trusted", "ゼロトラストでは、社内ネットワークは信頼できないものとして毎回認証します。"},
                new String[] {"EN", "tech-news", "zero-trust-said-inside-trusted", "Under zero trust, even everything inside the company network has to be verified."},
                new String[] {"JA", "home-lab", "terraform-said-aws", "TerraformでVPCやEC2などAWSのサービスをコードで構築しました。"},
                new String[] {"EN", "tech-news", "container-said-own-kernel", "A VM has its own kernel, while a container uses the host's."},
                new String[] {"JA", "tech-news", "container-said-own-kernel", "コンテナはOSを丸ごと起動しないので、数秒で立ち上がります。"},
                new String[] {"JA", "linux-commands", "enable-said-starts-now", "enableは自動起動の設定で、startは今すぐ起動するコマンドです。"},
                new String[] {"JA", "home-lab", "raid1-said-no-backup", "RAIDはバックアップを兼ねないので、別に毎晩バックアップを取っています。"},
                new String[] {"JA", "home-lab", "raid1-said-no-backup", "RAIDをバックアップ代わりに使うのは危険です。"},
                new String[] {"EN", "mistake", "raid1-said-no-backup", "We lost the data because the file server had RAID 1 and no separate backup."},
                new String[] {"EN", "ops-vs-maintenance", "incremental-said-differential", "To restore, you need the full and every incremental since the last full, in order."},
                new String[] {"JA", "ops-vs-maintenance", "incremental-said-differential", "復元には前回のフルと、それ以降の増分をすべて使います。"},
                new String[] {"EN", "client-site", "wep-said-newer", "We replaced WEP with WPA2, which is more secure."},
                new String[] {"JA", "client-site", "wep-said-newer", "WEPからより安全なWPA2に切り替えました。"},
                new String[] {"JA", "night-alert", "restarts-alone-at-night", "再起動が必要そうでも、まずは自分でログを確認してから担当者に連絡します。"},
                new String[] {"JA", "night-alert", "restarts-alone-at-night", "起こすのは申し訳なくても、再起動の前には必ず担当者に電話します。"},
                new String[] {"EN", "night-shift", "restarts-alone-at-night", "We have a scheduled reboot every Sunday night, and I report in the morning whether every server came back."},
                new String[] {"JA", "home-lab", "stopped-instance-said-free", "無料利用枠のEC2インスタンスで検証し、使わないときは停止していました。"},
                new String[] {"EN", "why-cloud", "stopped-instance-said-free", "When an instance is stopped, you are not charged for its compute hours."},
                new String[] {"EN", "shared-responsibility", "hypervisor-said-customer", "On our on-prem VMware, the hypervisor is our responsibility, so we also patch ESXi."},
                new String[] {"EN", "vlan", "cc-said-to-hide", "In my CCNA lab, PCs in different VLANs can't see each other without a router."},
                new String[] {"JA", "work-stages", "paramsheet-said-after-golive", "パラメーターシートは運用で作業する前に必ず確認します。"},
                new String[] {"EN", "work-stages", "paramsheet-said-after-golive", "After go-live, the operations team keeps the parameter sheet up to date."},
                new String[] {"EN", "night-shift", "lets-warnings-pass", "You can't just ignore a warning."},
                new String[] {"JA", "night-shift", "lets-warnings-pass", "ワーニングでも無視していいものはありません。"},
                new String[] {"JA", "why-start-monitoring", "sla-999-downtime", "99.9%のSLAなので、15分程度で検知できる監視間隔にしています。"},
                new String[] {"EN", "why-company", "sla-999-downtime", "Three nines is fine for internal tools, but payments need five nines, about five minutes a year."},
                new String[] {"JA", "nat-vs-dhcp", "dns-said-mac", "DHCPの予約でMACアドレスをIPアドレスに紐づけ、DNSに登録しました。"},
                new String[] {"JA", "why-start-monitoring", "trap-said-to-ask", "Zabbixは5分おきに機器へ問い合わせて値を取り、異常時は機器からのトラップも受け取ります。"},
                new String[] {"JA", "nat-vs-dhcp", "dhcp-said-tcp-80", "ルーターの管理画面は8080番ポートを使っていました。"},
                new String[] {"JA", "cert-plan", "lpic1-one-exam", "LPIC-1は101試験に合格したので、今はもう1つの試験を勉強しています。"},
                new String[] {"EN", "home-lab", "private-said-global", "To make my 192.168.1.10 server reachable from the internet, I set up port forwarding."},
                new String[] {"EN", "iam", "used-found-credentials", "We stopped keeping credentials in the shared folder and started using a password manager."},
                new String[] {"EN", "work-stages", "tests-said-after-golive", "System tests are run in production-like staging."},
                new String[] {"JA", "cert-plan", "ccna-said-top-level", "CCNAで最難関だったのはサブネット計算でした。"},
                new String[] {"EN", "nat-scenario", "napt-said-for-large-only", "Static NAT without port numbers is fine for one public web server."});
        Findings.leftAlone(cases);
    }
}
