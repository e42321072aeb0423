package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-fifth newcomer trial (session 39), in other words: a help-desk agent's answer that restarted a VPN
 * gateway with a password found in an old ticket and told no one scored 89, the best mark of her interview; RAID 1 called
 * a backup and DNS said to turn MAC addresses into IP addresses went unnamed.
 */
class TwentyFifthTrialAnswersTest {
    private static java.util.List<String> findings(Lang lang, String question, String answer) {
        return Findings.judge(lang, question, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

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
        assertThat(findings(Lang.JA, "home-lab", "サーバーにSSHでつなぐために、ファイアウォールで443番を開けました。"))
                .contains("ssh-said-443");
        assertThat(findings(Lang.JA, "home-lab", "SSH用に22番、Webの公開用に443番を開けました。")).doesNotContain("ssh-said-443");
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
        assertThat(findings(Lang.EN, "why-infra", "IPv4 addresses are 128 bits, and still we are running out.")).contains("ipv4-said-128-bits");
        assertThat(findings(Lang.JA, "ip-subnet", "IPv4アドレスは32ビットで、IPv6アドレスは128ビットです。")).doesNotContain("ipv4-said-128-bits");
    }
}
