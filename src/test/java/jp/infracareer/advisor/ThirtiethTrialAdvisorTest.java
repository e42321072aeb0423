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
 * 「おれみたいな未経験は最初の1個どれ取るべき？」 a "which topic?" menu instead of one pick.
 * Said here in those and other words.
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
}
