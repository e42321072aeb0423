package jp.infracareer.slack;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The blocks this renderer makes, written as JSON field by field: the same text the SDK's Gson writes by reflection
 * (its field order, its escaping, nulls left out; {@code BlockJsonTest} holds the two equal over every reply the
 * renderer makes of the content). Reflection was most of the JSON's cost in a mid-interview DM, and its adapters were
 * the largest part of the JIT compiler's backlog after a replica starts (bench/README.md, session 44). Blocks of any
 * other kind, or with a field this writer does not know set, are written by the Gson as before.
 */
final class BlockJson {
    private BlockJson() {}

    static String write(List<LayoutBlock> blocks, Gson gson) {
        if (!blocks.stream().allMatch(BlockJson::known)) {
            return gson.toJson(blocks);
        }
        StringWriter out = new StringWriter(256 * blocks.size());
        try (JsonWriter w = gson.newJsonWriter(out)) {
            w.beginArray();
            for (LayoutBlock block : blocks) {
                block(w, block);
            }
            w.endArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static boolean known(LayoutBlock block) {
        if (block instanceof HeaderBlock h) {
            return h.getText() == null || h.getText() instanceof PlainTextObject;
        }
        if (block instanceof SectionBlock s) {
            return s.getAccessory() == null && s.getExpand() == null && knownText(s.getText())
                    && (s.getFields() == null || s.getFields().stream().allMatch(BlockJson::knownText));
        }
        if (block instanceof ContextBlock c) {
            return c.getElements() == null || c.getElements().stream().allMatch(BlockJson::knownText);
        }
        if (block instanceof ActionsBlock a) {
            return a.getElements() == null || a.getElements().stream().allMatch(e -> e instanceof ButtonElement b
                    && b.getUrl() == null && b.getStyle() == null && b.getConfirm() == null && b.getAccessibilityLabel() == null);
        }
        return block instanceof DividerBlock;
    }

    private static boolean knownText(Object text) {
        return text == null || text instanceof MarkdownTextObject || text instanceof PlainTextObject;
    }

    private static void block(JsonWriter w, LayoutBlock block) throws IOException {
        w.beginObject();
        if (block instanceof HeaderBlock h) {
            w.name("type").value(h.getType());
            string(w, "block_id", h.getBlockId());
            text(w, "text", h.getText());
        } else if (block instanceof SectionBlock s) {
            w.name("type").value(s.getType());
            text(w, "text", s.getText());
            string(w, "block_id", s.getBlockId());
            if (s.getFields() != null) {
                w.name("fields").beginArray();
                for (Object field : s.getFields()) {
                    text(w, null, field);
                }
                w.endArray();
            }
        } else if (block instanceof ContextBlock c) {
            w.name("type").value(c.getType());
            if (c.getElements() != null) {
                w.name("elements").beginArray();
                for (Object element : c.getElements()) {
                    text(w, null, element);
                }
                w.endArray();
            }
            string(w, "block_id", c.getBlockId());
        } else if (block instanceof ActionsBlock a) {
            w.name("type").value(a.getType());
            if (a.getElements() != null) {
                w.name("elements").beginArray();
                for (Object element : a.getElements()) {
                    button(w, (ButtonElement) element);
                }
                w.endArray();
            }
            string(w, "block_id", a.getBlockId());
        } else {
            DividerBlock d = (DividerBlock) block;
            w.name("type").value(d.getType());
            string(w, "block_id", d.getBlockId());
        }
        w.endObject();
    }

    private static void button(JsonWriter w, ButtonElement b) throws IOException {
        w.beginObject();
        w.name("type").value(b.getType());
        text(w, "text", b.getText());
        string(w, "action_id", b.getActionId());
        string(w, "value", b.getValue());
        w.endObject();
    }

    /** A text object under {@code name} (an array's element when null); nothing when it is null. */
    private static void text(JsonWriter w, String name, Object text) throws IOException {
        if (text == null) {
            if (name == null) {
                w.nullValue();
            }
            return;
        }
        if (name != null) {
            w.name(name);
        }
        w.beginObject();
        if (text instanceof MarkdownTextObject m) {
            w.name("type").value(m.getType());
            string(w, "text", m.getText());
            if (m.getVerbatim() != null) {
                w.name("verbatim").value(m.getVerbatim());
            }
        } else {
            PlainTextObject p = (PlainTextObject) text;
            w.name("type").value(p.getType());
            string(w, "text", p.getText());
            if (p.getEmoji() != null) {
                w.name("emoji").value(p.getEmoji());
            }
        }
        w.endObject();
    }

    private static void string(JsonWriter w, String name, String value) throws IOException {
        if (value != null) {
            w.name(name).value(value);
        }
    }
}
