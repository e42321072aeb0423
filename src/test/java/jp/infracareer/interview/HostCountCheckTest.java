package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A number of devices checked by arithmetic for whatever network the answer names, not by listed phrases. */
class HostCountCheckTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judge(Lang lang, String answer) {
        var catalog = KB.catalog(lang);
        return AnswerAnalyzer.analyze(catalog, catalog.question("ip-subnet").orElseThrow(), answer);
    }

    private static java.util.List<String> findings(Lang lang, String answer) {
        return judge(lang, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

    @Test
    void everyAddressCountedOrOnlyOneReservedIsCaughtForAnyPrefix() {
        Feedback f = judge(Lang.JA, "IPアドレスは機器の住所で、サブネットマスクはネットワークの範囲を表します。/24は254台ですが、/25に分けると128台ずつ使えます。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("host-count");
        assertThat(f.misconceptions().get(0).quote()).contains("128台");
        // the correction is about the network the count was for, with its figures worked out
        assertThat(f.misconceptions().get(0).correction()).contains("/25").contains("128").contains("126");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "マスクが255.255.255.128なら、つなげられるのは127台です。")).containsExactly("host-count");
        assertThat(findings(Lang.EN, "The mask marks the network part. A /23 gives you 512 hosts.")).containsExactly("host-count");
        assertThat(findings(Lang.EN, "On a /26 there are 64 usable addresses.")).containsExactly("host-count");
    }

    @Test
    void aLargerNetworksCountGivenForThisOneIsAMiscount() {
        assertThat(findings(Lang.JA, "/24のネットワークでは65,534台に割り当てられます。")).containsExactly("host-count");
        assertThat(findings(Lang.EN, "A /24 network has room for 510 hosts.")).containsExactly("host-count");
        // a smaller count is as often the office's own PCs, or one part of a split
        assertThat(findings(Lang.EN, "Our office has 30 PCs, so a /24 is plenty.")).isEmpty();
        assertThat(findings(Lang.EN, "We could split the /24 into four subnets of 62 hosts each.")).isEmpty();
    }

    @Test
    void rightCountsAndNumbersThatAreNotHostCountsAreLeftAlone() {
        assertThat(findings(Lang.JA, "/24は256個のアドレスのうち、254台に割り当てられます。/25なら126台です。")).isEmpty();
        assertThat(findings(Lang.JA, "社内には200台のパソコンがあり、192.168.1.0/24で足ります。")).isEmpty();
        assertThat(findings(Lang.JA, "/23なら510台まで割り当てられます。")).isEmpty();
        assertThat(findings(Lang.JA, "ルーターにも1つ使うので、パソコンに使えるのは253台です。")).isEmpty();
        assertThat(findings(Lang.JA, "/24で256台つなげると思われがちですが、256台ではありません。")).isEmpty();
        assertThat(findings(Lang.EN, "A common misconception is that a /24 takes 256 hosts; it takes 254.")).isEmpty();
        assertThat(findings(Lang.EN, "A /24 has 256 addresses in total, minus the network and broadcast addresses, so 254 hosts.")).isEmpty();
        assertThat(findings(Lang.EN, "A /25 holds 126 hosts, and 10.0.0.0/8 is a private range.")).isEmpty();
    }

    @Test
    void aQuestionThatNamesNoNetworkReadsACountAgainstThePrefixTheAnswerStates() {
        // a fourteenth newcomer trial: 「/24なので256台まで」 in a NAT answer scored 100
        var catalog = KB.catalog(Lang.JA);
        var q = catalog.question("nat-scenario").orElseThrow();
        Feedback f = AnswerAnalyzer.analyze(catalog, q, "ルーターのNAPTが変換しているからです。社内は10.0.0.0/24で、/24だから256台のパソコンがつながります。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("host-count");
        assertThat(f.misconceptions().get(0).correction()).contains("254");
        // a count with no prefix beside it is the office's own PCs
        assertThat(AnswerAnalyzer.analyze(catalog, q, "社内の256台のパソコンは、ルーターのNAPTで1つのグローバルIPを共有します。").misconceptions())
                .extracting(Feedback.Finding::id).doesNotContain("host-count");
    }
}
