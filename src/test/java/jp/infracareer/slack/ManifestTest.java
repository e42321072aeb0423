package jp.infracareer.slack;

import jp.infracareer.wiring.SlackApp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SharedFiles;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/** manifest.yml is a valid Slack app manifest, and it and the code agree on commands. */
class ManifestTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode manifest() throws Exception {
        return YAML.readTree(Files.readString(Path.of("manifest.yml")));
    }

    static Schema schema() throws Exception {
        Path file = SharedFiles.require("slack/manifest-schema/manifest.schema.1.0.0.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(Files.newInputStream(file));
    }

    @Test
    void manifestValidatesAgainstSlacksSchemaForMajorVersionOne() throws Exception {
        JsonNode manifest = manifest();

        List<Error> errors = schema().validate(manifest);

        assertThat(errors).isEmpty();
        assertThat(manifest.path("_metadata").path("major_version").asInt()).isEqualTo(1);
    }

    @Test
    void theSchemaCheckCatchesABrokenManifest() throws Exception {
        ObjectNode broken = (ObjectNode) manifest();
        ((ObjectNode) broken.path("display_information")).put("name", "A name far longer than thirty-five characters");
        ((ObjectNode) broken.path("features").path("slash_commands").path(0)).put("command", "career");

        assertThat(schema().validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void manifestHasWhatTheAppNeeds() throws Exception {
        JsonNode m = manifest();

        assertThat(m.at("/features/bot_user/display_name").asText()).isNotBlank();
        assertThat(m.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
        assertThat(m.at("/features/app_home/messages_tab_read_only_enabled").asBoolean()).isFalse();
        assertThat(m.at("/features/slash_commands/0/usage_hint").asText()).isNotBlank();
        assertThat(m.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(texts(m.at("/oauth_config/scopes/bot"))).contains("commands", "chat:write");
        for (String url : List.of(m.at("/settings/interactivity/request_url").asText(),
                m.at("/settings/event_subscriptions/request_url").asText(),
                m.at("/features/slash_commands/0/url").asText())) {
            assertThat(url).endsWith("/slack/events").contains("YOUR-HOST");
        }
    }

    @Test
    void everyManifestCommandHasAHandlerAndEveryHandlerIsInTheManifest() throws Exception {
        List<String> inManifest = new ArrayList<>();
        manifest().at("/features/slash_commands").forEach(c -> inManifest.add(c.path("command").asText()));

        assertThat(inManifest).containsExactlyInAnyOrderElementsOf(SlackApp.COMMANDS);
        try (RunningAdvisor advisor = RunningAdvisor.start()) {
            for (String command : inManifest) {
                var response = advisor.postSigned(SlackPayloads.slashCommand(command, "help", "U900",
                        advisor.slack().responseUrl("m")));
                assertThat(response.statusCode()).as(command).isEqualTo(200);
            }
            var unknown = advisor.postSigned(SlackPayloads.slashCommand("/not-ours", "help", "U900",
                    advisor.slack().responseUrl("m")));
            assertThat(unknown.statusCode()).as("a command nobody handles").isEqualTo(404);
        }
    }

    @Test
    void everySubscribedBotEventIsHandledSoSlackNeverRetriesIt() throws Exception {
        List<String> events = texts(manifest().at("/settings/event_subscriptions/bot_events"));
        assertThat(events).contains("message.im", "app_home_opened");
        try (RunningAdvisor advisor = RunningAdvisor.start()) {
            int n = 0;
            for (String event : events) {
                var payload = switch (event) {
                    case "message.im" -> SlackPayloads.directMessage("U901", "help", "m-" + n);
                    case "app_home_opened" -> SlackPayloads.appHomeOpened("U901");
                    case "assistant_thread_started" -> SlackPayloads.assistantThreadStarted("U901", "1729999327.000100", "C0GENERAL");
                    case "assistant_thread_context_changed" -> SlackPayloads.assistantThreadStarted("U901", "1729999327.000100", "C0OTHER")
                            .put("type", "assistant_thread_context_changed");
                    case "message.channels", "message.groups" -> SlackPayloads.directMessage("U901", "hello", "m-" + n)
                            .put("channel_type", event.equals("message.channels") ? "channel" : "group").put("channel", "C0OTHER");
                    case "app_uninstalled" -> com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                            .put("type", "app_uninstalled").put("event_ts", "1700000000.000100");
                    case "tokens_revoked" -> {
                        var revoked = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                                .put("type", "tokens_revoked").put("event_ts", "1700000000.000100");
                        revoked.putObject("tokens").putArray("oauth").add("U901");
                        yield revoked;
                    }
                    default -> throw new AssertionError("the manifest subscribes to " + event + " but this test cannot send it");
                };
                var response = advisor.postEvent(SlackPayloads.eventCallback("Ev-manifest-" + (n++), payload), java.util.Map.of());
                assertThat(response.statusCode()).as(event).isEqualTo(200);
            }
            var edited = SlackPayloads.directMessage("U901", "help", "m-edit");
            edited.put("subtype", "message_changed");
            assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-manifest-edit", edited), java.util.Map.of())
                    .statusCode()).as("message_changed").isEqualTo(200);
        }
    }

    @Test
    void everyManifestShortcutHasAHandlerAndEveryHandlerIsInTheManifest() throws Exception {
        List<String> inManifest = new ArrayList<>();
        manifest().at("/features/shortcuts").forEach(c -> inManifest.add(c.path("callback_id").asText()));

        assertThat(inManifest).containsExactlyInAnyOrderElementsOf(SlackApp.SHORTCUTS);
        try (RunningAdvisor advisor = RunningAdvisor.start()) {
            for (String callbackId : inManifest) {
                var response = advisor.postSigned(SlackPayloads.messageShortcut(callbackId, "help", "U902",
                        advisor.slack().responseUrl("s")));
                assertThat(response.statusCode()).as(callbackId).isEqualTo(200);
            }
        }
    }

    @Test
    void manifestAsksForTheScopesTheEventsNeed() throws Exception {
        JsonNode m = manifest();
        assertThat(texts(m.at("/oauth_config/scopes/bot"))).contains("im:history", "im:write");
    }

    @Test
    void anInstallThroughOAuthAsksForExactlyTheManifestsScopesAndReturnsToItsRedirectUrl() throws Exception {
        JsonNode m = manifest();
        assertThat(texts(m.at("/oauth_config/scopes/bot")))
                .containsExactlyInAnyOrderElementsOf(jp.infracareer.workspace.Distribution.BOT_SCOPES);
        assertThat(texts(m.at("/oauth_config/redirect_urls")))
                .containsExactly("https://YOUR-HOST.example.com" + jp.infracareer.workspace.Distribution.REDIRECT_PATH);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
