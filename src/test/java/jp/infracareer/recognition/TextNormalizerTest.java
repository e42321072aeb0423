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

    @org.junit.jupiter.api.Test
    void aTextNormalisedAgainGivesItsOwnResultWhateverOtherThreadsNormalise() throws Exception {
        String first = new String("サーバー監視ってなに");
        String second = new String("ＳＥＳって何の略？");
        assertThat(TextNormalizer.normalize(first)).isEqualTo("サバ監視ッテナニ");
        assertThat(TextNormalizer.normalize(first)).isEqualTo("サバ監視ッテナニ");
        assertThat(TextNormalizer.normalize(second)).isEqualTo("sesッテ何ノ略?");
        assertThat(TextNormalizer.normalize(new String("サーバー監視ってなに"))).isEqualTo("サバ監視ッテナニ");
        // the last result is kept for one text at a time: threads normalising different texts never get another's
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String text = "ユーザー" + thread + "の質問" + (i % 7);
                        if (!TextNormalizer.normalize(text).equals("ユザ" + thread + "ノ質問" + (i % 7))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
