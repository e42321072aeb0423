package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A twenty-first newcomer trial (session 36; a truck driver of 38, a call-centre operator, a former English teacher
 * from abroad; about 120 messages): another course asked for in words and polite requests to end or repeat were scored
 * as answers; a posting's "repay the training if you leave within a year" went unremarked, and the question about it
 * was not understood; 「年間休日110日って少ない？」 got the page on gaps in a career. Said here in other words.
 */
class TwentyFirstTrialTest extends TrialChat {
    TwentyFirstTrialTest() {
        super("trial21");
    }


    @Test
    void anotherCourseAskedForInWordsEndsTheInterviewAndStartsIt() {
        advisor.command(user, "interview network");
        say("前職ではトラックの運転手をしていて、毎朝の点検を欠かさず続けてきました。");
        List<Reply> replies = say("あ、ごめん、やっぱりサーバーのコースでやりたいです");
        assertThat(replies).extracting(Reply::topic).contains("interview/summary", "interview/question");
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("server");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void politeRequestsToRepeatOrEndAreNotScored() {
        advisor.command(user, "interview");
        say("恐れ入ります、質問をもう一度おっしゃっていただけますか");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        List<Reply> ended = say("すみません、本日の練習はここまでにさせていただきます。");
        assertThat(ended).extracting(Reply::topic).contains("interview/summary");
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void aPostingThatAsksForTrainingCostsBackIsFlaggedAndTheQuestionAboutItAnswered() {
        Reply reading = say("""
                【募集職種】サーバー監視オペレーター（未経験可）
                【仕事内容】24時間365日のサーバー監視と一次対応
                【給与】月給23万円
                【その他】入社から1年未満で退職する場合、研修費の返還をお願いしています
                """).get(0);
        assertThat(String.valueOf(reading.parts())).contains(KB.catalog(Lang.JA).ui().text("jobpost.flag.training-repayment"));
        Reply asked = ask("辞めたら研修代を返せっていう会社、大丈夫なんでしょうか？");
        assertThat(asked.topic()).isEqualTo("guide/job-search");
        assertThat(asked.title()).contains("研修費");
        Reply english = ask("A posting says I'd have to repay the training if I quit in the first year. Is that even legal?");
        assertThat(english.title()).contains("training");
    }

    @Test
    void annualDaysOffAreExplained() {
        Reply r = ask("年間休日が110日の求人って少ないほうですか？");
        assertThat(r.topic()).isEqualTo("guide/job-search");
        assertThat(r.title()).contains("年間休日");
        Reply en = ask("Is 108 days off a year low for Japan?");
        assertThat(en.title()).contains("days off");
    }

    @Test
    void theUsersAgeIsComparedWithThePostingsUpperAge() {
        say("""
                【募集職種】インフラエンジニア（運用）
                【仕事内容】サーバーの監視と運用
                【応募資格】35歳以下（長期キャリア形成のため）
                【給与】月給22万円（経験・能力を考慮の上決定）
                【勤務地】東京都内のデータセンター
                """);
        Reply over = say("おれ38なんだけど、この求人って応募しても無駄？").get(0);
        assertThat(over.parts().get(0).toString()).contains("35", "38", "上限を超えています");
        Reply within = say("私は33歳ですが、この求人に応募できますか？").get(0);
        assertThat(within.parts().get(0).toString()).contains("33歳は条件の内側");
    }

    @Test
    void aStudyPlanAskedWithOnesHoursGivesTheMonthsAtThem() {
        Reply r = ask("平日は2時間、週末も入れて週18時間くらい勉強できます。何か月で応募できますか？");
        assertThat(r.topic()).isEqualTo("guide/roadmap");
        assertThat(r.parts().get(0).toString()).contains("週18時間", "約2か月");
        Reply en = ask("How long until I can apply if I study 12 hours a week?");
        assertThat(en.parts().get(0).toString()).contains("12 study hours a week", "about 3 months");
    }
}
