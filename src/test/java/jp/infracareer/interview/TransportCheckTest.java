package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A service given a transport it does not run over is a wrong fact, whichever service and however it is worded. */
class TransportCheckTest {
    @Test
    void aServiceOverTheOtherTransportIsToldWhatItRunsOver() {
        Feedback f = judge(Lang.JA, "tcp-udp", "TCPは確実に届けます。MySQLはUDPで待ち受けています。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("wrong-transport");
        assertThat(f.misconceptions().stream().filter(m -> m.id().equals("wrong-transport")).findFirst().orElseThrow().correction())
                .contains("MySQL").contains("TCP").contains("UDPではありません");
        assertThat(findings(Lang.EN, "linux-commands", "I log in with ssh, which connects over UDP on port 22.")).contains("wrong-transport");
        assertThat(findings(Lang.EN, "slow-web-server", "Our monitoring polls every server with SNMP over TCP.")).contains("wrong-transport");
        assertThat(findings(Lang.JA, "slow-web-server", "監視サーバーはSNMPをTCPで送って状態を集めます。")).contains("wrong-transport");
        assertThat(findings(Lang.EN, "cannot-connect", "The PC's clock is set by NTP, which runs over TCP.")).contains("wrong-transport");
    }

    @Test
    void rightTransportsBothTransportsListsAndQuicAreLeftAlone() {
        assertThat(findings(Lang.JA, "tcp-udp", "DNSの問い合わせはふつうUDPで、大きな応答ではTCPを使います。")).doesNotContain("wrong-transport");
        assertThat(findings(Lang.EN, "tcp-udp", "DNS uses UDP, and TCP for zone transfers.")).doesNotContain("wrong-transport");
        assertThat(findings(Lang.EN, "tcp-udp", "HTTP/3 runs over UDP through QUIC.")).doesNotContain("wrong-transport");
        assertThat(findings(Lang.JA, "tcp-udp", "HTTPSはTCPの443番で待ち受けます。")).doesNotContain("wrong-transport");
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "DHCP runs over UDP, on ports 67 and 68.")).doesNotContain("wrong-transport");
        // a list of services beside one transport says nothing of each
        assertThat(findings(Lang.EN, "tcp-udp", "UDP suits DNS, DHCP and NTP.")).doesNotContain("wrong-transport");
        // the transport belongs to what stands next to it
        assertThat(findings(Lang.JA, "dns", "DNSで調べたIPアドレスのWebサーバーに、ブラウザがしばらくしてからTCPで接続します。"))
                .doesNotContain("wrong-transport");
    }
}
