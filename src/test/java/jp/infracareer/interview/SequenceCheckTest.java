package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** Steps of a sequence whose order is a fact, listed out of order, are a wrong fact however the sentence runs. */
class SequenceCheckTest {
    @Test
    void layersOutOfOrderAreToldTheRightOrder() {
        Feedback f = judge(Lang.EN, "osi-model", "The OSI model has seven layers. Going from the bottom, you have physical, data link,"
                + " network, transport, presentation, session and application.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("osi-layer-order");
        assertThat(f.misconceptions().get(0).correction()).contains("5 session").contains("6 presentation");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "osi-model", "下から、物理、データリンク、トランスポート、ネットワーク、セッション、プレゼンテーション、アプリケーションです。"))
                .containsExactly("osi-layer-order");
    }

    @Test
    void dhcpMessagesAndDnsServersOutOfOrderAreNamed() {
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "DHCPの流れは、端末がDiscoverでサーバーを探し、次に端末がRequestで依頼し、"
                + "サーバーがOfferで候補を示し、最後にAckで確定します。")).contains("dhcp-message-order");
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "The client sends Discover, the server sends Ack, the client sends Request and the server"
                + " sends Offer.")).contains("dhcp-message-order");
        assertThat(findings(Lang.EN, "dns", "The resolver starts with the authoritative server for the domain, then it moves up to"
                + " the TLD server, and finally to the root servers.")).contains("dns-lookup-order");
        assertThat(findings(Lang.JA, "dns", "リゾルバーは、まず権威DNSサーバー、次にTLDサーバー、最後にルートサーバーに問い合わせます。"))
                .contains("dns-lookup-order");
    }

    @Test
    void rightOrdersListsFromTheTopAndDescriptionsAreLeftAlone() {
        // from the top down is a right way to list the layers
        assertThat(findings(Lang.EN, "osi-model", "From the top: application, presentation, session, transport, network, data link and physical."))
                .isEmpty();
        assertThat(findings(Lang.JA, "osi-model", "下から、物理、データリンク、ネットワーク、トランスポート、セッション、プレゼンテーション、アプリケーションです。"))
                .isEmpty();
        // an introduction before a colon names the ends of the list, then the list itself
        assertThat(findings(Lang.EN, "osi-model", "It runs from the physical layer at the bottom up to the application layer at the top:"
                + " physical, data link, network, transport, session, presentation and application.")).isEmpty();
        // a sentence that comes back to a step describes the layers rather than listing them
        assertThat(findings(Lang.EN, "osi-model", "Layer 4, transport, is TCP and UDP; layers 5 and 6, session and presentation,"
                + " manage sessions and encodings; layer 7, application, is HTTP.")).isEmpty();
        // a step named in a clause about another ("requests" for the first broadcast) is not a list item
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "A PC that joins the LAN broadcasts a request, the DHCP server offers an address,"
                + " the PC requests it and the server acknowledges, the DORA exchange.")).isEmpty();
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "The full exchange is Discover, Offer, Request, Acknowledge, over UDP.")).isEmpty();
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "端末がDiscoverでサーバーを探し、サーバーがOfferで候補を示し、端末がRequestで申し込み、最後にAckで確定します。"))
                .isEmpty();
        assertThat(findings(Lang.EN, "dns", "The resolver asks a root server, then the TLD server, then the authoritative server."))
                .isEmpty();
        // the way back runs the other way
        assertThat(findings(Lang.JA, "dns", "答えは権威サーバーからリゾルバーに返り、TLDやルートには戻りません。")).isEmpty();
    }

    @Test
    void theHandshakeOutOfOrderIsNamedAndTheLongerNameIsTheStep() {
        // "SYN/ACK" holds "SYN" and "ACK": it names its own step, neither of theirs
        assertThat(findings(Lang.JA, "tcp-udp", "流れとしては、クライアントがまずSYNを送り、サーバーがACKを返し、最後にクライアントがSYN/ACKを送って"
                + "接続が確立します。")).contains("tcp-handshake-order");
        assertThat(findings(Lang.EN, "tcp-udp", "The client sends SYN, the server replies with ACK, and then the client sends SYN/ACK.")).contains("tcp-handshake-order");
        assertThat(findings(Lang.JA, "tcp-udp", "クライアントがSYNを送り、サーバーがSYN/ACKを返し、最後にクライアントがACKを返して接続が確立します。"))
                .doesNotContain("tcp-handshake-order");
        assertThat(findings(Lang.EN, "tcp-udp", "The client sends SYN, the server answers with SYN-ACK, and the client sends ACK.")).doesNotContain("tcp-handshake-order");
    }
}
