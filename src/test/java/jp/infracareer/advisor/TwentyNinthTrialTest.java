package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-ninth newcomer trial (session 40; a warehouse shift leader of 41, a Filipino nurse writing English): asking
 * leave to stop for a few minutes (「ちょっと一回止めてもいいですか。子供に呼ばれたので5分ほど離れます」) was scored and ended the
 * interview; "does my nurse experience help at all?" got a page whose short answer opens with a bare "No.", read as
 * "your experience does not help"; 「0〜3か月目に何をするか、具体的には？」 got the stages page. Said here in those and other words.
 */
class TwentyNinthTrialTest extends TrialChat {
    TwentyNinthTrialTest() {
        super("trial29");
    }

    @Test
    void leaveToStopForAFewMinutesWaits() {
        for (String ask : List.of("ちょっと一回止めてもいいですか。子供に呼ばれたので5分ほど離れます", "すみません、宅配が来たので3分ほど席を外します",
                "止めても大丈夫ですか？電話がかかってきたので、すぐ戻ります")) {
            UserKey u = new UserKey("T", "U-trial29-" + ask.length());
            advisor.command(u, "interview network");
            String first = store.get(u).interview().orElseThrow().questionIds().get(0);
            assertThat(advisor.message(u, ask, "p").replies().get(0).title()).as(ask)
                    .isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
            assertThat(store.get(u).interview().orElseThrow().results()).as(ask).isEmpty();
            assertThat(store.get(u).interview().orElseThrow().questionIds().get(0)).isEqualTo(first);
        }
        // an answer that tells of asking leave to stop, to a lead, is still an answer
        advisor.command(user, "interview network");
        say("障害のときは作業をいったん止めてもいいですか、と上司に確かめてから、手順書に戻って対応します。記録も残します。");
        assertThat(answered()).isEqualTo(1);
    }

    @Test
    void theBackgroundPageDoesNotOpenWithABareNo() {
        UserKey en = new UserKey("T", "U-trial29-en");
        advisor.command(en, "lang en");
        var reply = advisor.message(en, "I was a nurse for four years. Does that experience help at all?", "n").replies().get(0);
        // the page that answers it, whose short answer once opened with "No."
        assertThat(reply.topic()).isEqualTo("guide/background");
        assertThat(reply.parts().toString()).doesNotContain("No. ").doesNotContain("[No.");
    }

    @Test
    void whatToDoInTheFirstMonthsReachesTheRoadmap() {
        for (String asked : List.of("0〜3か月目に何をするか、具体的には？", "0-3か月で具体的に何やるの？")) {
            assertThat(ask(asked).topic()).as(asked).isEqualTo("guide/roadmap");
        }
    }
}
