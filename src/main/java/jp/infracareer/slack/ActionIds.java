package jp.infracareer.slack;

import java.util.regex.Pattern;

/** Action ids of our buttons, declared once. Slack wants them unique within a message, hence the index. */
public final class ActionIds {
    /** A button that opens a topic; its value is the command to run ("compare infra cloud"). */
    public static final String OPEN_TOPIC_PREFIX = "open_topic_";
    public static final Pattern OPEN_TOPIC = Pattern.compile("^" + OPEN_TOPIC_PREFIX + "\\d+$");

    private ActionIds() {}

    public static String openTopic(int index) {
        return OPEN_TOPIC_PREFIX + index;
    }
}
