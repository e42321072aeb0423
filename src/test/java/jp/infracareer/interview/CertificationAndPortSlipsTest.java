package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slips a fifty-sixth blind set found unread (session 34), written here in other words and other questions: LPIC-1
 * said to come with exam 101, a day off in lieu said to cancel the holiday premium, a DHCP broadcast said to cross
 * routers, tail said to show a file from its start, VLAN 0 as the default, access and trunk ports the other way round,
 * security OF and IN the cloud swapped, a port named before the service it is said of, 5xx called the client's. Each
 * wrong sentence is named; the right one beside it is not.
 */
class CertificationAndPortSlipsTest {
    private static Feedback judge(String lang, String question, String answer) {
        return Findings.judge(Lang.parse(lang).orElseThrow(), question, answer);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | cert-plan | lpic1-one-exam | My plan is simple: once I pass 101 I will have LPIC-1, and after that AWS.
            ja | cert-plan | lpic1-one-exam | 来月101試験を受けて、合格したらLPIC-1が取れるので、そのあとCCNAです。
            ja | overtime-oncall | daikyu-cancels-premium | 休日に出ても代休があれば、会社は休日の割増を払わなくていいと聞いています。
            ja | nat-vs-dhcp | dhcp-broadcast-crosses-routers | DHCPのサーバーは本社に1台あれば、ブロードキャストがルーターを越えて各拠点まで届きます。
            en | cannot-connect | dhcp-broadcast-crosses-routers | One DHCP server is enough, because the broadcast crosses the router and reaches every floor.
            ja | linux-commands | tail-said-from-the-start | tailを使うと、ログを最初から全部表示できます。
            en | night-alert | tail-said-from-the-start | I'd run tail on the log to read it from the beginning and find the first error.
            ja | vlan | default-vlan-zero | 買ったばかりのスイッチでは、全ポートがVLAN 0に入っています。
            ja | vlan | port-types-swapped | アクセスポートはタグを付けたままスイッチ同士をつなぎます。
            en | vlan | port-types-swapped | The trunk port strips the tag and goes to the PC.
            ja | shared-responsibility | sides-swapped | 「クラウドのセキュリティ」は利用者が守る部分で、OSやデータのことです。
            en | shared-responsibility | in-the-cloud-said-providers | Security in the cloud is AWS's job, so we only look after the hardware.
            ja | night-alert | wrong-port | Windowsなら22番でリモートデスクトップ接続して、イベントログを見ます。
            ja | slow-web-server | 5xx-blamed-on-the-user | 503が出ていても、5xx系はクライアント側のエラーなので、サーバーの問題ではなくお客様の回線を疑います。
            """)
    void aWrongClaimIsNamed(String lang, String question, String id, String sentence) {
        Feedback f = judge(lang, question, sentence);
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).anySatisfy(found -> assertThat(found).isIn(id, alias(id)));
    }

    /** The id a reading said in other words is told under, beside its own. */
    private static String alias(String id) {
        return switch (id) {
            case "sides-swapped" -> "of-and-in-swapped";
            case "5xx-blamed-on-the-user" -> "5xx-said-client-side";
            default -> id;
        };
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | cert-plan | I passed 101 last month, and once I pass 102 too I will have LPIC-1.
            ja | overtime-oncall | 法定休日に出たら、代休を取っても35%の割増は残ると理解しています。
            ja | nat-vs-dhcp | ルーターはブロードキャストを通さないので、別のネットワークのDHCPサーバーにはリレーを設定して届けます。
            en | cannot-connect | The broadcast does not cross the router, so the other floor needs a DHCP relay.
            ja | linux-commands | tailはファイルの最後の数行を表示し、最初から見るならheadやlessを使います。
            ja | vlan | 初期状態では全ポートがVLAN 1に入っていて、VLAN 0は予約されています。
            ja | vlan | アクセスポートはタグなしでPCにつなぎ、トランクポートはタグを付けてスイッチ同士をつなぎます。
            en | shared-responsibility | Security of the cloud is AWS's job; security in the cloud, our OS, data and IAM, is ours.
            ja | night-alert | Windowsなら3389番でリモートデスクトップ接続して、イベントログを見ます。
            ja | night-alert | 22番でSSH接続して、ログを確認します。
            ja | overtime-oncall | 呼び出しには対応します。ただ、あまりに多いと続かないので、頻度は相談させてもらえたらと思います。
            """)
    void theRightSentenceBesideItIsNotCorrected(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }
}
