package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Points matched word by word: any inflection or kana spelling, never a homophone or a negation. */
class WordFormsTest {
    private static boolean finds(String sentence, String phrase) {
        return WordForms.contains(WordForms.of(AnswerText.fold(sentence)), WordForms.phrase(AnswerText.fold(phrase)));
    }

    @Test
    void anInflectedOrKanjiSpeltPhraseIsFound() {
        assertThat(finds("昨日、レジのネットワークが繋がらなくなりました。", "つながらなくな")).isTrue();
        assertThat(finds("サーバーが止まったことがあります。", "止まる")).isTrue();
    }

    @Test
    void aHomophoneInKanjiOrANegatedWordIsNotTheWord() {
        assertThat(finds("ネットワークに関して勉強しています。", "監視")).isFalse();
        assertThat(finds("システムが止まらないように支えたいです。", "止まる")).isFalse();
        assertThat(finds("システムが止まりません。", "止まり")).isFalse();
    }

    @Test
    void aLastSentenceRestatingTheQuestionTakesUpItsWords() {
        QuestionWords q = new QuestionWords("開発ではなく、インフラエンジニアを選んだ理由を教えてください。", false);
        assertThat(q.echoed("それが、開発ではなくインフラを選んだ理由です。")).isGreaterThanOrEqualTo(2);
        assertThat(q.echoed("週末は山に登っています。")).isZero();
        QuestionWords en = new QuestionWords("Why did you choose infrastructure engineering rather than software development?", true);
        assertThat(en.echoed("That is why I chose infrastructure over development.")).isGreaterThanOrEqualTo(2);
    }
}
