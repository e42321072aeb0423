package jp.infracareer.advisor;

import static jp.infracareer.advisor.FreshUsers.guideTitle;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import org.junit.jupiter.api.Test;

/**
 * Questions the eleventh newcomer trial (session 29) asked that were answered with the wrong thing, in other words than
 * the trial's: age and a role named together (the role's page, not whether it is too late), what to ask at the end of
 * an interview ("questions to avoid", the opposite), a study plan (one phase of it), and "thanks!" (not understood).
 */
class EleventhTrialQuestionsTest {
    private static final KnowledgeBase KB = FreshUsers.KB;
    private final FreshUsers users = new FreshUsers();

    @Test
    void anAgeBesideARoleAsksWhetherItIsTooLate() {
        for (String q : new String[] {"36歳でタクシー運転手をしています。ネットワークエンジニアになれますか",
                "I'm 39, a former nurse with no IT experience. Can I become a cloud engineer?"}) {
            assertThat(users.ask(q).topic()).as(q).isEqualTo(TopicIds.guide("age"));
        }
        // a question about the role alone still gets the role
        assertThat(users.ask("インフラエンジニアってどんな仕事？").topic()).isEqualTo(TopicIds.role("infra"));
    }

    @Test
    void whatToAskAtTheEndGetsTheGuidesAnswerNotTheQuestionsToAvoid() {
        Reply ja = users.ask("逆質問って何を用意すればいいですか");
        assertThat(ja.topic()).isEqualTo(TopicIds.guide("reverse-questions"));
        assertThat(ja.title()).isEqualTo(guideTitle(Lang.JA, "reverse-questions"));
        Reply en = users.ask("What should I ask the interviewer when they ask if I have questions? I mean, what to ask at the end");
        assertThat(en.title()).isEqualTo(guideTitle(Lang.EN, "reverse-questions"));
    }

    @Test
    void aStudyPlanGetsTheWholeRoadmap() {
        assertThat(users.ask("半年で転職したいので、どんな計画で勉強すればいいですか").title()).isEqualTo(guideTitle(Lang.JA, "roadmap"));
        assertThat(users.ask("Could you make me a study plan? I can do 10 hours a week").title()).isEqualTo(guideTitle(Lang.EN, "roadmap"));
    }

    @Test
    void askingHowToAnswerAnInterviewQuestionShowsItsModelAnswer() {
        Reply ja = users.ask("面接で転職理由を聞かれたら、どう答えるのがいいですか");
        assertThat(ja.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(ja.data()).containsEntry("question", "reason-for-change");
        // with a button to practise it
        assertThat(ja.actions()).singleElement().satisfies(a -> assertThat(a.command()).contains("reason-for-change"));
        Reply en = users.ask("What's a good answer to 'why this company' in an interview?");
        assertThat(en.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(en.data()).containsEntry("question", "why-company");
        // a question about interviews that names no question of the bank is not one, nor a question that is not about
        // an interview, nor a name inside another word
        assertThat(users.ask("面接ってどう答えればいいですか").topic()).isNotEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(users.ask("How does a DNS server know how to answer a query?").topic()).isNotEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(users.ask("In an interview, how should I answer why use the cloud at all?").data().get("question"))
                .isNotEqualTo("why-company");
    }

    @Test
    void fixedOvertimeHasASectionOfItsOwn() {
        // the trial's 「固定残業45時間って多い？」 got the night-shift premium; a question naming みなし残業 with 求人 started a paste
        for (String q : new String[] {"みなし残業30時間込みの給料って普通ですか", "固定残業代ありの求人はどう読めばいい？"}) {
            assertThat(users.ask(q).title()).as(q).contains("固定残業代（みなし残業）の見方");
        }
    }

    @Test
    void thanksWithMarksIsThanks() {
        for (String q : new String[] {"Thanks!!", "ありがとうございました！", "thank you so much!"}) {
            assertThat(users.ask(q).topic()).as(q).isEqualTo(TopicIds.THANKS);
        }
    }

    @Test
    void choosingBetweenTwoNamedCertificationsGetsTheSectionThatWeighsThem() {
        // the trial asked 「LinuCとLPICってどっちがいいんですか」 and got the certifications' order
        assertThat(users.ask("LPICとLinuCって結局どっちを受けるべき？").title()).endsWith("LinuCとLPICの違い");
        assertThat(users.ask("LinuC vs LPIC: which one should I take?").title()).endsWith("LinuC and LPIC: the difference");
        // two certifications that no section weighs against each other still get the order they come in
        assertThat(users.ask("CCNAとLPICどっちから？").title()).isEqualTo(guideTitle(Lang.JA, "certifications"));
    }

    @Test
    void aCertificationTypedInHiraganaIsUnderstood() {
        // the trial's 「きほんじょうほうってむずかしい？何ヶ月くらい？」 reached the job-search guide's number of applications
        assertThat(users.ask("おうようじょうほうってどのくらいべんきょうすればいい？").topic()).isEqualTo(TopicIds.guide("certifications"));
        assertThat(users.ask("えるぴっくってなにからべんきょうすればいいの").topic()).isEqualTo(TopicIds.guide("certifications"));
    }

    @Test
    void dispatchAgainstDirectEmploymentHasASectionOfItsOwn() {
        // the trial's 「派遣と正社員の違いは？」 got the infra-vs-server comparison, and 派遣 was never explained
        Reply ja = users.ask("派遣社員と正社員だと何が変わるんですか");
        assertThat(ja.title()).endsWith("派遣・SES・正社員の違い");
        assertThat(ja.parts().toString()).contains("原則3年").contains("紹介予定派遣");
        assertThat(users.ask("Is haken work different from being a seishain?").title()).endsWith("Dispatch (haken), SES and direct employment: the difference");
    }
}
