package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-seventh newcomer trial (session 39, on this session's build; an izakaya floor manager of 31 writing Kansai
 * Japanese, a Korean hotel receptionist writing English): thinking aloud, a break, the question asked for again in
 * Kansai words, and "my previous message was not meant as an answer" were still scored; "can we stop for a moment? … I
 * will be back in 5 minutes" ended the interview. Said here in those and other words.
 */
class TwentySeventhTrialTest extends TrialChat {
    TwentySeventhTrialTest() {
        super("trial27");
    }

    @Test
    void aBreakOrAMomentToThinkInKansaiOrPlainWordsWaits() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String ask : List.of("えっと、ちょっと考えさせてください", "ちょっと一息入れさせてください。すぐ戻ります")) {
            assertThat(say(ask).get(0).title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
        }
        assertThat(say("すんません、もう一回質問言うてくれます？").get(0).title())
                .isEqualTo(KB.catalog(Lang.JA).ui().text("interview.repeat_title"));
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
    }

    @Test
    void stoppingForAMomentInEnglishPausesInsteadOfEndingTheInterview() {
        UserKey en = new UserKey("T", "U-trial27-en");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        for (String ask : List.of("Sorry, could we stop for a minute? Someone is at the desk, I'll be back in 5 minutes.",
                "hmm, ok, let me think for a moment")) {
            assertThat(advisor.message(en, ask, ask).replies().get(0).title()).as(ask)
                    .isEqualTo(KB.catalog(Lang.EN).ui().text("interview.paused_title"));
        }
        assertThat(store.get(en).interview()).isPresent();
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void aMessageSaidNotToHaveBeenAnAnswerIsTakenBackInEitherLanguage() {
        advisor.command(user, "interview network");
        say("うーん、TCPはたしか確実に届けるほうで、UDPは速いほうやったと思う。");
        assertThat(answered()).isEqualTo(1);
        say("ちょ、待って、さっきのはまだ考えてる途中やってん");
        assertThat(answered()).isZero();
        UserKey en = new UserKey("T", "U-trial27-back");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        advisor.message(en, "TCP checks that data arrives; UDP does not, so it is faster.", "b1");
        advisor.message(en, "Sorry, my last reply was not meant as an answer yet, can I answer that question properly now?", "b2");
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }
}
