package jp.infracareer.broadcast;

import java.util.Optional;
import jp.infracareer.kernel.Reply.Action;

/**
 * The Post and Cancel buttons of an announcement preview, encoded and decoded in one place. They are not
 * typed commands: they have a route of their own, and a value that is not understood is a stale click.
 */
public final class AnnouncementActions {
    public static final String ROUTE = "broadcast_confirm";

    /** What the advisor decided about draft {@code draftId}. */
    public record Confirm(boolean post, String draftId) {}

    private static final String POST = "post";
    private static final String CANCEL = "cancel";

    private AnnouncementActions() {}

    public static Action post(String label, String draftId) {
        return new Action(label, POST + " " + draftId, ROUTE);
    }

    public static Action cancel(String label, String draftId) {
        return new Action(label, CANCEL + " " + draftId, ROUTE);
    }

    public static Optional<Confirm> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] words = value.strip().split(" ");
        if (words.length != 2 || !words[1].matches("[0-9a-f]{1,32}")) {
            return Optional.empty();
        }
        return switch (words[0]) {
            case POST -> Optional.of(new Confirm(true, words[1]));
            case CANCEL -> Optional.of(new Confirm(false, words[1]));
            default -> Optional.empty();
        };
    }
}
