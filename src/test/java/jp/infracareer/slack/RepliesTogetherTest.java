package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Reply;
import jp.infracareer.testing.BlockKitLimits;
import org.junit.jupiter.api.Test;

/** Replies sent as one DM message (feedback and the next question): as alone, one after the other, within limits. */
class RepliesTogetherTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Reply reply(String topic, int paragraphs) {
        List<Reply.Part> parts = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            parts.add(new Reply.Paragraph("", topic + " part " + i));
        }
        return new Reply(topic, "title of " + topic, parts, "context", List.of(new Reply.Action("Hint", "interview hint",
                Reply.Action.TYPED), new Reply.Action("Skip", "interview skip", Reply.Action.TYPED)), Map.of());
    }

    private static JsonNode json(Object blocks) throws Exception {
        return MAPPER.readTree(GsonFactory.createSnakeCase().toJson(blocks));
    }

    @Test
    void eachReplyIsRenderedAsAloneAfterADividerWithBlockIdsThatDiffer() throws Exception {
        Reply feedback = reply("interview/feedback", 3);
        Reply question = reply("interview/question", 2);

        JsonNode together = json(BlockKitRenderer.renderTogether(List.of(feedback, question)).orElseThrow());
        JsonNode first = json(BlockKitRenderer.render(feedback));
        JsonNode second = json(BlockKitRenderer.render(question));

        assertThat(together.size()).isEqualTo(first.size() + 1 + second.size());
        assertThat(together.path(0)).isEqualTo(first.path(0));
        assertThat(together.path(first.size()).path("type").asText()).isEqualTo("divider");
        assertThat(together.path(first.size() + 1).path("block_id").asText()).isEqualTo("interview/question");
        assertThat(together.findValuesAsText("block_id")).doesNotHaveDuplicates()
                .contains("interview/feedback", "interview/question", "actions", "actions-2");
        assertThat(together.path(together.size() - 1).path("elements").toString())
                .isEqualTo(second.path(second.size() - 1).path("elements").toString());
        assertThat(BlockKitLimits.violations(together, BlockLimits.MESSAGE_BLOCKS)).isEmpty();
        assertThat(BlockKitRenderer.fallbackText(List.of(feedback, question)))
                .isEqualTo("title of interview/feedback\ntitle of interview/question");
    }

    @Test
    void repliesThatWouldPassFiftyBlocksTogetherAreNotPutTogether() {
        Reply big = reply("interview/feedback", 30);
        Reply next = reply("interview/question", 20);

        assertThat(BlockKitRenderer.render(big)).hasSizeLessThanOrEqualTo(BlockLimits.MESSAGE_BLOCKS);
        assertThat(BlockKitRenderer.renderTogether(List.of(big, next))).isEmpty();
        assertThat(BlockKitRenderer.renderTogether(List.of(reply("a", 20), reply("b", 20)))).isPresent();
    }

    @Test
    void twoRepliesOfOneTopicTogetherStillHaveBlockIdsThatDiffer() throws Exception {
        JsonNode together = json(BlockKitRenderer.renderTogether(List.of(reply("interview/question", 2),
                reply("interview/question", 2))).orElseThrow());
        assertThat(together.findValuesAsText("block_id")).doesNotHaveDuplicates()
                .contains("interview/question", "interview/question-2");
    }

    @Test
    void repliesWhoseTextTogetherWouldPassSlacksLimitAreNotPutTogether() {
        // few blocks, but near Slack's 3,000 characters each: together they hold far more text than one message may
        Reply long1 = longReply("interview/feedback", 4);
        Reply long2 = longReply("interview/question", 2);
        assertThat(BlockKitRenderer.render(long1).size() + BlockKitRenderer.render(long2).size()).isLessThan(BlockLimits.MESSAGE_BLOCKS);
        assertThat(BlockKitRenderer.renderTogether(List.of(long1, long2))).isEmpty();
        assertThat(BlockKitRenderer.renderTogether(List.of(reply("a", 4), reply("b", 2)))).isPresent();
    }

    @Test
    void theJsonThatMeasuredTheBlocksIsWhatTheSdkWouldPost() throws Exception {
        // the post carries this JSON instead of the blocks: it must be the form value the SDK writes for them
        var together = BlockKitRenderer.together(List.of(reply("interview/feedback", 3), reply("interview/question", 2)))
                .orElseThrow();
        var form = com.slack.api.methods.RequestFormBuilder.toForm(com.slack.api.methods.request.chat.ChatPostMessageRequest
                .builder().channel("D1").text("t").blocks(together.blocks()).build()).build();
        String posted = null;
        for (int i = 0; i < form.size(); i++) {
            if (form.name(i).equals("blocks")) {
                posted = form.value(i);
            }
        }
        assertThat(together.json()).isEqualTo(posted);
    }

    private static Reply longReply(String topic, int parts) {
        List<Reply.Part> body = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            body.add(new Reply.Paragraph("", "長い説明です。".repeat(400)));
        }
        return new Reply(topic, "title of " + topic, body, "", List.of(), Map.of());
    }
}
