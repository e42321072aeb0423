package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * Session 41: what the twenty-ninth trial left (「いったん止めてください、すぐ戻ります」 ended the interview) and a thirtieth
 * newcomer trial's findings, said here in other words.
 */
class ThirtiethTrialTest extends TrialChat {
    ThirtiethTrialTest() {
        super("trial30");
    }

    @Test
    void stoppingForAMomentAndComingBackWaits() {
        for (String ask : List.of("一旦止めてください、すぐ戻ってきます", "すみません、子どもが泣いているのでいったん止めてもらえますか。10分で戻ります",
                "sorry, can you pause for now? I'll be right back", "stop here please, back in five minutes")) {
            UserKey u = new UserKey("T", "U-trial30-" + ask.length());
            advisor.command(u, "interview network");
            String first = store.get(u).interview().orElseThrow().questionIds().get(0);
            assertThat(advisor.message(u, ask, "p").replies().get(0).title()).as(ask)
                    .isIn(KB.catalog(Lang.JA).ui().text("interview.paused_title"), KB.catalog(Lang.EN).ui().text("interview.paused_title"));
            assertThat(store.get(u).interview().orElseThrow().results()).as(ask).isEmpty();
            assertThat(store.get(u).interview().orElseThrow().questionIds().get(0)).isEqualTo(first);
        }
    }

    @Test
    void anAnswerThatStopsWorkAndReturnsToItIsAnAnswer() {
        for (String answer : List.of("いったん止めて上司に報告し、指示をもらってから作業に戻ります",
                "障害のときはいったん止めてください、と先輩に言われたら手順書に戻ります")) {
            UserKey u = new UserKey("T", "U-trial30-a" + answer.length());
            advisor.command(u, "interview network");
            advisor.message(u, answer, "a");
            assertThat(store.get(u).interview().orElseThrow().results()).as(answer).hasSize(1);
        }
    }
}
