package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/**
 * A replica that has just started and is still loading its knowledge base: /career is acknowledged at once
 * (no request thread waits for loading) and answered through its response URL as soon as loading is done.
 */
class ColdStartTest {
    @Test
    void commandsBeforeLoadingIsDoneAreAckedAtOnceAndAnsweredOnceLoaded() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        try (RunningAdvisor advisor = RunningAdvisor.startWhileLoading(gate)) {
            assertThat(advisor.advisor().loaded()).isFalse();
            HttpResponse<String> question = advisor.postSigned(SlackPayloads.slashCommand("/career", "監視ってどんな仕事？",
                    "UCOLD01", advisor.slack().responseUrl("cold-q")));
            HttpResponse<String> compare = advisor.postSigned(SlackPayloads.slashCommand("/career", "compare infra server",
                    "UCOLD02", advisor.slack().responseUrl("cold-c")));
            // acknowledged while loading is still held: nothing waited for it
            assertThat(question.statusCode()).isEqualTo(200);
            assertThat(compare.statusCode()).isEqualTo(200);
            assertThat(advisor.advisor().loaded()).isFalse();
            assertThat(advisor.slack().calls("response_url")).isEmpty();

            gate.complete(null);
            FakeSlackApi.Call answered = advisor.slack().await("response_url", c -> c.path().endsWith("cold-q"), Duration.ofSeconds(30));
            assertThat(answered.json().path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(answered.body()).contains("監視");
            FakeSlackApi.Call compared = advisor.slack().await("response_url", c -> c.path().endsWith("cold-c"), Duration.ofSeconds(30));
            assertThat(compared.json().path("blocks").size()).isPositive();
            // once loaded, the answer is the acknowledgement itself again
            assertThat(advisor.career("UCOLD03", "compare infra server").path("blocks").size()).isPositive();
        }
    }
}
