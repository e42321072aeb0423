package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A field put into another layer's header is a wrong fact in any technical answer, however it is worded. */
class HeaderCheckTest {
    @Test
    void aFieldPutIntoAnotherLayersHeaderIsNamedWithWhereItTravels() {
        Feedback f = judge(Lang.JA, "router-vs-switch", "スイッチはレイヤー2、ルーターはレイヤー3の機器です。"
                + "スイッチは、パケットのIPヘッダーに入っている宛先MACアドレスを見て、転送先のポートを決めます。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("field-in-wrong-header");
        assertThat(f.misconceptions().get(0).correction()).contains("IPヘッダー").contains("MACアドレス").contains("第2層");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        // the header first, holding a field of another layer beside its own
        assertThat(findings(Lang.JA, "tcp-udp", "TCPのヘッダーには送信元と宛先のIPアドレス、ポート番号、シーケンス番号が入っています。"))
                .containsExactly("field-in-wrong-header");
        // the field first, put "in" the header
        assertThat(findings(Lang.EN, "ip-subnet", "The mask is carried in the header of every IP packet, so routers know the network."))
                .containsExactly("field-in-wrong-header");
        assertThat(findings(Lang.EN, "vlan", "Each frame's VLAN ID goes into the TCP header on a trunk.")).containsExactly("field-in-wrong-header");
    }

    @Test
    void fieldsInTheirOwnHeaderAndHeadersSideBySideAreLeftAlone() {
        assertThat(findings(Lang.JA, "router-vs-switch", "ルーターはIPヘッダーに入っている宛先IPアドレスを見て転送先を決めます。")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "The TCP header carries the port numbers and the sequence and acknowledgement numbers."))
                .isEmpty();
        // a field near a header it is not said to be in
        assertThat(findings(Lang.EN, "router-vs-switch", "The router reads the destination IP address in the IP header and "
                + "rewrites the MAC addresses for the next hop.")).doesNotContain("field-in-wrong-header");
        // two headers set side by side
        assertThat(findings(Lang.EN, "osi-model", "MAC addresses are in the Ethernet header, while IP addresses are in the IP header."))
                .isEmpty();
        assertThat(findings(Lang.JA, "vlan", "VLANタグはIPヘッダーではなく、イーサネットフレームに入ります。")).isEmpty();
    }
}
