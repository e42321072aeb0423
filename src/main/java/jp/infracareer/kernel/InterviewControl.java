package jp.infracareer.kernel;

import java.util.Arrays;
import java.util.Optional;

/** What a user can do with the mock interview in progress besides answering; ids as in aliases.yml. */
public enum InterviewControl {
    HINT("hint"),
    SKIP("skip"),
    REPEAT("repeat"),
    END("end"),
    EXAMPLE("example"),
    /** A break asked for: the interview waits on the same question. */
    PAUSE("pause"),
    SHARE("share"),
    SHARE_SCORES("share-scores"),
    SHARE_ANSWERS("share-answers");

    private final String id;

    InterviewControl(String id) {
        this.id = id;
    }

    /** The stable id used in content files and button values. */
    public String id() {
        return id;
    }

    public static Optional<InterviewControl> ofId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public boolean shares() {
        return this == SHARE || this == SHARE_SCORES || this == SHARE_ANSWERS;
    }
}
