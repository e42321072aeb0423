package jp.infracareer.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.home.HomeView;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.state.Progress;
import org.junit.jupiter.api.Test;

/**
 * Block Kit views compared as JSON trees with reviewed golden files (src/test/resources/golden/), in the
 * style of Slack's own Block Kit examples: a change to a view shows up as a diff to review, not as a passing
 * test. To accept an intended change, run with -Dgolden.update=true and review the diff of the golden file.
 */
class GoldenViewsTest {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void aReplyWithEveryKindOfPartRendersAsReviewed() throws IOException {
        Reply reply = new Reply("compare/infra/server", "インフラとサーバーの違い *太字ではない*", List.of(
                new Reply.Paragraph("まとめ", "サーバーは**インフラの一部**です。<!channel> は通知になりません。"),
                new Reply.Bullets("見どころ", List.of("設計・構築", "監視・運用")),
                new Reply.Columns("担当範囲", "インフラ", "サーバーとネットワーク全体", "サーバー", "サーバーの設計・構築・運用"),
                new Reply.Link("DMを開く", "slack://app?team=T1&id=A1&tab=messages"),
                new Reply.Mention("from ", "UADVISOR1", " (advisor)")),
                "context line", List.of(new Reply.Action("クラウドと比較", "compare infra cloud"),
                        new Reply.Action("投稿する", "post 0a1b", "broadcast_confirm")), Map.of());
        assertMatchesGolden("reply-every-part.json", JSON.readTree(GSON.toJson(BlockKitRenderer.render(reply))));
    }

    @Test
    void theHomeTabWithProgressRendersAsReviewed() throws IOException {
        Instant t = Instant.parse("2026-11-20T03:00:00Z");
        Progress progress = new Progress(4, List.of(42, 58, 66, 74), Map.of("why-infra", t, "dns", t.minusSeconds(86_400)),
                Map.of("link", 3, "episode", 1), 9);
        assertMatchesGolden("home-ja-progress.json", JSON.readTree(GSON.toJson(HomeView.build(KB.catalog(Lang.JA), progress))));
    }

    @Test
    void theEmptyEnglishHomeTabRendersAsReviewed() throws IOException {
        assertMatchesGolden("home-en-empty.json", JSON.readTree(GSON.toJson(HomeView.build(KB.catalog(Lang.EN), Progress.EMPTY))));
    }

    private static void assertMatchesGolden(String name, JsonNode actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden", name),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        try (InputStream in = GoldenViewsTest.class.getClassLoader().getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file golden/" + name).isNotNull();
            assertThat(actual).isEqualTo(JSON.readTree(in));
        }
    }
}
