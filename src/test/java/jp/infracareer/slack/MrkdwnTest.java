package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void mentionsAndLinksBecomeInertText() {
        assertThat(Mrkdwn.escape("<!channel> <@U123> <#C1|x> <https://evil|click> & co"))
                .isEqualTo("&lt;!channel&gt; &lt;@U123&gt; &lt;#C1|x&gt; &lt;https://evil|click&gt; &amp; co");
    }

    @Test
    void nothingElseIsEscaped() {
        assertThat(Mrkdwn.escape("*bold* _it_ `code` \"q\" 'a'")).isEqualTo("*bold* _it_ `code` \"q\" 'a'");
    }

    @Test
    void truncationKeepsTheLimitAndShowsAnEllipsis() {
        String cut = Mrkdwn.truncate("a".repeat(4000), 3000);
        assertThat(cut).hasSize(3000).endsWith("…");
        assertThat(Mrkdwn.truncate("short", 3000)).isEqualTo("short");
    }

    @Test
    void truncationNeverSplitsAnEmojiOrAnEscape() {
        String emoji = "😀".repeat(10);
        String cut = Mrkdwn.truncate(emoji, 6);
        assertThat(cut).endsWith("…");
        assertThat(cut.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no lone surrogate").isTrue();

        String escaped = Mrkdwn.escape("ab<cd");
        assertThat(Mrkdwn.truncate(escaped, 5)).isEqualTo("ab…");
    }
}
