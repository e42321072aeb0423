package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slips a fifty-fifth blind set found unread (session 34), written here in other words: the gateway said to be .1 by
 * rule, NAT said to lend the one address in turns, a switch's MAC table said to be typed in, requirements definition
 * said to install the OS, upstream and downstream said to be places in the network, testing put after release, and
 * operations and maintenance called one job under any question. Each wrong sentence is named; the right sentence on
 * the same subject beside it is not, nor a reliable protocol built on top of UDP, nor every PC leaving by one address.
 */
class StageAndNetworkSlipsTest {
    private static Feedback judge(String lang, String question, String answer) {
        return Findings.judge(Lang.parse(lang).orElseThrow(), question, answer);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | ip-subnet | gateway-must-be-dot-one | In 10.0.0.0/24 the address 10.0.0.1 always has to be the router, so hosts start at .2.
            ja | ip-subnet | gateway-must-be-dot-one | 192.168.0.1は必ずゲートウェイに使うので、パソコンには.2から配ります。
            ja | nat-scenario | nat-takes-turns | ルーターが200台に少しの時間ずつグローバルIPを使わせていて、1台が使っている間は他のパソコンは待っています。
            en | nat-scenario | nat-takes-turns | The router lets each PC use the global address for a few milliseconds each while the others wait.
            en | router-vs-switch | mac-table-by-hand | Whenever a new printer is plugged in, we have to register its MAC address in the switch's MAC address table.
            ja | work-stages | requirements-said-setup | 要件定義では、まずサーバーにOSをインストールしてお客様に見てもらいます。
            en | work-stages | requirements-said-setup | In the requirements phase we install the OS on the servers so the customer can try them.
            ja | work-stages | stages-said-network-position | 上流はインターネットに近い側の機器、下流は社内のPCやスイッチを扱う仕事です。
            en | work-stages | stages-said-network-position | Upstream means the devices closer to the internet, and downstream the ones inside the office.
            en | work-stages | testing-after-release | Testing is done in the operation phase, once real users are on the system.
            ja | work-stages | testing-after-release | テストは運用に入ってから、本番の利用者の様子を見て行います。
            ja | work-stages | ops-maintenance-called-one-job | 下流の運用と保守は同じ仕事で、障害が起きたら直すのが役目です。
            en | night-shift | ops-maintenance-called-one-job | On nights I'd learn operations and maintenance, which are basically the same work anyway.
            """)
    void aWrongClaimIsNamed(String lang, String question, String id, String sentence) {
        Feedback f = judge(lang, question, sentence);
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id)
                .anySatisfy(found -> assertThat(found).isIn(id, sameAs(id)));
    }

    /** The reading a second phrasing is told under: its own id or the one it stands for. */
    private static String sameAs(String id) {
        return switch (id) {
            case "gateway-must-be-dot-one" -> "dot-one-said-always-the-gateway";
            case "nat-takes-turns" -> "global-address-taken-in-turns";
            default -> id;
        };
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | ip-subnet | The gateway is often 10.0.0.1 by habit, but any usable address in the network can be the router.
            ja | ip-subnet | ゲートウェイは192.168.0.1にすることが多いですが、決まりではありません。
            ja | nat-scenario | 200台が同時に通信でき、ルーターがポート番号を変えて1つのグローバルIPを共有しています。
            en | router-vs-switch | The switch learns each MAC address by itself from the frames, so nothing has to be registered by hand.
            ja | work-stages | 要件定義で決めた内容をもとに設計し、そのあとの構築でOSをインストールします。
            en | work-stages | Upstream is requirements and design; downstream is build, testing and operations, whatever part of the network it is.
            ja | work-stages | テストは本番で使い始める前に行い、運用に入ってからは監視で様子を見ます。
            ja | work-stages | 運用と保守は目的が違い、同じチームが両方を担当することも多いです。
            ja | tcp-udp | HTTP/3のQUICは、UDPの上で再送などの信頼性を自前で持っています。
            en | tcp-udp | QUIC builds its own retransmission on top of UDP, which is why HTTP/3 can run over it.
            en | nat-scenario | All the PCs go out through the router with the same global IP, and it keeps track of which connection is whose.
            """)
    void theRightSentenceBesideItIsNotCorrected(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aVagueLineThatSaysItKnowsNoMoreIsAPoorAnswer() {
        // the set's poor answer (a one-line picture of each device, then "that's all I know") scored 21
        assertThat(judge("ja", "router-vs-switch", "ルーターは外とつなぐもので、スイッチはケーブルを挿す口を増やすもの、という感じです。これ以上は分からないです。")
                .score()).isLessThanOrEqualTo(15);
        assertThat(judge("en", "router-vs-switch", "A router connects you to the internet and a switch gives you more ports. That's all I know, sorry.")
                .score()).isLessThanOrEqualTo(15);
    }
}
