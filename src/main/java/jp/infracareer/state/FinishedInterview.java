package jp.infracareer.state;

import java.time.Duration;
import java.time.Instant;

/**
 * The last interview a user finished, kept so they can choose to share it with advisors. It can be shared
 * for {@link #SHAREABLE}; after that, or after /career forget, it is gone.
 */
public record FinishedInterview(InterviewSession session, Instant finishedAt, boolean shared) {
    public static final Duration SHAREABLE = Duration.ofHours(24);

    public FinishedInterview(InterviewSession session, Instant finishedAt) {
        this(session, finishedAt, false);
    }

    public FinishedInterview markShared() {
        return new FinishedInterview(session, finishedAt, true);
    }

    public boolean shareableAt(Instant now) {
        return Duration.between(finishedAt, now).compareTo(SHAREABLE) <= 0;
    }
}
