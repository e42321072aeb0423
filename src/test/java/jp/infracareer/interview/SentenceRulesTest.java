package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import jp.infracareer.content.FeedbackRules;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** The language rules for reading sentences live in content/{ja,en}/feedback.yml and are read as before. */
class SentenceRulesTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static AnswerText read(Lang lang, String answer) {
        return new AnswerText(answer, lang, PhraseTable.of(KB.catalog(lang)));
    }

    @Test
    void japaneseSentencesThatDisownOrCorrectAreReadSo() {
        AnswerText t = read(Lang.JA, "自分の判断で再起動するということはしません。/24なら256台と思われがちですが、使えるのは254台です。"
                + "自分で再起動すれば、上司を起こすこともありません。");
        assertThat(t.disowns(0)).isTrue();
        assertThat(t.disowns(1)).isTrue();
        assertThat(t.disowns(2)).as("a consequence, not a refusal").isFalse();
        assertThat(t.clauseNegates("udpは再送しない")).isTrue();
        assertThat(t.clauseNegates("udpは再送して確実に届ける")).isFalse();
    }

    @Test
    void englishSentencesThatDisownOrCorrectAreReadSo() {
        AnswerText t = read(Lang.EN, "What I won't do is restart anything on my own. A common misconception is that a /24 has 256 hosts. "
                + "I'd never bother my lead, I just restart it.");
        assertThat(t.disowns(0)).isTrue();
        assertThat(t.disowns(1)).isTrue();
        assertThat(t.disowns(2)).as("the restart is still stated").isFalse();
        assertThat(t.clauseNegates("udp is less reliable than tcp")).isTrue();
        assertThat(t.clauseNegates("udp resends lost packets")).isFalse();
    }

    @Test
    void askingTheInterviewerBackIsReadInBothLanguages() {
        assertThat(read(Lang.JA, "入社後の研修はどのくらいの期間ですか。").rules().asksBack().matcher("入社後の研修はどのくらいの期間ですか。").find()).isTrue();
        assertThat(read(Lang.EN, "x").rules().asksBack().matcher("What does the first month look like?").find()).isTrue();
        assertThat(read(Lang.EN, "x").rules().asksBack().matcher("I would escalate at once.").find()).isFalse();
    }

    @Test
    void aBrokenRuleStopsTheContentFromLoading() {
        assertThatThrownBy(() -> new FeedbackRules.Reading("(", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u")).isInstanceOf(PatternSyntaxException.class);
    }
}
