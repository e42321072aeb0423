package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A thirtieth newcomer trial (session 41): a university drop-out of 23 working convenience-store night shifts, typing
 * casual phone Japanese, and a Canadian English teacher of 38 in Osaka writing English with some Japanese words, whose
 * visa is tied to employment. 「で、結局どれ？ITパスポートとLinuCどっちが先？1個だけ選んで」 got the exam fee table and
 * 「おれみたいな未経験は最初の1個どれ取るべき？」 a "which topic?" menu instead of one pick; 「還元率ってなに？」 got the list of
 * roles; asking how to write 中退 on a résumé, or whether writing "graduated" would be found out, got the form rules and
 * "couldn't understand"; 「診断やってみたい」 got a role page instead of the quiz; 「おれが明日からやることを3つだけ教えて」 and
 * 「タダで行けるやつないんすか」 (free training) could not be read; 「スクールって行ったほうがいい？」 got benefit-rate details.
 * The teacher's questions about English as an asset ("is being a native English speaker actually an advantage?") got the
 * list of roles and an unrelated family section; FE in English, 正社員 vs 派遣, and 「ビザの話じゃなくて、派遣と正社員の違いを知りたい
 * です」 all got the same visa box, and a renewal after a change of job the maths page; 「それって本当？ like realistically, …」
 * got the same age text word for word. 「給料ってぶっちゃけいくらからスタートっすか？」 got the new-graduate section, and
 * 「新卒じゃないっす。中途の未経験で。」 that section again. Said here in those and other words.
 */
class ThirtiethTrialAdvisorTest extends TrialChat {
    ThirtiethTrialAdvisorTest() {
        super("trial30-advisor");
    }

    private static String text(Reply r) {
        return r.title() + r.parts();
    }

    @Test
    void askedForOneExamTheCertificationsPickIsGiven() {
        String pick = KB.catalog(Lang.JA).guide("certifications").orElseThrow().verdict();
        for (String asked : List.of("で、結局どれ？ITパスポートとLinuCどっちが先？1個だけ選んで", "おれみたいな未経験は最初の1個どれ取るべき？",
                "基本情報とCCNA、どっちから？ひとつだけ選んで", "未経験なら最初のひとつは何を取るべき？")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isEqualTo("guide/certifications");
            assertThat(r.data()).as(asked).containsEntry("detail", "verdict");
            assertThat(text(r)).as(asked).contains(pick.substring(0, 20));
        }
        // a section that weighs the very two named is still that section
        assertThat(ask("LPICとLinuCって結局どっちを受けるべき？").data()).containsEntry("passage", "guide/certifications#s2");
    }

    @Test
    void thePassThroughRateReachesTheSesSectionThatExplainsIt() {
        for (String asked : List.of("還元率ってなに？何%ならまとも？", "SESの還元率は何パーセントあれば普通ですか", "what pass-through rate is fair at an SES firm?")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isEqualTo("guide/ses");
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/ses#s1");
        }
        // no range is given: the section says so, and what to ask instead
        assertThat(text(ask("還元率ってなに？何%ならまとも？"))).contains("決まった線はない");
        assertThat(text(ask("what pass-through rate is fair at an SES firm?"))).contains("no set percentage");
    }

    @Test
    void leavingUniversityIsWrittenHonestly() {
        for (String asked : List.of("中退って履歴書にどう書けばいいんすか？ごまかした方がいい？", "中退って書かずに卒業ってことにしてもバレないっすか？",
                "大学を途中でやめたことは履歴書に書かないとダメですか", "I dropped out of university. Can I just write that I graduated?",
                "would they find out if I lie about my degree?")) {
            List<Reply> replies = advisor.message(new jp.infracareer.kernel.UserKey("T", "U-t30-" + asked.hashCode()), asked, "d").replies();
            assertThat(replies).as(asked).hasSize(1);
            assertThat(replies.get(0).data()).as(asked).containsEntry("passage", "guide/background#s12");
        }
        assertThat(text(ask("中退って書かずに卒業ってことにしてもバレないっすか？"))).contains("中途退学").contains("経歴詐称").contains("卒業証明書");
        assertThat(text(ask("I dropped out of university. Can I just write that I graduated?"))).contains("chuuto taigaku")
                .contains("grounds for dismissal");
    }

    @Test
    void wantingToTryTheDiagnosisStartsTheQuiz() {
        for (String asked : List.of("診断やってみたい", "診断してみたい", "診断を受けたい")) {
            assertThat(ask(asked).topic()).as(asked).isEqualTo("fit");
        }
    }

    @Test
    void threeThingsToDoFromTomorrowComeFromTheRoadmap() {
        for (String asked : List.of("おれが明日からやることを3つだけ教えて", "明日から何をすればいいですか", "what should I do first? just give me three things to start tomorrow")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isEqualTo("guide/roadmap");
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/roadmap#s7");
            assertThat(r.parts().get(0)).isInstanceOf(Reply.Bullets.class);
            assertThat(((Reply.Bullets) r.parts().get(0)).items()).hasSize(3);
        }
    }

