package jp.infracareer.slack;

/**
 * Slack mrkdwn safety. Escaping {@code & < >} (and nothing else, as Slack asks) turns {@code <!channel>},
 * {@code <@U123>}, {@code <#C1>} and links into inert text, so nothing a user typed can ping anyone.
 */
public final class Mrkdwn {
    public static final String ELLIPSIS = jp.infracareer.kernel.Texts.ELLIPSIS;

    private Mrkdwn() {}

    /**
     * A mrkdwn text object with {@code verbatim: true}: with verbatim false Slack may still parse some
     * mentions and channel names on its own, and these objects carry other people's words. Our own links
     * are written out as {@code <url|label>}, which verbatim keeps.
     */
    public static com.slack.api.model.block.composition.MarkdownTextObject markdownText(String text) {
        return com.slack.api.model.block.composition.MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Cuts text to at most {@code max} characters (UTF-16 units, as Slack counts) with a visible "…",
     * never splitting a surrogate pair or an escape such as {@code &amp;}.
     */
    public static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = jp.infracareer.kernel.Texts.cutPoint(text, max);
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= end && end - amp <= 5) {
            end = amp;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
