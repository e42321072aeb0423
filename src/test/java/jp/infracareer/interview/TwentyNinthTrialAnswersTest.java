package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-ninth newcomer trial (session 40), in other words: slips outside the question's own subject went
 * unnamed and scored high: LPIC-1 called "the Cisco certification" (89, quoted as the answer), ping said to use TCP port 80,
 * RAID 0 said good for backup because data is copied to two disks (87), DHCP said to turn host names into addresses (87),
 * memory checked with df (93).
 */
class TwentyNinthTrialAnswersTest {
    @Test
    void slipsBesideTheQuestionsSubjectAreNamed() {
        assertThat(findings(Lang.EN, "current-learning", "These days I'm preparing for LPIC-1, which is the Cisco certification for network gear."))
                .contains("lpic-said-network");
        assertThat(findings(Lang.EN, "night-alert", "First I would check it with ping, which uses TCP port 80.")).contains("ping-said-udp");
        assertThat(findings(Lang.EN, "reverse-question", "I read that RAID 0 is good for backup, since the data is copied to two disks."))
                .contains("raid0-said-redundant");
        assertThat(findings(Lang.JA, "overtime-oncall", "DHCPというホスト名をIPアドレスに変換する仕組みが止まると、呼び出しがかかります。"))
                .contains("dhcp-said-to-resolve-names");
        assertThat(findings(Lang.JA, "night-alert", "メモリがどれくらい使われているかはdfコマンドで確認します。")).contains("df-shows-cpu");
    }

    @Test
    void rightSentencesBesideThemAreLeftAlone() {
        assertThat(findings(Lang.JA, "night-alert", "ディスクの空きはdf、メモリはfreeで確認します。")).doesNotContain("df-shows-cpu");
        assertThat(findings(Lang.EN, "night-alert", "Ping uses ICMP, so to check port 80 I use curl instead.")).doesNotContain("ping-said-udp");
        assertThat(findings(Lang.EN, "reverse-question", "RAID 1 copies the data to two disks, but it is still not a backup."))
                .doesNotContain("raid0-said-redundant");
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "DHCPはIPアドレスと一緒に、ホスト名をIPアドレスに変換するDNSサーバーのアドレスも配ります。"))
                .doesNotContain("dhcp-said-to-resolve-names");
    }
}