    @Test
    void aPaidSchoolGetsTheVerdictAndFreeTrainingItsSection() {
        for (String asked : List.of("スクールって行ったほうがいい？50万とかするやつ。金ないんすよね", "高いスクールって通うべき？",
                "Do I need a school? They cost 500,000 yen and I'm broke")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isEqualTo("guide/school");
            assertThat(r.data()).as(asked).containsEntry("detail", "short");
        }
        for (String asked : List.of("バイトでも雇用保険って入ってるもん？タダで行けるやつないんすか", "無料で通える職業訓練ってある？",
                "is there free vocational training I can join?")) {
            Reply r = ask(asked);
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/school#s3");
        }
        // the whole page names the source of the free tuition, dated
        String whole = text(ask("guide school more"));
        assertThat(whole).contains("厚生労働省「ハロートレーニング（公的職業訓練）」").contains("2025");
    }

    @Test
    void englishAsAnAssetReachesTheSectionOnEnglishAtWork() {
        for (String asked : List.of("is being a native English speaker actually an advantage?", "does speaking English help me get hired",
                "will my English be an asset when I look for IT work here?")) {
            List<Reply> replies = advisor.message(new jp.infracareer.kernel.UserKey("T", "U-t30e-" + asked.hashCode()), asked, "e").replies();
            assertThat(replies).as(asked).hasSize(1);
            assertThat(replies.get(0).data()).as(asked).containsEntry("passage", "guide/abroad#s6");
        }
    }

    @Test
    void theTeachersQuestionsEachReachWhatTheyAsk() {
        assertThat(ask("can i take 基本情報 in English").data()).containsEntry("passage", "guide/certifications#s6");
        assertThat(ask("Is the 基本情報 exam offered in English?").data()).containsEntry("passage", "guide/certifications#s6");
        for (String asked : List.of("正社員 vs 派遣 for my first IT job", "ビザの話じゃなくて、派遣と正社員の違いを知りたいです",
                "not about the visa, what's the difference between haken and seishain?", "ビザのことではなく、派遣と正社員ってどう違うの？")) {
            assertThat(ask(asked).data()).as(asked).containsEntry("passage", "guide/ses#s6");
        }
        for (String asked : List.of("if I get an IT job would my renewal get rejected? my kids are in school here",
                "IT企業に転職したらビザの更新って大丈夫ですか？")) {
            Reply r = ask(asked);
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/abroad#s4");
        }
        assertThat(text(ask("if I get an IT job would my renewal get rejected? my kids are in school here")))
                .contains("certificate of authorised employment").contains("gyoseishoshi");
        assertThat(text(ask("IT企業に転職したらビザの更新って大丈夫ですか？"))).contains("就労資格証明書").contains("行政書士");
        assertThat(ask("History degree + IT job = renewal problem or not?").topic()).isEqualTo("guide/abroad");
    }

    @Test
    void aDoubtThatOpensALongerMessageGetsTheDoubtAnswer() {
        say("Am I too old at 38?");
        Reply doubt = say("それって本当？ like realistically, will they pick a 22 yr old over me every time?").get(0);
        assertThat(doubt.topic()).isEqualTo("guide/age");
        assertThat(doubt.data()).containsEntry("detail", "doubt");
        say("35歳でも未経験でいけますか？");
        assertThat(say("それって本当？20代の人が優先されるんじゃないの？").get(0).data()).containsEntry("detail", "doubt");
        // a doubt beside a question about another page is that question
        say("Am I too old at 38?");
        assertThat(say("really? ok but what would I make in the first year?").get(0).topic()).isEqualTo("guide/salary");
    }

    @Test
    void startingPayForAMidCareerNewcomerAndACorrectionOfTheNewGraduateAnswer() {
        for (String asked : List.of("給料ってぶっちゃけいくらからスタートっすか？今コンビニ夜勤で月22万",
                "what would I make as a 未経験 infra engineer and how fast does it go up?")) {
            assertThat(ask(asked).data()).as(asked).containsEntry("passage", "guide/salary#s0");
        }
        Reply newGraduate = say("新卒の初任給っていくら？").get(0);
        assertThat(newGraduate.data()).containsEntry("passage", "guide/salary#s9");
        for (String correction : List.of("新卒じゃないっす。中途の未経験で。", "新卒ではないです。転職です")) {
            Reply r = say(correction).get(0);
            assertThat(r.topic()).as(correction).isEqualTo("guide/salary");
            assertThat(r.data()).as(correction).doesNotContainEntry("passage", "guide/salary#s9");
            assertThat(r.parts()).as(correction).isNotEqualTo(newGraduate.parts());
            say("新卒の初任給っていくら？");
        }
    }
}
