package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.FeedbackRules;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** The past jobs of feedback.yml, found by their names: English ones as whole words, Japanese ones anywhere. */
class PastJobsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static String named(Lang lang, String text) {
        return PastJobs.named(KB.catalog(lang).feedback().backgrounds(), text).map(FeedbackRules.Background::id).orElse("none");
    }

    @Test
    void namesAreFoundAsWordsInEnglishAndAnywhereInJapanese() {
        assertThat(named(Lang.EN, "I'm an ALT in Fukuoka, how would I answer?")).isEqualTo("teaching");
        assertThat(named(Lang.EN, "Is there an alternative way to answer this?")).isEqualTo("none");
        assertThat(named(Lang.EN, "I worked as a nurse. What would I say?")).isEqualTo("care");
        assertThat(named(Lang.EN, "I was a delivery driver for six years")).isEqualTo("logistics");
        assertThat(named(Lang.JA, "元看護師です。どう答えたらいい？")).isEqualTo("care");
        assertThat(named(Lang.JA, "倉庫のピッキングしかしたことないです")).isEqualTo("logistics");
        assertThat(named(Lang.JA, "6年ドライバーをしてました。どう答えればいい？")).isEqualTo("logistics");
        assertThat(named(Lang.JA, "どう答えればいいですか")).isEqualTo("none");
        // names with hiragana or a long-vowel mark are read as the message is (they were once compared unfolded, never found)
        assertThat(named(Lang.JA, "ホテルのフロントで働いていました。どう答えればいい？")).isEqualTo("retail");
        assertThat(named(Lang.JA, "スーパーのレジ係だったらどう答える？")).isEqualTo("retail");
        assertThat(named(Lang.JA, "営業の仕事をしていた人ならどう答えますか")).isEqualTo("sales");
        // words that only look like a past job: a coach called 先生, front-end work, opening hours, a device driver, an admin
        assertThat(named(Lang.JA, "先生、この質問はどう答えたらいいですか？")).isEqualTo("none");
        assertThat(named(Lang.JA, "フロントエンドの経験ならどう答えますか？")).isEqualTo("none");
        assertThat(named(Lang.JA, "営業時間外の呼び出しはどう答えればいい？")).isEqualTo("none");
        assertThat(named(Lang.JA, "デバイスドライバーの話をしてもいいですか？")).isEqualTo("none");
        assertThat(named(Lang.EN, "I was a Linux admin, how would I answer?")).isEqualTo("none");
    }

    @Test
    void everyLanguageHasTheSamePastJobsInTheSameOrder() {
        assertThat(KB.catalog(Lang.EN).feedback().backgrounds()).extracting(FeedbackRules.Background::id)
                .containsExactlyElementsOf(KB.catalog(Lang.JA).feedback().backgrounds().stream().map(FeedbackRules.Background::id).toList())
                .hasSizeGreaterThanOrEqualTo(8);
    }
}
