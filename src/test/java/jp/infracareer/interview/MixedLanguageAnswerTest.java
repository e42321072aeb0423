package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A Japanese answer with sentences in English (a nineteenth newcomer trial's technical intern wrote so): what those
 * sentences state wrongly is named as in an English answer, and holds the score at the cap for a mistake; a right
 * English sentence changes nothing, and a Japanese answer with only terms in Latin letters has no English sentence.
 */
class MixedLanguageAnswerTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judgeMixed(String question, String answer) {
        var ja = KB.catalog(Lang.JA);
        var q = ja.question(question).orElseThrow();
        return AnswerAnalyzer.withEnglishSentences(AnswerAnalyzer.analyze(ja, q, answer), ja, KB.catalog(Lang.EN), q, answer);
    }

    @Test
    void aWrongEnglishSentenceInAJapaneseAnswerIsNamed() {
        String answer = "DNSはドメイン名をIPアドレスに変える仕組みです。ブラウザはまずキャッシュDNSサーバーに聞きます。"
                + "DNS answers are never cached, so every lookup takes the same time. そのあとWebサーバーに接続してページを表示します。";
        Feedback plain = Findings.judge(Lang.JA, "dns", answer);
        Feedback mixed = judgeMixed("dns", answer);
        assertThat(plain.misconceptions()).noneSatisfy(f -> assertThat(f.quote()).contains("never cached"));
        assertThat(mixed.misconceptions()).anySatisfy(f -> assertThat(f.quote()).contains("never cached"));
        assertThat(plain.score()).isGreaterThan(40);
        assertThat(mixed.score()).isLessThanOrEqualTo(40);
        // told in the reply's language, and the next step is about the mistake, not a way to go further
        assertThat(mixed.misconceptions()).filteredOn(f -> f.quote().contains("never cached"))
                .allSatisfy(f -> assertThat(f.correction()).containsPattern("[ぁ-んァ-ン]"));
        assertThat(mixed.nextStep()).isNotEqualTo(plain.nextStep());
    }

    @Test
    void aRightEnglishSentenceChangesNothing() {
        String answer = "DNSはドメイン名をIPアドレスに変える仕組みです。ブラウザはまずキャッシュDNSサーバーに聞きます。"
                + "The resolver keeps the answer in its cache until the TTL runs out. そのあとWebサーバーに接続してページを表示します。";
        assertThat(judgeMixed("dns", answer)).isEqualTo(Findings.judge(Lang.JA, "dns", answer));
    }

    @Test
    void termsInLatinLettersAreNoEnglishSentence() {
        assertThat(AnswerAnalyzer.englishSentences("SYN、SYN-ACK、ACKの3回でつなぎます。TCPはWebやSSHで使います。")).isEmpty();
        assertThat(AnswerAnalyzer.englishSentences("はい。I sleep well after night shifts, so it is fine for me. 大丈夫です。"))
                .isEqualTo("I sleep well after night shifts, so it is fine for me.");
    }
}
