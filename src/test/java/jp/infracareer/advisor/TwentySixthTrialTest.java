package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A twenty-sixth newcomer trial (session 39, on this session's build; a care worker of 34 raising a child alone, a
 * Brazilian-Japanese factory and IT-kitting worker writing English): a break asked for with a word of coming back after
 * it, and 「さっきのは回答のつもりじゃなかった」, were scored and the questions lost. Said here in those and other words.
 */
class TwentySixthTrialTest extends TrialChat {
    TwentySixthTrialTest() {
        super("trial26");
    }

    @Test
    void aBreakAskedForWithAWordOfComingBackAfterItPauses() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String ask : List.of("宅配が来たので少しだけ中断させてください。すぐ戻ります", "すみません、電話なので少し待っててください。すぐ戻りますね！")) {
            assertThat(say(ask).get(0).title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
        }
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }

    @Test
    void anAnswerSaidNotToHaveBeenMeantAsOneIsTakenBack() {
        advisor.command(user, "interview network");
        String first = waiting();
        say("うーん、TCPとUDP…どっちがどっちだったかな");
        assertThat(answered()).isEqualTo(1);
        List<Reply> back = say("あ、すみません、さっきのは独り言で、回答のつもりじゃなかったです");
        assertThat(back.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.taken_back_title"));
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }
}
