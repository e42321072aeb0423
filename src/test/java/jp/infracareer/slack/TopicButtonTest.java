package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Clicking a button on a reply answers with the topic the button points to. */
class TopicButtonTest {
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

    @Test
    void buttonFromACompareReplyOpensTheComparisonItNames() throws Exception {
        JsonNode reply = advisor.career("U300", "role infra");
        JsonNode button = findButton(reply, "compare infra cloud");
        String responseUrl = advisor.slack().responseUrl("click-1");

        HttpResponse<String> ack = advisor.postSigned(SlackPayloads.blockAction(
                button.path("action_id").asText(), button.path("value").asText(), "U300", responseUrl));

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlackApi.Call answer = advisor.slack().await("response_url",
                c -> c.path().endsWith("click-1"), Duration.ofSeconds(5));
        JsonNode body = answer.json();
        assertThat(body.path("blocks").path(0).path("block_id").asText()).isEqualTo("compare/infra/cloud");
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("replace_original").asBoolean(true)).isFalse();
        assertThat(BlockKitLimits.violations(body.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();
    }

    @Test
    void nextStageButtonWalksTheStagesInOrder() throws Exception {
        JsonNode reply = advisor.career("U301", "stage design");
        JsonNode next = findButton(reply, "stage build");

        advisor.postSigned(SlackPayloads.blockAction(next.path("action_id").asText(), next.path("value").asText(),
                "U301", advisor.slack().responseUrl("click-2")));

        JsonNode body = advisor.slack().await("response_url", c -> c.path().endsWith("click-2"), Duration.ofSeconds(5)).json();
        assertThat(body.path("blocks").path(0).path("block_id").asText()).isEqualTo("stage/build");
    }

    @Test
    void languageButtonSwitchesTheUsersLanguage() throws Exception {
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(4), "lang en", "U302",
                advisor.slack().responseUrl("click-3")));
        advisor.slack().await("response_url", c -> c.path().endsWith("click-3"), Duration.ofSeconds(5));

        JsonNode later = advisor.career("U302", "day");
        assertThat(later.path("blocks").path(0).path("text").path("text").asText()).doesNotContainPattern("[ぁ-ん]");
    }

    @Test
    void buttonWithoutAResponseUrlIsAnsweredByDirectMessage() throws Exception {
        advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), "day", "U303", null));

        advisor.slack().await("conversations.open", c -> "U303".equals(c.form().get("users")), Duration.ofSeconds(5));
        FakeSlackApi.Call posted = advisor.slack().await("chat.postMessage",
                c -> "DU303".equals(c.form().get("channel")), Duration.ofSeconds(5));
        assertThat(posted.blocks().path(0).path("block_id").asText()).isEqualTo("day");
    }

    private static JsonNode findButton(JsonNode reply, String value) {
        for (JsonNode block : reply.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (value.equals(element.path("value").asText())) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button with value '" + value + "' in " + reply);
    }
}
