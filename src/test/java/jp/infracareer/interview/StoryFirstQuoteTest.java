package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A story told first and closed with the answer has its conclusion quoted from the last sentence, not from the
 * opening scene (the tenth newcomer trial saw 「私は前職で…」 quoted as the clear answer). An answer that states its
 * conclusion first keeps the first sentence quoted.
 */
class StoryFirstQuoteTest {
    private static Feedback.Point conclusion(Feedback f) {
        return f.points().stream().filter(p -> p.id().equals(AnswerAnalyzer.CONCLUSION)).findFirst().orElseThrow();
    }

    @Test
    void theClosingSentenceIsQuotedAsTheConclusionOfAStory() {
        Feedback f = judge(Lang.JA, "why-infra", "私は前職の飲食店で店長をしていたとき、週末の夜にPOSレジが止まり、会計ができなくなった"
                + "ことがあります。原因は店舗のネットワーク機器の故障で、復旧まで2時間かかり、お客様を長くお待たせしました。そのとき、"
                + "裏で仕組みを支える人がいて初めてお店が回るのだと気づき、運用・保守の仕事を調べました。今はLinuxとネットワークの"
                + "勉強を毎日続けています。だから私は、止まらない仕組みを支えるインフラエンジニアを目指しています。");
        assertThat(conclusion(f).status()).isEqualTo(Feedback.Status.MET);
        assertThat(conclusion(f).quote()).startsWith("だから私は");
    }

    @Test
    void aConclusionStatedFirstIsStillQuotedFromTheFirstSentence() {
        Feedback f = judge(Lang.EN, "why-infra", "I chose infrastructure because I want to keep the systems people rely on"
                + " running. When I managed a restaurant, our card terminals went down on a busy Saturday night and we lost two"
                + " hours of sales. The cause was a failed router that nobody had been monitoring. Now I study Linux and"
                + " networking every evening. That is why I want to become an infrastructure engineer.");
        assertThat(conclusion(f).quote()).startsWith("I chose infrastructure");
    }
}
