package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    @Test
    void anEnglishSentenceQuotingJapaneseTermsIsEnglish() {
        // a twelfth newcomer trial wrote in English about a 技能実習 visa and was answered in Japanese
        assertThat(LanguageGuess.of("how does 夜勤手当 work")).contains(Lang.EN);
        assertThat(LanguageGuess.of("I saw 固定残業代 and 賞与 in a posting, what do they mean?")).contains(Lang.EN);
        assertThat(LanguageGuess.of("Now I work as 技能実習... no sorry, I have a humanities visa")).contains(Lang.EN);
    }

    @Test
    void aLongEnglishAnswerClosingWithAJapanesePhraseIsEnglish() {
        // a fourteenth newcomer trial: a strong answer judged in Japanese for its last word, and scored 0
        assertThat(LanguageGuess.of("I want to work in cloud infrastructure because in my current job as a tester I often "
                + "found that problems came from the environment, not the code. I started studying AWS and passed the "
                + "Cloud Practitioner exam last month. 頑張ります。")).contains(Lang.EN);
        // a Japanese answer with many English names stays Japanese
        assertThat(LanguageGuess.of("前職ではAWSのEC2とS3を使って、Lambdaでserverlessの仕組みを作り、CloudWatchでalarmを"
                + "設定していました。そこでinfrastructureに興味を持ちました。")).contains(Lang.JA);
    }

    @Test
    void japaneseWithEnglishNamesStaysJapanese() {
        assertThat(LanguageGuess.of("AWSのSAAとCLFどっちがいい？")).contains(Lang.JA);
        assertThat(LanguageGuess.of("Linuxの勉強はUbuntuとCentOSどっちで")).contains(Lang.JA);
        assertThat(LanguageGuess.of("SES 派遣 違い")).contains(Lang.JA);
        assertThat(LanguageGuess.of("Solutions Architect Associate 難易度")).contains(Lang.JA);
        assertThat(LanguageGuess.of("kubectl get pods でエラー")).contains(Lang.JA);
        assertThat(LanguageGuess.of("インフラエンジニアのwork life balanceってどう？")).contains(Lang.JA);
    }

    @Test
    void plainTextIsReadAsBefore() {
        assertThat(LanguageGuess.of("What does a network engineer do?")).contains(Lang.EN);
        assertThat(LanguageGuess.of("監視ってどんな仕事？")).contains(Lang.JA);
        assertThat(LanguageGuess.of("roles")).isEmpty();
    }
}
