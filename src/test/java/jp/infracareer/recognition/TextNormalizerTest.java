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
}
