package jp.infracareer.kernel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the advisor says, independent of any channel: Slack renders it as Block Kit, the console as text.
 * All text is plain text; renderers add formatting and escape it for their channel.
 *
 * @param topic   stable topic id from DESIGN.md ("compare/infra/server"), for tools and tests
 * @param title   one line
 * @param parts   the body, in order
 * @param context a short closing line (tips, caveats); may be empty
 * @param actions follow-up topics offered as buttons
 * @param data    machine-readable facts for the console's --json output
 */
public record Reply(
        String topic,
        String title,
        List<Part> parts,
        String context,
        List<Action> actions,
        Map<String, Object> data) {

    /**
     * The {@link #data} key of the command that opens the whole of a page shown in short (its 詳しく/More button), which
     * 「もっと詳しく」 typed next opens too.
     */
    public static final String MORE = "more";

    public Reply {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
        parts = List.copyOf(parts);
        context = context == null ? "" : context;
        actions = List.copyOf(actions);
        data = Map.copyOf(data);
    }

    /** A piece of a reply's body. */
    public sealed interface Part permits Paragraph, Bullets, Columns, Link, Mention {}

    /** A paragraph, with an optional heading (empty string for none). */
    public record Paragraph(String heading, String text) implements Part {}

    /** A bulleted list with a heading. */
    public record Bullets(String heading, List<String> items) implements Part {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** One row of a side-by-side comparison: a heading and a text for each side. */
    public record Columns(String heading, String leftTitle, String left, String rightTitle, String right)
            implements Part {}

    /** A link to somewhere in Slack or on the web; only the advisor builds these, never from user text. */
    public record Link(String label, String url) implements Part {}

    /** A line naming a Slack member, e.g. "from @advisor"; {@code userId} comes from Slack, never from typed text. */
    public record Mention(String before, String userId, String after) implements Part {}

    /**
     * A follow-up the user can choose. {@code command} is what the user could have typed to get it
     * ("compare infra cloud"), so following a button is the same as typing. {@code route} names the
     * handler for buttons that are not typed commands (an announcement's Post); {@link #TYPED} otherwise.
     */
    public record Action(String label, String command, String route) {
        /** The route of buttons whose value is a command anyone could type. */
        public static final String TYPED = "open_topic";

        public Action {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(route, "route");
        }

        public Action(String label, String command) {
            this(label, command, TYPED);
        }
    }
}
