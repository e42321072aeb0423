package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * The model answer a user is shown for a question is judged good by the same scorer: on topic, no mistake
 * or weak motive found in it, not a term list, and at least the band of a good answer. A new rule that reads
 * one of our own model answers as wrong is a false positive that every user who asks for an example would see.
 */
class ModelAnswersTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void everyModelAnswerIsJudgedGoodInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Catalog catalog = KB.catalog(lang);
            assertThat(catalog.questions()).isNotEmpty();
            for (var question : catalog.questions()) {
                String example = catalog.rubric(question.id()).orElseThrow().example();
                Feedback f = AnswerAnalyzer.analyze(catalog, question, example);
                String what = lang + " " + question.id();
                assertThat(f.relevance()).as(what).isEqualTo(Feedback.Relevance.ON_TOPIC);
                assertThat(f.misconceptions()).as(what).isEmpty();
                assertThat(f.weakMotives()).as(what).isEmpty();
                assertThat(f.stuffed()).as(what).isFalse();
                assertThat(f.score()).as(what).isGreaterThanOrEqualTo(75);
            }
        }
    }
}
