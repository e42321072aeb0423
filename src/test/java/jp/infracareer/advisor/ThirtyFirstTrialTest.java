package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * Session 42: a thirty-first newcomer trial (a factory line leader of 41 with children, a parent of 34 returning to work
 * after six years) asked for a break mid-interview in words of their own, and each was scored as the answer (one was
 * read as a question and answered with a guide page); said here in other words too.
 */
class ThirtyFirstTrialTest extends TrialChat {
    ThirtyFirstTrialTest() {
        super("trial31");
    }

    @Test
    void aBreakAskedForInOwnWordsWaitsWithTheQuestion() {
        for (String ask : List.of("ちょっとまってください、子供が起きてきたので少し中断します",
                "あ、ちょっと待ってください、子どもが起きちゃった💦 少しだけ中断してもいいですか？",
                "面接を一旦止めて、あとで続きからやりたいんです", "いったん中断して、またあとで続きをやりたいです",
                "宅配が来たので一時中断させてください", "ごめんなさい、5分だけ抜けます",
                "can we continue this later? I have to go pick up my kid", "sorry, can we finish the rest later?")) {
            UserKey u = new UserKey("T", "U-trial31-" + ask.hashCode());
            advisor.command(u, "interview server");
            String first = store.get(u).interview().orElseThrow().questionIds().get(0);
            assertThat(advisor.message(u, ask, "p").replies().get(0).title()).as(ask)
                    .isIn(KB.catalog(Lang.JA).ui().text("interview.paused_title"), KB.catalog(Lang.EN).ui().text("interview.paused_title"));
            assertThat(store.get(u).interview()).as(ask).isPresent();
            assertThat(store.get(u).interview().orElseThrow().results()).as(ask).isEmpty();
            assertThat(store.get(u).interview().orElseThrow().questionIds().get(0)).isEqualTo(first);
        }
    }

    @Test
    void workPausedInsideAnAnswerIsStillAnAnswer() {
        for (String answer : List.of("アラートが出たら、作業を少し中断します", "障害が起きたら手を止めて、上司に報告してから一時中断します",
                "お客様対応が入ったので、作業を一旦止めて、あとで続きから再開しました")) {
            UserKey u = new UserKey("T", "U-trial31-a" + answer.hashCode());
            advisor.command(u, "interview server");
            advisor.message(u, answer, "a");
            assertThat(store.get(u).interview().orElseThrow().results()).as(answer).hasSize(1);
        }
    }
}
