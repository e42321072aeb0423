package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The words that say one is Japanese are found in any case and width, and the rest of the message is kept. */
class NativeSpeakerTest {
    private static final List<String> WORDS = KnowledgeBase.load().aliases().nativeSpeaker().words();
    private static final NativeSpeaker SPEAKER = new NativeSpeaker(WORDS);

    @Test
    void everyPhraseIsFoundHoweverItIsTypedAndTheQuestionStays() {
        for (String w : WORDS) {
            for (String typed : List.of(w, w.toUpperCase(Locale.ROOT), toFullWidth(w.toUpperCase(Locale.ROOT)))) {
                assertThat(SPEAKER.rest(typed + "。CCNAとLPICどっちが先？")).as(typed).isNotNull().contains("CCNA");
            }
        }
        // the screen before the pattern is case-blind as the pattern is: a Turkish dotted capital I reads as i
        assertThat(SPEAKER.rest("İ'M JAPANESE, which exam first?")).isEqualTo(", which exam first?");
    }

    @Test
    void aMessageWithoutThemIsLeftAlone() {
        assertThat(SPEAKER.rest("監視ってどんな仕事？")).isNull();
        assertThat(SPEAKER.rest("Japanese companies: do they need a visa sponsor?")).isNull();
        assertThat(SPEAKER.rest("")).isNull();
    }

    private static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return out.toString();
    }
}
