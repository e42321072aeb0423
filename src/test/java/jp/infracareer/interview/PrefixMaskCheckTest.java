package jp.infracareer.interview;

import jp.infracareer.kernel.Netmask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A prefix and a subnet mask stated together are checked against each other by arithmetic, not by listed phrases. */
class PrefixMaskCheckTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judge(Lang lang, String answer) {
        var catalog = KB.catalog(lang);
        return AnswerAnalyzer.analyze(catalog, catalog.question("ip-subnet").orElseThrow(), answer);
    }

    private static List<String> findings(Lang lang, String answer) {
        return judge(lang, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

    @Test
    void aPrefixGivenAnotherPrefixsMaskIsCaughtForAnyPrefix() {
        Feedback f = judge(Lang.JA, "IPアドレスは機器の住所です。192.168.1.0/24のサブネットマスクは255.255.0.0で、ネットワークの範囲を表します。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("prefix-mask");
        assertThat(f.misconceptions().get(0).quote()).contains("255.255.0.0");
        // the correction works out both sides: what /24 is, and what the stated mask is
        assertThat(f.misconceptions().get(0).correction()).contains("/24").contains("255.255.255.0").contains("255.255.0.0").contains("/16");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "/25はマスクで書くと255.255.255.0です。")).containsExactly("prefix-mask");
        assertThat(findings(Lang.EN, "The mask marks the network part: /24 is the same as 255.255.0.0.")).containsExactly("prefix-mask");
        assertThat(findings(Lang.EN, "A /26 network uses the mask 255.255.255.128.")).containsExactly("prefix-mask");
    }

    @Test
    void matchingPairsListsAndNumbersThatAreNotAPairAreLeftAlone() {
        assertThat(findings(Lang.JA, "/24はサブネットマスクで書くと255.255.255.0です。")).isEmpty();
        assertThat(findings(Lang.JA, "/24は255.255.255.0、/16は255.255.0.0です。")).isEmpty();
        assertThat(findings(Lang.JA, "/24を/25に分けると、マスクは255.255.255.128になります。")).isEmpty();
        assertThat(findings(Lang.JA, "12/24に設定した192.168.1.0のマスクは255.255.255.0です。")).isEmpty();
        assertThat(findings(Lang.EN, "192.168.1.0/24 has the mask 255.255.255.0, and the broadcast address is 192.168.1.255.")).isEmpty();
        assertThat(findings(Lang.EN, "A /24 is not 255.255.0.0; that mask is a /16.")).isEmpty();
        assertThat(findings(Lang.EN, "If you split the /24 in two, each half uses 255.255.255.128.")).isEmpty();
        assertThat(Netmask.dotted(24)).isEqualTo("255.255.255.0");
        assertThat(Netmask.dotted(20)).isEqualTo("255.255.240.0");
    }
}
