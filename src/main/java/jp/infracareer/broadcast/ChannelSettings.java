package jp.infracareer.broadcast;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Lang;

/**
 * A workspace's advisor channel as its installer or advisors set it in App Home: where posts go, who the
 * advisors are, and the language of the posts. Only ids Slack could have given are accepted, so they can be
 * written into mrkdwn ({@code <#C…>}, {@code <@U…>}) as they are.
 */
public record ChannelSettings(String channelId, Set<String> advisorIds, Lang lang) {
    private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{6,20}");
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,20}");
    /** More would not fit the Home section nor make sense for one workspace's advisors. */
    public static final int MAX_ADVISORS = 50;

    public ChannelSettings {
        Objects.requireNonNull(lang, "lang");
        if (!validChannel(channelId)) {
            throw new IllegalArgumentException("not a channel id");
        }
        advisorIds = Set.copyOf(advisorIds);
        if (advisorIds.size() > MAX_ADVISORS || !advisorIds.stream().allMatch(ChannelSettings::validUser)) {
            throw new IllegalArgumentException("not a list of user ids");
        }
    }

    public static boolean validChannel(String id) {
        return id != null && CHANNEL.matcher(id).matches();
    }

    public static boolean validUser(String id) {
        return id != null && USER.matcher(id).matches();
    }
}
