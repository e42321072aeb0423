package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A layer's name stated with another layer's number is caught by the model's order, not by listed phrases. */
class LayerNumberCheckTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judge(Lang lang, String answer) {
        var catalog = KB.catalog(lang);
        return AnswerAnalyzer.analyze(catalog, catalog.question("osi-model").orElseThrow(), answer);
    }

    private static List<String> findings(Lang lang, String answer) {
        return judge(lang, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

    @Test
    void aLayerNameUnderAnotherNumberIsCaughtForAnyLayer() {
        Feedback f = judge(Lang.JA, "OSI参照モデルは通信を7つの層に分けたモデルです。第2層のネットワーク層では、宛先までの経路を決めます。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("layer-number");
        assertThat(f.misconceptions().get(0).quote()).contains("第2層のネットワーク層");
        assertThat(f.misconceptions().get(0).correction()).contains("ネットワーク層は第2層ではなく第3層");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "レイヤー5はプレゼンテーション層で、データの形式を整えます。")).containsExactly("layer-number");
        assertThat(findings(Lang.EN, "Layer 2, the network layer, decides the path to the destination.")).containsExactly("layer-number");
        assertThat(findings(Lang.EN, "The session layer is layer 6 and keeps track of a conversation.")).containsExactly("layer-number");
    }

    @Test
    void rightPairsWalksThroughTheLayersAndDeviceNamesAreLeftAlone() {
        assertThat(findings(Lang.JA, "第3層のネットワーク層では、ルーターがIPアドレスで経路を選びます。")).isEmpty();
        assertThat(findings(Lang.JA, "L3スイッチはネットワーク層でも働きます。")).isEmpty();
        assertThat(findings(Lang.JA, "第4層はトランスポート層、第3層はネットワーク層です。")).isEmpty();
        assertThat(findings(Lang.JA, "OSIは7層で、トランスポート層ではTCPとUDPが働きます。")).isEmpty();
        assertThat(findings(Lang.EN, "Layer 3, the network layer, is where routers choose paths by IP address.")).isEmpty();
        assertThat(findings(Lang.EN, "A layer 3 switch also works at the network layer.")).isEmpty();
        assertThat(findings(Lang.EN, "The transport layer sits above layer 3 and below the session layer.")).isEmpty();
        assertThat(findings(Lang.EN, "The network layer is not layer 2; it is the one above the data link layer.")).isEmpty();
        // a list of bare numbers, each said of what stands before it (a twenty-second trial was told the switch is not layer 1)
        assertThat(findings(Lang.JA, "ケーブルは1層、スイッチは2層、ルーターは3層、TCPやUDPは4層で、アプリは7層です。")).isEmpty();
        assertThat(findings(Lang.JA, "ハブは1層、スイッチは3層、ルーターは2層です。")).containsExactly("layer-number");
        assertThat(findings(Lang.JA, "TCPは3層で、IPは4層です。")).containsExactly("layer-number");
        // a design's tiers are no layer of the model (a review)
        assertThat(findings(Lang.JA, "Web・AP・DBの3層で、HTTPでつなぎます。")).isEmpty();
    }

    @Test
    void aListOfLayersOrDevicesIsReadItemByItem() {
        // a router works at the network layer: "ルーターが第2層" in a list of devices is caught, and named as said
        Feedback f = judge(Lang.JA, "機器でいうと、リピーターハブが第1層、ルーターが第2層、スイッチが第3層で動作します。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("layer-number");
        assertThat(f.misconceptions().get(0).correction()).contains("ルーターは第2層ではなく第3層");
        assertThat(findings(Lang.EN, "Repeaters work at layer 1, routers at layer 2, and switches at layer 3.")).containsExactly("layer-number");
        assertThat(findings(Lang.JA, "第1層が物理層、第2層がネットワーク層、第3層がデータリンク層です。")).containsExactly("layer-number");
        // the same lists, right
        assertThat(findings(Lang.JA, "機器でいうと、リピーターハブが第1層、スイッチが第2層、ルーターが第3層で動作します。")).isEmpty();
        assertThat(findings(Lang.JA, "第1層が物理層、第2層がデータリンク層、第3層がネットワーク層です。")).isEmpty();
        assertThat(findings(Lang.EN, "Repeaters work at layer 1, switches at layer 2, and routers at layer 3.")).isEmpty();
    }

    @Test
    void aSentenceThatGoesOnAboutTheThingBeforeIsReadAboutIt() {
        // 「OSI参照モデルの第3層で動きます」 has no subject of its own: it says where the VLAN just named works
        assertThat(Findings.findings(Lang.JA, "vlan", "VLANは、1台のスイッチを論理的に複数のネットワークに分ける仕組みです。"
                + "OSI参照モデルの第3層で動きます。")).contains("layer-number");
        assertThat(Findings.findings(Lang.EN, "vlan", "A VLAN splits one switch into several logical networks. It works at layer 3."))
                .isNotEmpty();
        // said right, or moving on to the next layer, it is left alone
        assertThat(Findings.findings(Lang.JA, "vlan", "VLANは、1台のスイッチを論理的に複数のネットワークに分ける仕組みです。"
                + "OSI参照モデルの第2層で動きます。")).isEmpty();
        assertThat(Findings.findings(Lang.JA, "router-vs-switch", "スイッチはMACアドレスを見て同じネットワークの中に届けます。"
                + "その次の第3層では、ルーターがIPアドレスを見て経路を選びます。")).isEmpty();
    }
}
