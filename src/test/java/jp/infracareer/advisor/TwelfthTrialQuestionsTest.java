package jp.infracareer.advisor;

import static jp.infracareer.advisor.FreshUsers.guideTitle;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.TopicIds;
import org.junit.jupiter.api.Test;

/**
 * Questions the twelfth newcomer trial (session 30) asked that were answered with the wrong thing, in other words than the
 * trial's: one word alone, a high-school diploma, a family against the move, in-house IT at a manufacturer, night shifts
 * for a named role, self-study for a certification, and whether the pay is enough to live on.
 */
class TwelfthTrialQuestionsTest {
    private static final KnowledgeBase KB = FreshUsers.KB;
    private final FreshUsers users = new FreshUsers();

    @Test
    void oneWordAloneGetsTheGuidesShortAnswerNotOneSection() {
        // 「給料」 got the section on night allowances
        assertThat(users.ask("給料").title()).isEqualTo(guideTitle(Lang.JA, "salary"));
        assertThat(users.ask("給与？").title()).isEqualTo(guideTitle(Lang.JA, "salary"));
        assertThat(users.ask("資格").title()).isEqualTo(guideTitle(Lang.JA, "certifications"));
    }

    @Test
    void aHighSchoolDiplomaAndAFamilyAgainstItHaveSectionsOfTheirOwn() {
        assertThat(users.ask("専門卒なんですけど、大学を出てなくても書類は通りますか").title()).endsWith("高卒・専門卒でも応募できるか");
        assertThat(users.ask("親が転職に大反対しています。どう説得したらいいでしょう").title()).endsWith("家族に反対されたとき");
        assertThat(users.ask("I never went to university, I just have a high-school diploma. Can I apply?").title())
                .endsWith("Applying with a high-school or vocational-school diploma");
    }

    @Test
    void otherQuestionsTheTrialAskedReachTheirGuides() {
        assertThat(users.ask("食品工場の社内SEって未経験から狙えますか").topic()).isEqualTo(TopicIds.guide("other-entries"));
        assertThat(users.ask("クラウドエンジニアにも夜勤ってあるんですか").topic()).isEqualTo(TopicIds.guide("night-shift"));
        assertThat(users.ask("LinuCって独学だけで合格できますか").topic()).isEqualTo(TopicIds.guide("certifications"));
        // a worry about a subject a guide answers gets the guide, not only a word of comfort
        assertThat(users.ask("月給19万で家族4人が暮らしていけるのか不安です").topic()).isEqualTo(TopicIds.guide("salary"));
    }

    @Test
    void aTermThatASectionDefinesIsNotTakenForTheGuidesSubject() {
        // 「夜勤手当」 alone is answered by the section on it, not the night-shift guide's short answer
        assertThat(users.ask("夜勤手当").title()).contains("：");
    }
}
