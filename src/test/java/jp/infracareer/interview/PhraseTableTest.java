package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.content.Rubric;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Reading an answer against the whole bank at once ({@link PhraseTable}) finds exactly the points that reading
 * it phrasing by phrasing finds: for every labelled answer, every sentence and every concept of every question,
 * and in a copy that skips sentences.
 */
class PhraseTableTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void theBankAtOnceFindsWhatEachPhrasingFinds() {
        int compared = 0;
        int made = 0;
        for (JudgedAnswers.Answer a : answers()) {
            Catalog c = KB.catalog(a.lang());
            AnswerText one = new AnswerText(a.text(), a.lang(), SentenceRules.of(c.feedback().reading()));
            AnswerText bank = new AnswerText(a.text(), a.lang(), PhraseTable.of(c));
            Set<Integer> skip = one.size() > 1 ? Set.of(0) : Set.of();
            AnswerText oneSkipping = one.without(skip);
            AnswerText bankSkipping = bank.without(skip);
            for (Rubric r : c.rubrics()) {
                for (Rubric.Concept concept : r.concepts()) {
                    for (int i = 0; i < one.size(); i++) {
                        boolean expected = one.makes(i, concept.synonyms());
                        assertThat(bank.makes(i, concept.synonyms())).as("%s sentence %d, %s", a.id(), i, concept.id())
                                .isEqualTo(expected);
                        assertThat(bankSkipping.makes(i, concept.synonyms())).as("%s skipping, sentence %d", a.id(), i)
                                .isEqualTo(oneSkipping.makes(i, concept.synonyms()));
                        made += expected ? 1 : 0;
                        compared++;
                    }
                }
            }
        }
        // the comparison means something only if both readings found points, in both languages
        assertThat(compared).isGreaterThan(100_000);
        assertThat(made).isGreaterThan(1_000);
    }

    @Test
    void aCatalogsTableIsBuiltOnce() {
        Catalog c = KB.catalog(Lang.JA);
        assertThat(PhraseTable.of(c)).isSameAs(PhraseTable.of(c));
    }

    private static List<JudgedAnswers.Answer> answers() {
        List<JudgedAnswers.Answer> all = new ArrayList<>(JudgedAnswers.load());
        all.addAll(JudgedAnswers.load(JudgedAnswers.HELDOUT2));
        all.addAll(JudgedAnswers.load(JudgedAnswers.HELDOUT3));
        all.addAll(JudgedAnswers.load(JudgedAnswers.TUNING4));
        return all;
    }
}
