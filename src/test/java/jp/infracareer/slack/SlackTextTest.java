package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from Slack becomes what the user typed, without characters that could hide or disguise it. */
class SlackTextTest {
    @Test
    void nulAndBidirectionalOverridesAreDropped() {
        String typed = "結論\u0000です\u202Eevil\u202C。\u2066isolated\u2069 \u200Fmark\u0007";
        assertThat(SlackText.toPlain(typed)).isEqualTo("結論ですevil。isolated mark");
    }

    @Test
    void lineBreaksTabsAndEmojiJoinersStay() {
        String typed = "一行目\n\t二行目 👩\u200D💻";
        assertThat(SlackText.toPlain(typed)).isEqualTo(typed);
    }

    @Test
    void mentionsStillBecomePlainText() {
        assertThat(SlackText.toPlain("<!channel> hi <@U123|taro> \u202E")).isEqualTo("@channel hi @taro ");
    }
}
