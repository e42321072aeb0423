package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** An address said to be a network's broadcast or network address is checked by arithmetic, in either language. */
class ReservedAddressCheckTest {
    @Test
    void aWrongBroadcastOrNetworkAddressIsNamedWithTheRightOne() {
        Feedback f = judge(Lang.JA, "ip-subnet", "/24はサブネットマスク255.255.255.0で、ホスト部は8ビットです。"
                + "先頭の192.168.1.0はネットワークアドレス、末尾の192.168.1.254はブロードキャストアドレスなので使えません。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("reserved-address");
        assertThat(f.misconceptions().get(0).correction()).contains("192.168.1.255").contains("192.168.1.254");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.EN, "ip-subnet", "In 192.168.1.0/24, 192.168.1.0 is the network address and 192.168.1.254 "
                + "is the broadcast address.")).containsExactly("reserved-address");
        // also where the count goes on to leave the two out
        assertThat(findings(Lang.JA, "ip-subnet", "192.168.1.0/24では、最後の192.168.1.254はブロードキャストアドレスなので、"
                + "その2つを除いた254台に割り当てられます。")).containsExactly("reserved-address");
        // the network the answer names sets the prefix: in a /25 the first half's broadcast is .127
        assertThat(findings(Lang.EN, "ip-subnet", "Take 10.0.0.0/25. Its broadcast address is 10.0.0.126.")).containsExactly("reserved-address");
        assertThat(findings(Lang.EN, "ip-subnet", "Take 10.0.0.0/25. The network address is 10.0.0.1.")).containsExactly("reserved-address");
    }

    @Test
    void rightAddressesDenialsAndOtherNetworksAreLeftAlone() {
        assertThat(findings(Lang.JA, "ip-subnet", "192.168.1.0/24では、192.168.1.0はネットワークアドレス、192.168.1.255は"
                + "ブロードキャストアドレスなので割り当てられません。")).isEmpty();
        assertThat(findings(Lang.EN, "ip-subnet", "The network address is 192.168.1.0 and the broadcast address is 192.168.1.255, "
                + "so 254 devices can have an address.")).isEmpty();
        assertThat(findings(Lang.JA, "ip-subnet", "192.168.1.254はブロードキャストアドレスではありません。")).isEmpty();
        assertThat(findings(Lang.EN, "ip-subnet", "Take 10.0.0.0/25. Its broadcast address is 10.0.0.127.")).isEmpty();
        // an address of another network than the one the answer sets out is not read against it
        assertThat(findings(Lang.EN, "ip-subnet", "Take 10.0.0.0/24. At home my broadcast address is 192.168.1.255.")).isEmpty();
    }
}
