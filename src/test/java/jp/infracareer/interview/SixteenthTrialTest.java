package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A sixteenth newcomer trial (session 33): a factory line leader explained operations and maintenance rightly and
 * added that his factory works the same way (operators run the line every day, the maintenance team fixes the machines);
 * the analogy was read as maintenance called daily work and the answer held at 13. Asked here in other words.
 */
class SixteenthTrialTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judge(Lang lang, String answer) {
        Catalog c = KB.catalog(lang);
        return AnswerAnalyzer.analyze(c, c.question("ops-vs-maintenance").orElseThrow(), answer);
    }

    @Test
    void aFactoryAnalogyBesideARightAnswerIsNotAMixUp() {
        Feedback en = judge(Lang.EN, "Operations keeps the system running day to day: monitoring, backups and jobs from the runbook. "
                + "Maintenance repairs and updates it, with patches, part replacements and version upgrades. "
                + "My factory was the same: operators ran the production line every day and the maintenance crew fixed the machines.");
        assertThat(en.misconceptions()).isEmpty();
        assertThat(en.score()).isGreaterThanOrEqualTo(75);
        Feedback ja = judge(Lang.JA, "運用は、監視やバックアップ、手順書どおりのジョブ実行で、システムを毎日動かし続ける仕事です。"
                + "保守は、パッチの適用や部品の交換、バージョンアップで、システムを直して良い状態に保つ仕事です。"
                + "前の工場でも、オペレーターが毎日ラインを動かし、保守の担当が機械を修理していました。");
        assertThat(ja.misconceptions()).isEmpty();
    }

    @Test
    void theMixUpItselfIsStillNamed() {
        Feedback en = judge(Lang.EN, "Maintenance is the daily work of watching the monitors and running the jobs. "
                + "Operations is when you repair the system and apply patches.");
        assertThat(en.misconceptions()).isNotEmpty();
        assertThat(en.score()).isLessThanOrEqualTo(40);
    }

    @Test
    void aSubnetCountedAsTwoToTheEighthMachinesIsStillNamed() {
        // 「2の8乗で256通りあり…256台です」 scored 98: the power was read as the right count's arithmetic
        Catalog c = KB.catalog(Lang.JA);
        var q = c.question("ip-subnet").orElseThrow();
        assertThat(AnswerAnalyzer.analyze(c, q, "/24はホスト部が8ビットなので、2の8乗で256通りになり、256台の機器をつなげます。").misconceptions())
                .extracting(Feedback.Finding::id).contains("all-256-usable");
        assertThat(AnswerAnalyzer.analyze(c, q, "/24はホスト部が8ビットなので2の8乗で256通りですが、両端の2つを引いた254台をつなげます。").misconceptions())
                .isEmpty();
    }
}
