package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * The blocks' JSON written field by field is the SDK's Gson's, character for character, for text of every awkward kind
 * (EveryTopicFitsSlackTest holds it over every reply of the content), and blocks it does not know go to the Gson.
 */
class BlockJsonTest {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final String AWKWARD = "<!channel> & \"引用\" 'it's' \\ back\\slash\ttab\nline\u2028sep\u0000nul =x= "
            + "😀 emoji ＆ <https://example.com|link> `code` *bold*";

    private static Reply reply(String topic) {
        return new Reply(topic, "タイトル " + AWKWARD, List.of(
                new Reply.Paragraph("見出し " + AWKWARD, AWKWARD),
                new Reply.Paragraph("", ""),
                new Reply.Bullets("", List.of(AWKWARD, "二つ目")),
                new Reply.Columns("比較 " + AWKWARD, "左", AWKWARD, "右", "right"),
                new Reply.Link(AWKWARD, "https://example.com/a?b=1&c=2"),
                new Reply.Mention("before ", "U012ABC", " after " + AWKWARD)),
                "context " + AWKWARD,
                List.of(new Reply.Action("ボタン " + AWKWARD, "interview " + AWKWARD, "open_topic"),
                        new Reply.Action("次へ", "next", "open_topic")),
                Map.of());
    }

    @Test
    void everyKindOfBlockTheRendererMakesIsWrittenAsTheGsonWritesIt() {
        List<LayoutBlock> blocks = BlockKitRenderer.render(reply("guide/awkward"));
        assertThat(blocks).hasSizeGreaterThan(7);
        assertThat(BlockJson.write(blocks, GSON)).isEqualTo(GSON.toJson(blocks));
    }

    @Test
    void repliesTogetherCarryTheGsonsJson() {
        List<Reply> two = List.of(reply("interview/feedback"), reply("interview/question"));
        var together = BlockKitRenderer.together(two).orElseThrow();
        assertThat(together.json()).isEqualTo(GSON.toJson(together.blocks()));
        assertThat(together.json()).contains("\"type\":\"divider\"", "\"block_id\":\"actions-2\"");
    }

    @Test
    void blocksItDoesNotKnowAreWrittenByTheGson() {
        List<LayoutBlock> other = List.of(
                Blocks.section(s -> s.text(BlockCompositions.markdownText("x"))
                        .accessory(BlockElements.button(b -> b.actionId("a").text(BlockCompositions.plainText("b"))))),
                Blocks.actions(a -> a.elements(List.of(BlockElements.button(b -> b.actionId("a").style("primary")
                        .text(BlockCompositions.plainText("b")))))),
                Blocks.image(i -> i.imageUrl("https://example.com/x.png").altText("x")));
        for (LayoutBlock block : other) {
            String json = BlockJson.write(List.of(block), GSON);
            assertThat(json).isEqualTo(GSON.toJson(List.of(block)));
        }
        assertThat(BlockJson.write(List.of(other.get(0)), GSON)).contains("accessory");
        assertThat(BlockJson.write(List.of(other.get(1)), GSON)).contains("\"style\":\"primary\"");
    }
}
