package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A point an answer did not make, under a high score, is offered as a way to go further rather than as something
 * missing (a twentieth newcomer trial read "add one point" under a 100 as a contradiction); under a lower score it is
 * still what to add. The line is scoring.yml's {@code points_optional_from}.
 */
class OptionalPointsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static String feedbackText(Lang lang, int score) {
        var c = KB.catalog(lang);
        var q = c.question("vlan").orElseThrow();
        Feedback f = new Feedback(score, Feedback.Relevance.ON_TOPIC, "", "", false, List.of(),
                new Feedback.Length(300, "字", Feedback.Verdict.GOOD), List.of("covered"), List.of("部署ごとに分ける例"), List.of(),
                List.of(), "");
        return InterviewReplies.feedbackOnly(c, q, f).parts().toString();
    }

    @Test
    void underAHighScoreTheMissingPointIsAWayToGoFurther() {
        int from = (int) KB.catalog(Lang.JA).scoring().threshold("points_optional_from");
        assertThat(feedbackText(Lang.JA, from)).contains("さらに話せる点").doesNotContain("入れたい点");
        assertThat(feedbackText(Lang.JA, from - 1)).contains("入れたい点");
        assertThat(feedbackText(Lang.EN, 100)).contains("to go further");
    }

    @Test
    void theNextStepSaysSoToo() {
        var c = KB.catalog(Lang.JA);
        var q = c.question("vlan").orElseThrow();
        assertThat(NextStep.choose(c, q, scored(95))).contains("さらに深めるなら", "部署ごとに分ける例").doesNotContain("1つ足しましょう");
        assertThat(NextStep.choose(c, q, scored(60))).contains("1つ足しましょう", "部署ごとに分ける例");
    }

    private static Feedback scored(int score) {
        return new Feedback(score, Feedback.Relevance.ON_TOPIC, "", "", false, List.of(),
                new Feedback.Length(300, "字", Feedback.Verdict.GOOD), List.of("a"), List.of("部署ごとに分ける例"), List.of(), List.of(), "");
    }
}
