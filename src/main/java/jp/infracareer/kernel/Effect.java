package jp.infracareer.kernel;

/**
 * Something a response sets off beyond its own replies, for other features to react to. The engine only
 * names what happened; the composition root decides who reacts (App Home, the advisor channel).
 */
public sealed interface Effect {

    /** The user's data was deleted: views showing it are out of date, and nothing of theirs may be relayed. */
    record Forgotten() implements Effect {}

    /** A mock interview ended with a summary: the user's progress changed. */
    record InterviewFinished() implements Effect {}

    /** An advisor asked to announce {@code text} in the advisor channel; a channel that can, shows a preview. */
    record AnnouncementRequested(String text) implements Effect {
        public AnnouncementRequested {
            java.util.Objects.requireNonNull(text, "text");
        }
    }
}
