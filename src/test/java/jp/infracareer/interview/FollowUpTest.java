package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** The follow-up shown under feedback does not ask what the answer has just said. */
class FollowUpTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static String followUpShown(Lang lang, String questionId, String answer) {
        Catalog c = KB.catalog(lang);
        InterviewQuestion q = c.question(questionId).orElseThrow();
        Feedback f = AnswerAnalyzer.analyze(c, q, answer);
        return FollowUp.after(c, q, f);
    }

    @Test
    void anAnswerThatAlreadySaysWhereNewcomersStartIsAskedTheNextStepInstead() {
        Catalog c = KB.catalog(Lang.JA);
        String own = c.question("work-stages").orElseThrow().followUp();
        String said = followUpShown(Lang.JA, "work-stages", "インフラの仕事は、上流の要件定義・設計・構築と、下流の保守・運用・監視に分かれます。"
                + "上流はお客様の要望をシステムの形にする工程で、下流は完成したシステムを止めずに動かし続ける工程です。"
                + "未経験者は、手順書が整っている監視・運用から始めることが多いです。");
        String notSaid = followUpShown(Lang.JA, "work-stages", "インフラの仕事は、上流の要件定義・設計・構築と、下流の保守・運用・監視に分かれます。"
                + "上流はお客様の要望をシステムの形にする工程で、下流は完成したシステムを止めずに動かし続ける工程です。");

        assertThat(notSaid).isEqualTo(own);
        assertThat(said).isNotEqualTo(own).isEqualTo(c.rubric("work-stages").orElseThrow().followUpIfMade().ask());
    }

    @Test
    void inEnglishTooTheNatQuestionDoesNotAskWhatAssignsAddressesAfterAnAnswerThatSaidDhcpDoes() {
        Catalog c = KB.catalog(Lang.EN);
        String own = c.question("nat-scenario").orElseThrow().followUp();
        String base = "The router's NAPT translates the addresses. Each PC inside has a private IP address, and going out they "
                + "all share the one global IP address; port numbers tell each PC's traffic apart. ";

        assertThat(followUpShown(Lang.EN, "nat-scenario", base)).isEqualTo(own);
        assertThat(followUpShown(Lang.EN, "nat-scenario", base + "Handing out the private addresses is a different job, done by DHCP."))
                .isNotEqualTo(own).contains("outside");
    }

    @Test
    void aWrongAnswerKeepsTheFollowUpThatProbesItsMistake() {
        Catalog c = KB.catalog(Lang.EN);
        Feedback f = AnswerAnalyzer.analyze(c, c.question("nat-scenario").orElseThrow(), "DHCP translates the private addresses "
                + "into the one global IP address, so all the PCs share it. DHCP is a different job from handing out addresses.");

        assertThat(f.misconceptions()).isNotEmpty();
        assertThat(FollowUp.after(c, c.question("nat-scenario").orElseThrow(), f))
                .isEqualTo(c.question("nat-scenario").orElseThrow().followUp());
    }
}
