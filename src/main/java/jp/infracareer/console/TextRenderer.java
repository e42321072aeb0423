package jp.infracareer.console;

import java.util.List;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Columns;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;

/** Renders a {@link Reply} as plain text for a terminal: the same content Slack shows, without Block Kit. */
public final class TextRenderer {
    private TextRenderer() {}

    public static String render(Reply reply) {
        return render(reply, 1);
    }

    /**
     * {@code reply} as text, its buttons numbered from {@code firstNumber}: the replies of one turn share one
     * numbering ("[1] 模範解答を見る" after feedback, then "[2] ヒント" under the next question), so every button
     * on screen can still be pressed by its number.
     */
    public static String render(Reply reply, int firstNumber) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(reply.title()).append(" ==\n");
        for (Part part : reply.parts()) {
            out.append('\n');
            if (part instanceof Paragraph p) {
                heading(out, p.heading());
                out.append(p.text()).append('\n');
            } else if (part instanceof Bullets b) {
                heading(out, b.heading());
                b.items().forEach(item -> out.append("  • ").append(item).append('\n'));
            } else if (part instanceof Reply.Mention m) {
                out.append(m.before()).append('@').append(m.userId()).append(m.after()).append('\n');
            } else if (part instanceof Reply.Link link) {
                out.append(link.label()).append(": ").append(link.url()).append('\n');
            } else if (part instanceof Columns c) {
                heading(out, c.heading());
                out.append("  [").append(c.leftTitle()).append("] ").append(c.left()).append('\n');
                out.append("  [").append(c.rightTitle()).append("] ").append(c.right()).append('\n');
            }
        }
        if (!reply.context().isEmpty()) {
            out.append('\n').append("(").append(reply.context()).append(")\n");
        }
        List<Action> actions = reply.actions();
        if (!actions.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < actions.size(); i++) {
                out.append(i == 0 ? "" : "  ").append('[').append(firstNumber + i).append("] ").append(actions.get(i).label());
            }
            out.append('\n');
        }
        // the console takes a command without Slack's "/career " (typing it is allowed too): show what to type here
        return out.toString().replace(SLASH_COMMAND, "");
    }

    private static final String SLASH_COMMAND = "/career ";

    private static void heading(StringBuilder out, String heading) {
        if (heading != null && !heading.isEmpty()) {
            out.append("■ ").append(heading).append('\n');
        }
    }
}
