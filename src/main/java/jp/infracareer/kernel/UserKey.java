package jp.infracareer.kernel;

import java.util.Objects;

/** Who is talking: a user within a Slack workspace (team). The console uses a fixed local key. */
public record UserKey(String teamId, String userId) {
    public static final UserKey CONSOLE = new UserKey("console", "local");

    public UserKey {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(userId, "userId");
    }
}
