package jp.infracareer.slack;

import jp.infracareer.kernel.UserKey;

/** Turns the ids Slack sends into our {@link UserKey}, tolerating org-wide installs without a team id. */
public final class SlackIds {
    private SlackIds() {}

    public static UserKey user(String teamId, String enterpriseId, String userId) {
        String team = teamId != null && !teamId.isEmpty() ? teamId : enterpriseId != null ? enterpriseId : "-";
        return new UserKey(team, userId == null ? "-" : userId);
    }
}
