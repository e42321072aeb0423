package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import java.util.List;
import java.util.Map;
import jp.infracareer.testing.FakeSlackApi;
import org.junit.jupiter.api.Test;

/**
 * chat.postMessage with its answer read by one shared Gson ({@link Outbox#chatPostMessage}) sends what the SDK's
 * own call sends and answers as it does, a refusal by status included.
 */
class SharedGsonPostTest {
    private static final String TOKEN = "xoxb-shared-gson-test";

    private static ChatPostMessageRequest request(String channel) {
        return ChatPostMessageRequest.builder().channel(channel).text("feedback and question")
                .blocksAsString("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"回答ありがとうございます\"}}]")
                .metadata(com.slack.api.model.Message.Metadata.builder().eventType("infra_advisor_reply")
                        .eventPayload(Map.of("post_id", "abc")).build())
                .build();
    }

    private static MethodsClient client(FakeSlackApi slack) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        return Slack.getInstance(config).methods(TOKEN);
    }

    @Test
    void sendsTheSameFormAndTokenAndReadsTheSameAnswerAsTheSdk() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            MethodsClient client = client(slack);
            var viaSdk = client.chatPostMessage(request("D1"));
            var shared = Outbox.chatPostMessage(client, TOKEN, request("D1"));

            List<FakeSlackApi.Call> calls = slack.calls("chat.postMessage");
            assertThat(calls).hasSize(2);
            // the same fields with the same values, as a JSON body (Slack takes one for chat.postMessage) where the
            // SDK sends a form: the blocks' JSON is not URL-encoded byte by byte
            assertThat(calls.get(0).contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(calls.get(1).contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(calls.get(1).form()).isEqualTo(calls.get(0).form());
            assertThat(calls.get(1).token()).isEqualTo(calls.get(0).token()).isEqualTo(TOKEN);
            assertThat(calls.get(1).blocks().get(0).path("text").path("text").asText()).isEqualTo("回答ありがとうございます");
            assertThat(shared.isOk()).isTrue();
            assertThat(shared.getChannel()).isEqualTo(viaSdk.getChannel());
            assertThat(shared.getTs()).isNotBlank();
            assertThat(shared.getHttpResponseHeaders().keySet()).isEqualTo(viaSdk.getHttpResponseHeaders().keySet());
        }
    }

    @Test
    void opensTheDmWithTheSameFormAndTokenAndReadsTheSameAnswerAsTheSdk() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            MethodsClient client = client(slack);
            var viaSdk = client.conversationsOpen(r -> r.users(List.of("U42")));
            var shared = Outbox.conversationsOpen(client, TOKEN, "U42");

            List<FakeSlackApi.Call> calls = slack.calls("conversations.open");
            assertThat(calls).hasSize(2);
            assertThat(calls.get(1).form()).isEqualTo(calls.get(0).form());
            assertThat(calls.get(1).token()).isEqualTo(calls.get(0).token()).isEqualTo(TOKEN);
            assertThat(shared.isOk()).isTrue();
            assertThat(shared.getChannel().getId()).isEqualTo(viaSdk.getChannel().getId()).isEqualTo("DU42");
            assertThat(shared.getHttpResponseHeaders().keySet()).isEqualTo(viaSdk.getHttpResponseHeaders().keySet());
        }
    }

    @Test
    void aSinglePostWithTheTokenSendsWhatThePostWithoutItSends() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            MethodsClient client = client(slack);
            Outbox outbox = new Outbox(new jp.infracareer.metrics.Metrics(), millis -> { });
            // characters a JSON writer may escape differently from the form's ("=", "<", "&", quotes, a line break)
            var reply = new jp.infracareer.kernel.Reply("help", "タイトル", List.of(new jp.infracareer.kernel.Reply.Paragraph(
                    "見出し", "a=b <c> & 'd' \"e\"\n改行")), "", List.of(), Map.of());
            assertThat(outbox.post(client, "D1", null, List.of(reply))).isTrue();
            assertThat(outbox.post(client, TOKEN, "D1", null, List.of(reply))).isTrue();

            List<FakeSlackApi.Call> calls = slack.calls("chat.postMessage");
            assertThat(calls).hasSize(2);
            // the post id in the metadata is new for every post; everything else is the same
            java.util.function.Function<Map<String, String>, Map<String, String>> withoutMetadata = form -> {
                Map<String, String> rest = new java.util.HashMap<>(form);
                rest.remove("metadata");
                rest.remove("blocks");
                return rest;
            };
            assertThat(withoutMetadata.apply(calls.get(1).form())).isEqualTo(withoutMetadata.apply(calls.get(0).form()));
            assertThat(calls.get(1).blocks()).isEqualTo(calls.get(0).blocks());
            assertThat(calls.get(1).blocks().toString()).contains("a=b &lt;c&gt; &amp; 'd' \\\"e\\\"");
            assertThat(calls.get(1).token()).isEqualTo(calls.get(0).token()).isEqualTo(TOKEN);
        }
    }

    @Test
    void aRefusalByStatusIsASlackApiExceptionWithItsRetryAfterAsFromTheSdk() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            MethodsClient client = client(slack);
            slack.script("chat.postMessage", new FakeSlackApi.Fault.Status(429, 7));
            assertThatThrownBy(() -> Outbox.chatPostMessage(client, TOKEN, request("D1")))
                    .isInstanceOfSatisfying(SlackApiException.class, e -> {
                        assertThat(e.getResponse().code()).isEqualTo(429);
                        assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
                    });
            slack.script("chat.postMessage", new FakeSlackApi.Fault.Refused("msg_blocks_too_long"));
            var refused = Outbox.chatPostMessage(client, TOKEN, request("D1"));
            assertThat(refused.isOk()).isFalse();
            assertThat(refused.getError()).isEqualTo("msg_blocks_too_long");
        }
    }
}
