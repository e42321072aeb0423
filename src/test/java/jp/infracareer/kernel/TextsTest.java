package jp.infracareer.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void marksAreTakenOffTheEndOnly() {
        assertThat(Texts.withoutTrailing("こんにちは！！", "!！")).isEqualTo("こんにちは");
        assertThat(Texts.withoutTrailing("hi!? there!", "!?")).isEqualTo("hi!? there");
        assertThat(Texts.withoutTrailing("!!!", "!")).isEmpty();
        assertThat(Texts.withoutTrailing("", "!")).isEmpty();
        assertThat(Texts.withoutTrailing("thanks", "!")).isEqualTo("thanks");
    }

    @Test
    void theFirstOfSomeCharactersIsFoundWithinBoundsClippedToTheText() {
        assertThat(Texts.indexOfAny("監視って何？です。", "。？", 0, 100)).isEqualTo(5);
        assertThat(Texts.indexOfAny("監視って何？です。", "。？", 6, 9)).isEqualTo(8);
        assertThat(Texts.indexOfAny("監視って何？です。", "。？", 0, 5)).isEqualTo(-1);
        assertThat(Texts.indexOfAny("ab", "b", -3, 1)).isEqualTo(-1);
        assertThat(Texts.indexOfAny("a\u000Bb", Texts.PATTERN_SPACE, 0, 3)).isEqualTo(1);
        assertThat(Pattern.compile("\\s").matcher(Texts.PATTERN_SPACE).replaceAll("")).isEmpty();
    }

    @Test
    void marksBeforeALineBreakThatEndsTheTextGoAsThePatternsDollarTakesThem() {
        assertThat(Texts.withoutTrailing("hi!\n", "!")).isEqualTo("hi\n");
        assertThat(Texts.withoutTrailing("hi!\r\n", "!")).isEqualTo("hi\r\n");
        assertThat(Texts.withoutTrailing("hi!\n!", "!")).isEqualTo("hi!\n");
    }

    /** The loop is what replaceAll("[marks]+$", "") gives, over random texts of marks, letters and line breaks. */
    @Test
    void givesWhatThePatternGaveOverRandomTexts() {
        String marks = "!.?,~！。？、〜ー♪ \t\n\u000B\f\r";
        Pattern pattern = Pattern.compile("[!.?,~！。？、〜ー♪\\s]+$");
        String alphabet = "a!.?！。ー♪ \t\n\r\u0085\u2028\u2029x語";
        Random random = new Random(44);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(Texts.withoutTrailing(t, marks)).as("%s", t.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(pattern.matcher(t).replaceAll(""));
            String fewer = "!?";
            assertThat(Texts.withoutTrailing(t, fewer)).isEqualTo(t.replaceAll("[!?]+$", ""));
        }
    }
}
