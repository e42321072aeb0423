package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-seventh newcomer trial (session 39), in other words: LinuC Level 1 said to come with exam 101 alone
 * (quoted as a reason, 97), DNS said to hand out addresses in casual Japanese (84), DNS said to turn IP into MAC, df and
 * ps swapped, LPIC called Cisco's.
 */
class TwentySeventhTrialAnswersTest {
    @Test
    void theTrialsSlipsAreNamedInOtherWords() {
        assertThat(findings(Lang.JA, "cert-plan", "LinuCレベル1は101試験に1回受かればそれで取れるので、来月受けます。"))
                .contains("linuc1-101-alone");
        assertThat(findings(Lang.JA, "why-infra", "DNSって端末にIPアドレスを割り振ってくれる仕組みなんですよね。"))
                .contains("dns-said-to-assign-ip");
        assertThat(findings(Lang.EN, "previous-job", "At the hotel I learned DNS turns IP addresses into MAC addresses."))
                .contains("dns-said-mac");
        assertThat(findings(Lang.EN, "current-learning", "I use df to see which processes are running and ps to check disk space."))
                .contains("df-ps-swapped");
        assertThat(findings(Lang.EN, "cert-plan", "Next I will take LPIC, which is Cisco's exam for networks.")).contains("lpic-said-network");
    }

    @Test
    void rightSentencesBesideThemAreLeftAlone() {
        assertThat(findings(Lang.JA, "cert-plan", "LinuCレベル1は101と102の両方に受かれば認定されます。")).doesNotContain("linuc1-101-alone");
        assertThat(findings(Lang.JA, "slow-web-server", "topやfree、dfでCPU、メモリ、ディスクの使用状況を見ます。"))
                .doesNotContain("df-ps-swapped");
        assertThat(findings(Lang.EN, "cert-plan", "CCNA, which is Cisco's network certification, comes after LPIC for me."))
                .doesNotContain("lpic-said-network");
    }
}
