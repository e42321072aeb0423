package jp.infracareer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a serialized Block Kit message against the limits in SLACK.md, the way Slack would reject it.
 * Returns the violations (empty when the message is valid) so a test can show all of them at once.
 */
public final class BlockKitLimits {
    private BlockKitLimits() {}

    public static List<String> violations(JsonNode blocks, int maxBlocks) {
        List<String> problems = new ArrayList<>();
        if (!blocks.isArray() || blocks.isEmpty()) {
            problems.add("no blocks");
            return problems;
        }
        if (blocks.size() > maxBlocks) {
            problems.add(blocks.size() + " blocks > " + maxBlocks);
        }
        Set<String> blockIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String where = "block " + i + " (" + block.path("type").asText() + ")";
            String blockId = block.path("block_id").asText("");
            if (!blockId.isEmpty() && !blockIds.add(blockId)) {
                problems.add(where + ": duplicate block_id " + blockId);
            }
            length(problems, where + " block_id", blockId, 255);
            switch (block.path("type").asText()) {
                case "header" -> {
                    expectType(problems, where, block.path("text"), "plain_text");
                    length(problems, where + " header text", block.path("text").path("text").asText(), 150);
                }
                case "section" -> section(problems, where, block);
                case "context" -> {
                    if (block.path("elements").size() > 10) {
                        problems.add(where + ": " + block.path("elements").size() + " context elements > 10");
                    }
                    block.path("elements").forEach(e -> length(problems, where + " context text", e.path("text").asText(), 3000));
                }
                case "actions" -> actions(problems, where, block);
                case "divider" -> { }
                default -> problems.add(where + ": unexpected block type");
            }
        }
        return problems;
    }

    private static void section(List<String> problems, String where, JsonNode block) {
        JsonNode text = block.path("text");
        JsonNode fields = block.path("fields");
        if (text.isMissingNode() && (!fields.isArray() || fields.isEmpty())) {
            problems.add(where + ": section with neither text nor fields");
        }
        if (!text.isMissingNode()) {
            String t = text.path("text").asText();
            if (t.isEmpty()) {
                problems.add(where + ": empty section text");
            }
            length(problems, where + " text", t, 3000);
        }
        if (fields.size() > 10) {
            problems.add(where + ": " + fields.size() + " fields > 10");
        }
        fields.forEach(f -> length(problems, where + " field", f.path("text").asText(), 2000));
    }

    private static void actions(List<String> problems, String where, JsonNode block) {
        JsonNode elements = block.path("elements");
        if (elements.isEmpty() || elements.size() > 25) {
            problems.add(where + ": " + elements.size() + " elements (1..25 allowed)");
        }
        Set<String> actionIds = new HashSet<>();
        for (JsonNode e : elements) {
            String id = e.path("action_id").asText();
            if (!actionIds.add(id)) {
                problems.add(where + ": duplicate action_id " + id);
            }
            length(problems, where + " action_id", id, 255);
            length(problems, where + " button text", e.path("text").path("text").asText(), 75);
            length(problems, where + " button value", e.path("value").asText(), 2000);
            if (e.path("text").path("text").asText().isEmpty()) {
                problems.add(where + ": button without text");
            }
        }
    }

    private static void expectType(List<String> problems, String where, JsonNode text, String type) {
        if (!type.equals(text.path("type").asText())) {
            problems.add(where + ": text type " + text.path("type").asText() + " instead of " + type);
        }
    }

    private static void length(List<String> problems, String what, String value, int max) {
        if (value.length() > max) {
            problems.add(what + ": " + value.length() + " characters > " + max);
        }
    }
}
