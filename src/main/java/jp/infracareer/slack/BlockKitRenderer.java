package jp.infracareer.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static jp.infracareer.slack.Mrkdwn.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Columns;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;

/**
 * Renders a {@link Reply} as Block Kit: a header whose block_id is the topic id, one section per part
 * (comparisons as two side-by-side fields), a context line and a row of buttons. All reply text is
 * escaped for mrkdwn and cut to Slack's limits, so no content or user text can break a message.
 */
public final class BlockKitRenderer {
    /** Header + context + actions leave this many blocks for the body. */
    private static final int BODY_BLOCKS = BlockLimits.MESSAGE_BLOCKS - 3;
    private static final int MAX_BUTTONS = 10;
    /** Replies put together only while their blocks' JSON stays under this (see {@link #renderTogether}). */
    static final int TOGETHER_JSON_MAX = 11_000;
    /** Built once: a Gson reflects over the block classes when it is made (every mid-interview DM measures). */
    private static final com.google.gson.Gson JSON = com.slack.api.util.json.GsonFactory.createSnakeCase();

    private BlockKitRenderer() {}

    public static List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.blockId(cut(reply.topic(), BlockLimits.ID))
                .text(plainText(cut(reply.title(), BlockLimits.HEADER_TEXT)))));
        List<Part> parts = reply.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i == BODY_BLOCKS - 1 && parts.size() > BODY_BLOCKS) {
                blocks.add(section(s -> s.text(markdownText(Mrkdwn.ELLIPSIS))));
                break;
            }
            blocks.add(renderPart(parts.get(i)));
        }
        if (!reply.context().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(
                    markdownText(cut(Mrkdwn.escape(reply.context()), BlockLimits.SECTION_TEXT))))));
        }
        if (!reply.actions().isEmpty()) {
            blocks.add(actions(a -> a.blockId("actions").elements(buttons(reply.actions()))));
        }
        return blocks;
    }

    /**
     * Several replies as one message, as a user reads them one after the other (a mock interview's feedback and
     * its next question): each rendered as on its own, the later ones after a divider, their headers and button
     * rows given block ids of their own (a message's block ids must differ). Empty when together they would pass
     * Slack's 50 blocks or hold too much text; each block keeps its own text limits, as alone.
     */
    public static java.util.Optional<List<LayoutBlock>> renderTogether(List<Reply> replies) {
        return together(replies).map(Together::blocks);
    }

    /** Blocks of several replies as one message, and their JSON as the SDK writes blocks into a post's form. */
    public record Together(List<LayoutBlock> blocks, String json) {}

    /**
     * As {@link #renderTogether}, with the blocks' JSON that measured them: a post can carry it as it is instead
     * of the SDK writing the same JSON again (same Gson settings as its form builder).
     */
    public static java.util.Optional<Together> together(List<Reply> replies) {
        List<LayoutBlock> blocks = new ArrayList<>();
        java.util.Set<String> headerIds = new java.util.HashSet<>();
        for (int i = 0; i < replies.size(); i++) {
            if (i > 0) {
                blocks.add(com.slack.api.model.block.Blocks.divider());
            }
            for (LayoutBlock block : render(replies.get(i))) {
                if (i > 0 && block instanceof com.slack.api.model.block.ActionsBlock a) {
                    a.setBlockId("actions-" + (i + 1));
                }
                // a header keeps its topic as id (tests and readers look for it) unless an earlier reply has it
                if (block instanceof com.slack.api.model.block.HeaderBlock h && !headerIds.add(h.getBlockId())) {
                    h.setBlockId(cut(h.getBlockId() + "-" + (i + 1), BlockLimits.ID));
                }
                blocks.add(block);
            }
        }
        // Slack also refuses a message whose blocks hold too much text in all (msg_blocks_too_long, about 12,000
        // characters); their JSON is longer than their text, so bounding it keeps well inside
        if (blocks.size() > BlockLimits.MESSAGE_BLOCKS) {
            return java.util.Optional.empty();
        }
        String json = JSON.toJson(blocks);
        return json.length() <= TOGETHER_JSON_MAX ? java.util.Optional.of(new Together(blocks, json)) : java.util.Optional.empty();
    }

    /** The notification text of replies sent as one message: their titles, one a line. */
    public static String fallbackText(List<Reply> replies) {
        StringBuilder text = new StringBuilder();
        for (Reply reply : replies) {
            text.append(text.length() == 0 ? "" : "\n").append(fallbackText(reply));
        }
        return cut(text.toString(), BlockLimits.MESSAGE_TEXT);
    }

    /** The notification and accessibility text that goes beside the blocks. */
    public static String fallbackText(Reply reply) {
        return cut(reply.title(), BlockLimits.HEADER_TEXT);
    }

    private static LayoutBlock renderPart(Part part) {
        if (part instanceof Paragraph p) {
            return section(s -> s.text(markdownText(cut(headed(p.heading(), Mrkdwn.escape(p.text())), BlockLimits.SECTION_TEXT))));
        }
        if (part instanceof Bullets b) {
            StringBuilder body = new StringBuilder();
            for (String item : b.items()) {
                body.append(body.length() == 0 ? "" : "\n").append("• ").append(Mrkdwn.escape(item));
            }
            return section(s -> s.text(markdownText(cut(headed(b.heading(), body.toString()), BlockLimits.SECTION_TEXT))));
        }
        if (part instanceof Reply.Mention m) {
            // only well-formed member ids become a mention; anything else is shown as text
            String who = m.userId().matches("[UW][A-Z0-9]{2,}") ? "<@" + m.userId() + ">" : Mrkdwn.escape(m.userId());
            return section(s -> s.text(markdownText(cut(Mrkdwn.escape(m.before()) + who + Mrkdwn.escape(m.after()),
                    BlockLimits.SECTION_TEXT))));
        }
        if (part instanceof Reply.Link link) {
            // a link is written <url|label>; the label must not close it early
            String label = Mrkdwn.escape(link.label()).replace("|", "／");
            return section(s -> s.text(markdownText(cut("<" + link.url() + "|" + label + ">", BlockLimits.SECTION_TEXT))));
        }
        Columns c = (Columns) part;
        List<TextObject> fields = List.of(
                markdownText(cut(headed(c.leftTitle(), Mrkdwn.escape(c.left())), BlockLimits.FIELD_TEXT)),
                markdownText(cut(headed(c.rightTitle(), Mrkdwn.escape(c.right())), BlockLimits.FIELD_TEXT)));
        return section(s -> s.text(markdownText(cut("*" + Mrkdwn.escape(c.heading()) + "*", BlockLimits.SECTION_TEXT)))
                .fields(fields));
    }

    private static List<BlockElement> buttons(List<Action> actions) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < actions.size() && i < MAX_BUTTONS; i++) {
            Action action = actions.get(i);
            String id = ActionIds.of(action.route(), i);
            elements.add(button(b -> b.actionId(id)
                    .text(plainText(cut(action.label(), BlockLimits.BUTTON_TEXT)))
                    .value(cut(action.command(), BlockLimits.BUTTON_VALUE))));
        }
        return elements;
    }

    private static String headed(String heading, String escapedBody) {
        if (heading == null || heading.isEmpty()) {
            return escapedBody.isEmpty() ? " " : escapedBody;
        }
        return "*" + Mrkdwn.escape(heading) + "*\n" + escapedBody;
    }

    private static String cut(String text, int max) {
        return Mrkdwn.truncate(text, max);
    }
}
