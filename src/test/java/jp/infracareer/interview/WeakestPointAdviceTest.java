package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * The interview summary names the point missed most often with its advice. Every id an answer's weakest
 * point can have must lead to advice in both languages (a stuffed or mistaken answer used to end the
 * interview with an exception: its ids had no advice key).
 */
class WeakestPointAdviceTest {
    private static final List<String> WEAKEST_IDS = List.of("relevance", "correctness", "explain", "length",
            AnswerAnalyzer.CONCLUSION, AnswerAnalyzer.REASON, AnswerAnalyzer.EPISODE, AnswerAnalyzer.LINK,
            AnswerAnalyzer.LEARNING, AnswerAnalyzer.RESULT);

    @Test
    void everyWeakestPointHasAdviceAndANameInBothLanguages() {
        KnowledgeBase kb = KnowledgeBase.load();
        for (Lang lang : Lang.values()) {
            var ui = kb.catalog(lang).ui();
            for (String id : WEAKEST_IDS) {
                assertThat(NextStep.forWeakest(ui, id)).as(lang + " advice for " + id).isNotBlank();
                assertThat(InterviewReplies.pointName(ui, id)).as(lang + " name of " + id).isNotBlank();
            }
        }
    }
}
