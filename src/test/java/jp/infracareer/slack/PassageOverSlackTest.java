package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A specific question over signed HTTP gets the section that answers it, not the page, with a More button
 * that opens the whole page.
 */
class PassageOverSlackTest {
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

    @ParameterizedTest(name = "{0} -> the {2} section of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            クラウドエンジニアってコード書けないとダメ？ | role/cloud     | Terraform  | role cloud
            Which tools do network engineers use?      | role/network   | Cisco      | role network
            構築の作業ってどんなツールでやるの？          | stage/build    | Ansible    | stage build
            SESで偽装請負かどうか見分けるには？           | guide/ses      | 指揮命令    | guide ses more
            """)
    void aSpecificQuestionGetsItsSectionAndAMoreButtonToThePage(String question, String page, String evidence,
            String more) throws Exception {
        JsonNode reply = advisor.career("U700", question);
        JsonNode full = advisor.career("U701", more);

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo(page);
        assertThat(reply.path("blocks").toString()).contains(evidence);
        assertThat(reply.path("blocks").size()).isLessThan(full.path("blocks").size() / 2);
        assertThat(BlockKitLimits.violations(reply.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();

        JsonNode button = button(reply, more);
        advisor.postSigned(SlackPayloads.blockAction(button.path("action_id").asText(), button.path("value").asText(),
                "U700", advisor.slack().responseUrl("more-" + page)));
        JsonNode opened = advisor.slack().await("response_url", c -> c.path().endsWith("more-" + page),
                Duration.ofSeconds(5)).json();
        assertThat(RunningAdvisor.topicOf(opened)).isEqualTo(page);
        assertThat(opened.path("blocks").size()).isEqualTo(full.path("blocks").size());
    }

    private static JsonNode button(JsonNode reply, String value) {
        for (JsonNode block : reply.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (value.equals(element.path("value").asText())) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button '" + value + "' in " + reply);
    }
}
