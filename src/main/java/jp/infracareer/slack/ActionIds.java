package jp.infracareer.slack;

import java.util.regex.Pattern;
import jp.infracareer.kernel.Reply;

/**
 * Action ids of our buttons: a route (which handler takes the click) and an index, since Slack wants ids
 * unique within a message. Typed-command buttons use {@link Reply.Action#TYPED}; a feature with buttons of
 * its own declares its route once, in its codec.
 */
public final class ActionIds {
    /** A button whose value is a command anyone could type ("compare infra cloud"). */
    public static final Pattern OPEN_TOPIC = pattern(Reply.Action.TYPED);

    private ActionIds() {}

    public static String of(String route, int index) {
        return route + "_" + index;
    }

    public static String openTopic(int index) {
        return of(Reply.Action.TYPED, index);
    }

    /** Every action id of {@code route}, for registering its handler. */
    public static Pattern pattern(String route) {
        return Pattern.compile("^" + Pattern.quote(route) + "_\\d+$");
    }
}
