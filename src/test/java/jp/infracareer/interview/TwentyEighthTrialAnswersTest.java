package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-eighth newcomer trial (session 40), in other words: typed on a phone without commas, the OSI layers
 * of IP and of TCP/UDP swapped in one line (87) and the ports of SSH and HTTP swapped (52) went unnoticed; so did a DNS
 * answer keeping its results in the DHCP server, and a story of changing a shared router's settings and restarting it
 * without telling anyone, "and not reporting was fine" (57, quoted as the reason).
 */
class TwentyEighthTrialAnswersTest {
    @Test
    void twoThingsSwappedInOneLineWithoutACommaAreNamed() {
        assertThat(findings(Lang.JA, "osi-model", "IPは4層目のトランスポート層でTCPとUDPは3層目のネットワーク層です"))
                .contains("layer-number");
        assertThat(findings(Lang.JA, "home-lab", "ラズパイのsshは80番ポートでhttpは22番なのでそこだけ開けた"))
                .contains("wrong-port");
        assertThat(findings(Lang.EN, "home-lab", "On my Pi, SSH listens on port 80 and HTTP on port 22, so I opened those."))
                .contains("wrong-port");
        assertThat(findings(Lang.JA, "home-lab", "自宅サーバーに入るために、ufwでSSHのポート23番を許可しました。")).contains("wrong-port");
    }

    @Test
    void aDnsResultKeptByDhcpAndAQuietChangeToSharedGearAreNamed() {
        assertThat(findings(Lang.JA, "dns", "一度調べたDNSの結果は、DHCPサーバーに保存されて次から使われます。"))
                .contains("dns-result-said-in-dhcp");
        assertThat(findings(Lang.EN, "dns", "The lookup result is then stored on the DHCP server for next time."))
                .contains("dns-result-said-in-dhcp");
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "店長にも業者にも言わずに、自分でルーターの設定を変えて再起動しました。"))
                .contains("changed-gear-unannounced");
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "直ったので、誰にも報告しなくても問題なかったと思います。")).contains("no-report-said-fine");
        assertThat(findings(Lang.EN, "previous-job", "Without telling anyone, I changed the setting on the office router and it worked."))
                .contains("changed-gear-unannounced");
    }

    @Test
    void rightSentencesBesideThemAreLeftAlone() {
        assertThat(findings(Lang.JA, "osi-model", "ルーターは第3層で動き、スイッチは第2層で動きます。")).doesNotContain("layer-number");
        assertThat(findings(Lang.JA, "home-lab", "SSHは22番、HTTPは80番なので、ufwでその二つを許可しました。")).doesNotContain("wrong-port");
        assertThat(findings(Lang.JA, "home-lab", "SSHだけ許可されていたので、ufwで80番ポートを許可しました。")).doesNotContain("wrong-port");
        assertThat(findings(Lang.JA, "dns", "DHCPサーバーが配ったIPアドレスはリースとして記録されます。")).doesNotContain("dns-result-said-in-dhcp");
        assertThat(findings(Lang.JA, "mistake", "上司に言わずに設定を変えたのは間違いで、二度としないと決めました。"))
                .doesNotContain("changed-gear-unannounced");
        assertThat(findings(Lang.JA, "night-alert", "誰にも報告しなくても問題ないということはなく、必ず報告します。")).doesNotContain("no-report-said-fine");
    }
}
