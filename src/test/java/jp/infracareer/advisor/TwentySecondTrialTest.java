package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A twenty-second newcomer trial (session 36; an office clerk in Fukuoka, a cook of 44 in Nagoya, a web developer from
 * Korea; about 120 messages): overtime asked four ways never answered, a training-cost clause with its amount between
 * the words not flagged, 「おれ44だからそもそも応募しちゃだめ？」 after a posting with 35歳以下 not compared, the job search's
 * length and number of applications and 「ハロトレ」 not understood. Said here in other words.
 */
class TwentySecondTrialTest extends TrialChat {
    TwentySecondTrialTest() {
        super("trial22");
    }


    @Test
    void overtimeIsAnsweredWithItsOwnSection() {
        Reply r = ask("インフラの仕事って残業は多いほうですか？サービス残業が心配です");
        assertThat(r.topic()).isEqualTo("guide/tough");
        assertThat(r.title()).contains("残業");
        Reply en = ask("How much overtime do infra engineers usually do?");
        assertThat(en.title()).contains("overtime");
    }

    @Test
    void aTrainingCostClauseWithItsAmountIsFlaggedAndAnAgeGivenAloneIsCompared() {
        Reply reading = say("""
                【募集職種】ネットワーク運用スタッフ（未経験OK）
                【仕事内容】企業ネットワークの監視・運用、障害の一次対応
                【応募資格】35歳以下（長期勤続によるキャリア形成のため）
                【給与】月給24万円（固定残業代40時間分・6万円を含む）
                【その他】入社後1年以内に退職した場合、研修費用30万円を返還していただきます
                """).get(0);
        assertThat(String.valueOf(reading.parts())).contains(KB.catalog(Lang.JA).ui().text("jobpost.flag.training-repayment"));
        // no 「この求人」: an age given just after the reading is about it
        Reply age = say("おれ44だからそもそも応募しちゃだめ？").get(0);
        assertThat(age.topic()).isEqualTo("jobpost");
        assertThat(age.parts().get(0).toString()).contains("35", "44", "上限を超えています");
    }

    @Test
    void theJobSearchAndPublicTrainingAreUnderstood() {
        assertThat(ask("転職活動って何か月くらいかかって、何社くらい応募するものですか？").topic()).isEqualTo("guide/job-search");
        Reply hellotraining = ask("ハロトレって実際どうなんですか？");
        assertThat(hellotraining.topic()).isEqualTo("guide/school");
        assertThat(hellotraining.title()).contains("ハロートレーニング");
    }

    @Test
    void aPostingThatSaysNoRepaymentIsNotFlagged() {
        Reply reading = say("""
                【募集職種】インフラ運用エンジニア（未経験歓迎）
                【仕事内容】サーバーとネットワークの監視、障害の一次対応
                【研修】入社後2か月の研修あり。研修費用は全額会社負担で、退職時の返還は不要です
                【給与】月給23万円、賞与年2回
                【勤務地】大阪市内のデータセンター
                """).get(0);
        // read as a posting (a text too short to be one would pass vacuously), with its training found
        assertThat(String.valueOf(reading.parts())).contains(KB.catalog(Lang.JA).ui().text("jobpost.flag.training"));
        assertThat(String.valueOf(reading.parts())).doesNotContain(KB.catalog(Lang.JA).ui().text("jobpost.flag.training-repayment"));
    }
}
