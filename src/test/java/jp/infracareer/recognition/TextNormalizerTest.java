package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"サーバー", "サーバ", "さーばー", "ｻｰﾊﾞｰ", "ｻｰﾊﾞ", " サーバー "})
    void spellingsOfServerAreOne(String spelling) {
        assertThat(TextNormalizer.normalize(spelling)).isEqualTo(TextNormalizer.normalize("サーバー"));
    }

    @Test
    void fullWidthLatinAndCaseFold() {
        assertThat(TextNormalizer.normalize("ＡＷＳ")).isEqualTo("aws");
        assertThat(TextNormalizer.normalize("DevOps")).isEqualTo("devops");
    }

    @Test
    void controlCharactersAndRunsOfSpaceCollapse() {
        assertThat(TextNormalizer.normalize("infra\u0000\t\n  vs\u200b server")).isEqualTo("infra vs server");
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
    }

    @Test
    void aWaveDashBetweenDigitsStaysARange() {
        // a trial's 「週に5〜6時間」 was read as 56 hours when the dash was dropped like a long vowel
        assertThat(TextNormalizer.normalize("週に5〜6時間")).isEqualTo("週ニ5~6時間");
        assertThat(TextNormalizer.normalize("20ー35歳")).isEqualTo("20~35歳");
        assertThat(TextNormalizer.normalize("月給25万〜")).isEqualTo("月給25万");
        assertThat(TextNormalizer.normalize("サーバー〜")).isEqualTo(TextNormalizer.normalize("サーバ"));
    }
}
