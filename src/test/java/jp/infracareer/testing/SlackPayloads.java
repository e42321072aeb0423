package jp.infracareer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Request bodies shaped like the ones Slack sends (see shared/slack/payloads for the shapes). */
public final class SlackPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SlackPayloads() {}

    /** What Slack delivers for text a user typed: {@code & < >} escaped (mentions Slack makes itself stay angled). */
    public static String asSlackSends(String typed) {
        return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String slashCommand(String command, String text, String userId, String responseUrl) {
        return slashCommand(FakeSlackApi.TEAM_ID, command, text, userId, responseUrl);
    }

    /** A slash command from a user of workspace {@code teamId}. */
    public static String slashCommand(String teamId, String command, String text, String userId, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "verification-token-unused");
        form.put("team_id", teamId);
        form.put("team_domain", "testteam");
        form.put("channel_id", "C0GENERAL");
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", "user-" + userId);
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0TEST");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "1337.42.abcdef");
        return form(form);
    }

    /** A block_actions payload for one button click on a message. */
    public static String blockAction(String actionId, String value, String userId, String responseUrl) {
        ObjectNode container = MAPPER.createObjectNode().put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", "C0GENERAL").put("is_ephemeral", true);
        return click(actionId, value, userId, container, "C0GENERAL", "general", responseUrl);
    }

    /** A button click by a user of workspace {@code teamId} (a distributed app's), on a message in a channel. */
    public static String blockAction(String teamId, String actionId, String value, String userId, String responseUrl) {
        ObjectNode container = MAPPER.createObjectNode().put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", "C0GENERAL").put("is_ephemeral", true);
        return click(teamId, actionId, value, userId, container, "C0GENERAL", "general", responseUrl);
    }

    /** A click on a button of the app's Home tab by a user of workspace {@code teamId}. */
    public static String homeAction(String teamId, String actionId, String value, String userId) {
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("team").put("id", teamId).put("domain", "team-" + teamId.toLowerCase());
        payload.putObject("user").put("id", userId).put("username", "user-" + userId).put("team_id", teamId);
        payload.put("api_app_id", "A0TEST");
        payload.put("token", "verification-token-unused");
        payload.putObject("container").put("type", "view").put("view_id", "VHOME" + userId);
        payload.put("trigger_id", "1337.42.home-" + userId);
        payload.putObject("view").put("id", "VHOME" + userId).put("type", "home").put("team_id", teamId);
        payload.putArray("actions").addObject().put("type", "button").put("action_id", actionId).put("block_id", "home")
                .put("value", value).put("action_ts", "1700000001.000200")
                .putObject("text").put("type", "plain_text").put("text", "button");
        return form(Map.of("payload", payload.toString()));
    }

    /**
     * A modal submitted by a user of workspace {@code teamId}: {@code values} as Slack sends them in
     * {@code view.state.values} (block id, then action id, then the element's value).
     */
    public static String viewSubmission(String teamId, String userId, String callbackId, ObjectNode values) {
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("type", "view_submission");
        payload.putObject("team").put("id", teamId).put("domain", "team-" + teamId.toLowerCase());
        payload.putObject("user").put("id", userId).put("username", "user-" + userId).put("name", "user-" + userId)
                .put("team_id", teamId);
        payload.put("api_app_id", "A0TEST");
        payload.put("token", "verification-token-unused");
        payload.put("trigger_id", "1337.42.submit-" + userId);
        ObjectNode view = payload.putObject("view");
        view.put("id", "VMODAL" + userId).put("team_id", teamId).put("type", "modal").put("callback_id", callbackId)
                .put("private_metadata", "").put("hash", "1700000000.abcdef").put("app_id", "A0TEST");
        view.putObject("state").set("values", values);
        return form(Map.of("payload", payload.toString()));
    }

    private static String click(String actionId, String value, String userId, ObjectNode container, String channelId,
            String channelName, String responseUrl) {
        return click(FakeSlackApi.TEAM_ID, actionId, value, userId, container, channelId, channelName, responseUrl);
    }

    private static String click(String teamId, String actionId, String value, String userId, ObjectNode container,
            String channelId, String channelName, String responseUrl) {
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("team").put("id", teamId).put("domain", "testteam");
        payload.putObject("user").put("id", userId).put("username", "user-" + userId).put("team_id", teamId);
        payload.put("api_app_id", "A0TEST");
        payload.put("token", "verification-token-unused");
        payload.set("container", container);
        payload.put("trigger_id", "1337.42.abcdef");
        payload.putObject("channel").put("id", channelId).put("name", channelName);
        if (responseUrl != null) {
            payload.put("response_url", responseUrl);
        }
        ArrayNode actions = payload.putArray("actions");
        actions.addObject().put("type", "button").put("action_id", actionId).put("block_id", "actions")
                .put("value", value).put("action_ts", "1700000001.000200")
                .putObject("text").put("type", "plain_text").put("text", "button");
        return form(Map.of("payload", payload.toString()));
    }

    /** An event_callback envelope around {@code event}, as the Events API posts it (JSON). */
    public static String eventCallback(String eventId, ObjectNode event) {
        return eventCallback(FakeSlackApi.TEAM_ID, eventId, event);
    }

    /** An event_callback envelope from workspace {@code teamId}. */
    public static String eventCallback(String teamId, String eventId, ObjectNode event) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("token", "verification-token-unused");
        envelope.put("team_id", teamId);
        envelope.put("api_app_id", "A0TEST");
        envelope.put("type", "event_callback");
        envelope.put("event_id", eventId);
        envelope.put("event_time", System.currentTimeMillis() / 1000);
        envelope.putArray("authorizations").addObject().put("team_id", teamId)
                .put("user_id", FakeSlackApi.BOT_USER_ID).put("is_bot", true);
        envelope.set("event", event);
        return envelope.toString();
    }

    /** A user's message in their DM with the app ({@code message.im}). */
    public static ObjectNode directMessage(String userId, String text, String clientMsgId) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("type", "message");
        event.put("channel", "D" + userId);
        event.put("channel_type", "im");
        event.put("user", userId);
        event.put("text", text);
        event.put("client_msg_id", clientMsgId);
        event.put("ts", System.nanoTime() / 1000 + ".000200");
        event.put("event_ts", System.nanoTime() / 1000 + ".000200");
        event.put("team", FakeSlackApi.TEAM_ID);
        return event;
    }

    /** The user opened a new thread in the assistant pane, while looking at channel {@code contextChannel}. */
    public static ObjectNode assistantThreadStarted(String userId, String threadTs, String contextChannel) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("type", "assistant_thread_started");
        ObjectNode thread = event.putObject("assistant_thread");
        thread.put("user_id", userId).put("channel_id", "D" + userId).put("thread_ts", threadTs);
        thread.putObject("context").put("channel_id", contextChannel).put("team_id", FakeSlackApi.TEAM_ID);
        event.put("event_ts", System.nanoTime() / 1000 + ".000400");
        return event;
    }

    /** A message the user typed in an assistant thread: a DM message with the thread's ts. */
    public static ObjectNode assistantMessage(String userId, String text, String threadTs, String clientMsgId) {
        ObjectNode event = directMessage(userId, text, clientMsgId);
        event.put("thread_ts", threadTs);
        return event;
    }

    /** A click on a button of one of the app's messages in a thread of the user's DM (the assistant pane). */
    public static String blockActionInThread(String actionId, String value, String userId, String threadTs) {
        ObjectNode container = MAPPER.createObjectNode().put("type", "message").put("message_ts", "1700000000.000900")
                .put("channel_id", "D" + userId).put("is_ephemeral", false).put("thread_ts", threadTs);
        return click(actionId, value, userId, container, "D" + userId, "directmessage", null);
    }

    public static ObjectNode appHomeOpened(String userId) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("type", "app_home_opened");
        event.put("user", userId);
        event.put("channel", "D" + userId);
        event.put("tab", "home");
        event.put("event_ts", System.nanoTime() / 1000 + ".000300");
        return event;
    }

    /** A message shortcut used on a message with the given text. */
    public static String messageShortcut(String callbackId, String messageText, String userId, String responseUrl) {
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("type", "message_action");
        payload.put("callback_id", callbackId);
        payload.put("trigger_id", "1337.42.abcdef");
        payload.put("action_ts", "1700000002.000300");
        payload.put("message_ts", "1700000000.000100");
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "testteam");
        payload.putObject("user").put("id", userId).put("name", "user-" + userId).put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("channel").put("id", "C0JOBS").put("name", "jobs");
        payload.putObject("message").put("type", "message").put("user", "U0POSTER").put("text", messageText)
                .put("ts", "1700000000.000100");
        payload.put("response_url", responseUrl);
        return form(Map.of("payload", payload.toString()));
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
