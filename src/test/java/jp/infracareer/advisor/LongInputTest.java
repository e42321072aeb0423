package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/** A paste far longer than any question or posting is read up to a limit, and the user is told so. */
class LongInputTest {
    private final Advisor advisor = new Advisor(KnowledgeBase.load(), new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
    private final UserKey user = new UserKey("T1", "ULONG");

    @Test
    void aHugeQuestionIsCutAndTheReplySaysSo() {
        String huge = "監視ってどんな仕事？" + "とても長い前置きです。".repeat(20_000);
        Reply reply = advisor.message(user, huge, "").replies().get(0);

        assertThat(huge.length()).isGreaterThan(200_000);
        assertThat(reply.context()).contains("最初の" + Advisor.MAX_INPUT + "文字だけ");
        assertThat(reply.topic()).isEqualTo("stage/monitoring");
    }

    @Test
    void aMessageWithinTheLimitGetsNoNotice() {
        Reply reply = advisor.message(user, "監視ってどんな仕事？", "").replies().get(0);
        assertThat(reply.context()).doesNotContain("文字だけ");
    }
}
