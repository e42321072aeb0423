package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A nineteenth newcomer trial (session 35; a nurse, a technical intern and a former bank clerk, 128 messages): quitting
 * said after a tired sentence was scored 0; a server interview asked for after thanks got thanks back, and asked for
 * as "a technical server interview" started the general course; a question that began 「求人を見ていると」 was read as
 * an empty posting; the summary's button typed in English after a Japanese interview started a paste in the console;
 * 「採点の基準を教えてもらえますか？」 started an interview. Said here in other words.
 */
class NineteenthTrialTest extends TrialChat {
    NineteenthTrialTest() {
        super("trial19");
    }


    @Test
    void anEndingSaidAfterATiredSentenceEndsTheInterview() {
        advisor.command(user, "interview");
        say("もう頭がいっぱいになりました。きょうはここで終わりにします。");
        assertThat(store.get(user).interview()).isEmpty();
        advisor.command(user, "interview");
        say("Long day at the hospital. I'd like to stop here for today.");
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void aStoryThatEndsInThePastIsStillAnAnswer() {
        advisor.command(user, "interview");
        say("夜勤続きで体力の限界を感じました。それで、ここで看護の仕事は終わりにしようと決めました。");
        assertThat(store.get(user).interview().orElseThrow().results()).hasSize(1);
        // a last sentence long enough to be part of the answer is not read on its own (a review)
        say("前職でも夜勤がありました。疲れたときは無理をやめて、早めに寝るようにしています。");
        assertThat(store.get(user).interview().orElseThrow().results()).hasSize(2);
        // 「これまで」 is not 「これは」: an answer telling how one answered is scored
        say("これまでお客様にどう答えるか迷ったときは、必ず先輩に確認しました。");
        assertThat(store.get(user).interview().orElseThrow().results()).hasSize(3);
    }

    @Test
    void anInterviewAskedForAfterThanksStartsOnTheCourseNamed() {
        say("助かりました、ありがとうございます。Linuxも触っているので、サーバーの技術的な模擬面接も受けてみたいです。");
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("server");
        advisor.command(user, "interview end");
        // 「サバイバル」 holds the normalised name of the server course (サバ), not the course
        say("趣味はサバイバルゲームです。模擬面接をやってみたいです。");
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("general");
        advisor.command(user, "interview end");
        // a question asked for by name beside a course is drilled
        say("ネットワークの面接でサブネットを練習したいです");
        assertThat(store.get(user).interview().orElseThrow().drill()).isTrue();
        advisor.command(user, "interview end");
        // thanks that hopes to do well is thanks, not a request to start (a review)
        say("ありがとうございました。本番でも頑張りたいです");
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void aQuestionThatMentionsSeeingPostingsIsAQuestion() {
        Reply reply = say("求人を見ていると「客先常駐」という言葉をよく見かけます。これはどういう働き方ですか？").get(0);
        assertThat(reply.topic()).doesNotStartWith("jobpost");
        assertThat(advisor.startsPaste("求人を見ていると「客先常駐」という言葉をよく見かけます。")).isFalse();
        assertThat(advisor.startsPaste("この求人を見てください")).isTrue();
    }

    @Test
    void theSummarysButtonInTheOtherLanguageIsNoPaste() {
        assertThat(advisor.startsPaste("Practise my lowest scoring question please")).isFalse();
        assertThat(advisor.startsPaste("点数が一番低かった質問を練習")).isFalse();
    }

    @Test
    void howAnswersAreScoredIsExplainedAndNothingIsScored() {
        Reply outside = say("点数ってどうやって採点しているんですか？").get(0);
        assertThat(outside.data()).containsEntry("how_scored", true);
        assertThat(outside.parts().toString()).contains("100点満点", "13点まで");
        assertThat(store.get(user).interview()).isEmpty();
        advisor.command(user, "interview");
        List<Reply> during = say("How are my answers scored?");
        assertThat(during.get(0).data()).containsEntry("how_scored", true);
        assertThat(during).hasSizeGreaterThan(1); // the waiting question follows
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void aChildsSuddenIllnessTrialPayAndCitiesHaveTheirSections() {
        Reply sick = ask("保育園から呼び出しがあったら早退できますか？子どもがよく熱を出すので心配です");
        assertThat(sick.topic()).isEqualTo("guide/background");
        assertThat(sick.title()).contains("看護等休暇");
        Reply sickEn = ask("My son is often ill. Can I take time off for that in my first month at a new job?");
        assertThat(sickEn.title()).contains("child nursing leave");
        Reply trial = ask("試用期間は時給900円と書いてあるのですが、最低賃金より安くても合法ですか？");
        assertThat(trial.title()).contains("最低賃金");
        Reply trialEn = ask("During probation they pay less than the minimum wage. Is that allowed?");
        assertThat(trialEn.title()).contains("minimum wage");
        Reply city = ask("大阪に住んでいるのですが、東京より未経験向けの求人は少ないでしょうか");
        assertThat(city.title()).contains("地方");
    }
}
