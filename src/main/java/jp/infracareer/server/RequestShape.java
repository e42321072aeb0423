package jp.infracareer.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Whether a signed body has a shape Bolt can route: a slash command, an interactive payload of a known
 * type, or an Events API envelope. Anything else Bolt logs in full at WARN, user text included, so it is
 * answered before it gets there. Slash commands, the hot path, are recognised without parsing JSON.
 */
final class RequestShape {
    /** The payload types Bolt 1.47's request parser knows. */
    private static final Set<String> INTERACTIVE = Set.of("block_actions", "block_suggestion", "dialog_submission",
            "dialog_cancellation", "dialog_suggestion", "interactive_message", "message_action", "shortcut",
            "view_submission", "view_closed", "workflow_step_edit");
    private static final Set<String> EVENTS = Set.of("event_callback", "url_verification");

    private RequestShape() {}

    /** What a body is: routable, well-formed but not a shape Bolt routes, or not even well-formed. */
    enum Verdict { KNOWN, UNKNOWN, MALFORMED }

    static Verdict of(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType.startsWith("application/json")) {
            return verdict(EVENTS, topLevelType(text));
        }
        String payload = null;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf('&', start);
            end = end < 0 ? text.length() : end;
            if (text.startsWith("command=", start) || text.startsWith("ssl_check=", start)) {
                return Verdict.KNOWN;
            }
            if (text.startsWith("payload=", start)) {
                payload = text.substring(start + "payload=".length(), end);
            }
        }
        if (payload == null) {
            return Verdict.UNKNOWN;
        }
        try {
            return verdict(INTERACTIVE, topLevelType(URLDecoder.decode(payload, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Verdict.MALFORMED;
        }
    }

    private static Verdict verdict(Set<String> known, String type) {
        return type == null ? Verdict.MALFORMED : known.contains(type) ? Verdict.KNOWN : Verdict.UNKNOWN;
    }

    /** The "type" of a JSON object ("" when it has none), or null when the text is not JSON. */
    private static String topLevelType(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            return null;
        }
        if (root.isJsonObject() && root.getAsJsonObject().get("type") != null
                && root.getAsJsonObject().get("type").isJsonPrimitive()) {
            return root.getAsJsonObject().get("type").getAsString();
        }
        return "";
    }
}
