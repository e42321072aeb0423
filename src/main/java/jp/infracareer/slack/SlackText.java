package jp.infracareer.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as Slack delivers it, turned back into what the user typed. Slack sends {@code & < >} escaped and
 * wraps mentions and links in angle brackets ({@code <@U123>}, {@code <#C1|general>}, {@code <!here>},
 * {@code <https://x|label>}); left as is, quoting a user would show {@code &amp;amp;} after our own escaping.
 * The result is plain text, so the renderer escapes it once, and a mention can never become live again.
 */
public final class SlackText {
    private static final Pattern ANGLED = Pattern.compile("<([^<>]*)>");

    private SlackText() {}

    public static String toPlain(String slackText) {
        if (slackText == null || slackText.isEmpty()) {
            return "";
        }
        if (slackText.indexOf('<') < 0 && slackText.indexOf('&') < 0) {
            // nothing to unwrap or unescape (most commands): only the hidden characters are dropped
            return withoutHiddenControls(slackText);
        }
        Matcher m = ANGLED.matcher(slackText);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(plain(m.group(1))));
        }
        m.appendTail(out);
        return withoutHiddenControls(out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }

    /**
     * Drops characters that can hide or disguise what a text says when someone else reads it: control
     * characters other than line breaks and tabs (NUL and friends) and the bidirectional overrides and
     * isolates (U+202E makes text read backwards). Everything one person's text shows to another passes here.
     */
    public static String withoutHiddenControls(String text) {
        if (text.codePoints().noneMatch(SlackText::hidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !hidden(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean hidden(int c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static String plain(String inside) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? "" : inside.substring(bar + 1);
        if (target.startsWith("@") || target.startsWith("#")) {
            return label.isEmpty() ? target : target.charAt(0) + label;
        }
        if (target.startsWith("!")) {
            String name = target.substring(1).replaceFirst("^subteam\\^.*", "group");
            return "@" + (label.isEmpty() ? name : label.replaceFirst("^@", ""));
        }
        return label.isEmpty() ? target : label + " (" + target + ")";
    }
}
