package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short message that says how the job seeker feels is heard first (ninth newcomer trial: being exhausted got the
 * 11-hours-a-week study plan, 「もうやめたい」 a school's fees, "kind of stressed" a choice of two pages), in other words
 * than the trial's; a question that names its subject beside a feeling still gets its answer.
 */
class FeelingsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final Advisor advisor = new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
    private int users;

    private Reply ask(String text) {
        return advisor.message(new UserKey("T", "F" + users++), text, "m" + users).replies().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"正直もう無理かもって思い始めてます", "毎日疲れていて、勉強する気力が出ないです", "転職したいけど不安しかないです",
            "I'm so stressed about all of this", "honestly I feel like giving up"})
    void aFeelingIsHeardWithOneSmallStepAndTheGuidesBehindIt(String text) {
        Reply r = ask(text);
        assertThat(r.topic()).as(text).isEqualTo(TopicIds.FEELING);
        Lang lang = text.chars().allMatch(c -> c < 0x80) ? Lang.EN : Lang.JA;
        assertThat(r.title()).isEqualTo(KB.catalog(lang).ui().text("feeling.title"));
        assertThat(r.actions()).extracting(Reply.Action::command).contains("guide age", "guide roadmap");
    }

    @Test
    void everyGuideOfferedBesideAFeelingIsAGuide() {
        assertThat(KB.aliases().feelings().guides()).isNotEmpty().isSubsetOf(jp.infracareer.kernel.GuideIds.ALL);
        assertThat(KB.aliases().feelings().words()).isNotEmpty();
    }

    @Test
    void aQuestionBesideAFeelingIsAnswered() {
        assertThat(ask("34歳で未経験なので不安です。もう遅すぎますか？").topic()).isEqualTo(TopicIds.guide("age"));
        assertThat(ask("I'm worried: am I too old at 40 to start?").topic()).isEqualTo(TopicIds.guide("age"));
        assertThat(ask("夜勤が不安です。夜勤って月に何回くらいあるんですか？").topic()).isNotEqualTo(TopicIds.FEELING);
    }
}
