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
 * and in a copy that skips sentences; and the same for the word lists read only as written (mistakes, weak
 * motives, markers, key terms), which a sentence holds or affirms.
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
    void theBankAtOnceHoldsAndAffirmsWhatEachWordListDoes() {
        int compared = 0;
        int held = 0;
        int heldNotAffirmed = 0;
        for (JudgedAnswers.Answer a : answers()) {
            Catalog c = KB.catalog(a.lang());
            PhraseTable table = PhraseTable.of(c);
            AnswerText one = new AnswerText(a.text(), a.lang(), SentenceRules.of(c.feedback().reading()));
            AnswerText bank = new AnswerText(a.text(), a.lang(), table);
            Set<Integer> skip = one.size() > 1 ? Set.of(0) : Set.of();
            AnswerText oneSkipping = one.without(skip);
            AnswerText bankSkipping = bank.without(skip);
            for (List<String> words : wordLists(c, c.rubric(a.question()).orElseThrow())) {
                // a list the table does not know would compare the slow reading with itself
                assertThat(table.wordIds(words)).as("%s: %s", a.question(), words).isNotNull();
                for (int i = 0; i < one.size(); i++) {
                    boolean has = one.has(i, words);
                    boolean affirms = one.affirms(i, words);
                    assertThat(bank.has(i, words)).as("%s sentence %d holds %s", a.id(), i, words).isEqualTo(has);
                    assertThat(bank.affirms(i, words)).as("%s sentence %d affirms %s", a.id(), i, words).isEqualTo(affirms);
                    assertThat(bankSkipping.has(i, words)).isEqualTo(oneSkipping.has(i, words));
                    assertThat(bankSkipping.affirms(i, words)).isEqualTo(oneSkipping.affirms(i, words));
                    held += has ? 1 : 0;
                    heldNotAffirmed += has && !affirms ? 1 : 0;
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100_000);
        assertThat(held).isGreaterThan(1_000);
        // negated words (使わない for 使う) are among them, so the affirming reading is compared where it differs
        assertThat(heldNotAffirmed).isGreaterThan(10);
    }

    /** The word lists an answer to {@code rubric}'s question is read against. */
    private static List<List<String>> wordLists(Catalog c, Rubric rubric) {
        List<List<String>> out = new ArrayList<>();
        List<Rubric.Misconception> mistakes = new ArrayList<>(rubric.misconceptions());
        mistakes.addAll(c.feedback().judgement().mistakes());
        for (Rubric.Misconception m : mistakes) {
            out.addAll(m.when());
            out.add(m.unless());
        }
        c.feedback().weakMotives().forEach(w -> out.add(w.patterns()));
        out.addAll(c.feedback().markers().values());
        out.add(c.question(rubric.question()).orElseThrow().keyTerms());
        out.add(rubric.anchors());
        out.add(rubric.situation());
        return out;
    }

    @Test
    void everyListOfRulesTheAnalyzerReadsIsIndexed() {
        // by identity: a list the analyzer builds afresh would be read rule by rule, every rule asked
        for (Lang lang : Lang.values()) {
            Catalog c = KB.catalog(lang);
            PhraseTable table = PhraseTable.of(c);
            assertThat(table.ruleIndex(c.feedback().judgement().mistakes())).isNotNull();
            c.rubrics().forEach(r -> assertThat(table.ruleIndex(r.misconceptions())).as(r.question()).isNotNull());
            assertThat(table.ruleIndex(new java.util.ArrayList<>(c.feedback().judgement().mistakes()))).isNull();
        }
    }

    @Test
    void anIndexOffersEveryRuleWhoseFirstGroupIsHeld() {
        Catalog c = KB.catalog(Lang.JA);
        PhraseTable table = PhraseTable.of(c);
        var rules = c.feedback().judgement().mistakes();
        AnswerText text = new AnswerText("アラートが鳴ったので、自分の判断でサーバーを再起動しました。報告は翌朝にしました。", Lang.JA, table);
        boolean[] offered = table.ruleIndex(rules).mayBeMet(text.heldAnywhere());
        int held = 0;
        for (int r = 0; r < rules.size(); r++) {
            boolean firstHeld = rules.get(r).when().isEmpty() || text.mayHave(rules.get(r).when().get(0));
            held += firstHeld ? 1 : 0;
            assertThat(offered[r]).as(rules.get(r).id()).isEqualTo(firstHeld);
        }
        assertThat(held).as("the answer holds some rules' words and not others'").isBetween(1, rules.size() - 1);
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
