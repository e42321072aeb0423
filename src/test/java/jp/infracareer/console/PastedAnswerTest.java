package jp.infracareer.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * An answer pasted over several lines at a terminal is one answer (a twenty-third trial's second paragraph was read as a
 * new message, and the slips in it went unjudged); from a script each line stays a message of its own.
 */
class PastedAnswerTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final String PASTE = """
            interview network
            前職ではコンビニの店長として、レジや発注の端末が止まったときに本部のヘルプデスクへ連絡していました。
            そのとき、pingはTCPの80番ポートを使うので、返事があればWebも動いていると説明していました。
            """;

    private CaffeineConversationStore run(boolean interactive) {
        CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        ConsoleChat chat = new ConsoleChat(new Advisor(KB, store, Lang.JA), false, interactive);
        chat.run(new BufferedReader(new StringReader(PASTE)), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return store;
    }

    @Test
    void atATerminalTheLinesOfAPasteAreOneAnswer() {
        var session = run(true).get(UserKey.CONSOLE).interview().orElseThrow();
        assertThat(session.results()).hasSize(1);
        // the second line's slip is judged with the first line's words: the score is a slip's
        assertThat(session.results().get(0).score()).isLessThanOrEqualTo(40);
    }

    @Test
    void fromAScriptEachLineIsAMessage() {
        var session = run(false).get(UserKey.CONSOLE).interview().orElseThrow();
        assertThat(session.results()).hasSize(2);
    }
}
