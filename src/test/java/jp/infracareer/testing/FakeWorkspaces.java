package jp.infracareer.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's side of "Add to Slack" for {@link FakeSlackApi}: workspaces that approved an install (each with the
 * one-time code Slack would send the browser back with), the bot tokens it issued, and refreshes of rotating
 * tokens. Codes and refresh tokens work once, as Slack's do.
 */
public final class FakeWorkspaces {
    public static final String CLIENT_ID = "1111111111.2222222222";
    public static final String CLIENT_SECRET = "fake-client-secret-0123456789";

    private record Workspace(String teamId, String installerId, long expiresInSeconds) {}

    private final Map<String, Workspace> codes = new ConcurrentHashMap<>();
    private final Map<String, Workspace> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> teamOfToken = new ConcurrentHashMap<>();
    private final Map<String, String> currentToken = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();

    /** {@code installerId} approved the install in {@code teamId}; the callback will carry {@code code}. */
    public void approve(String code, String teamId, String installerId) {
        codes.put(code, new Workspace(teamId, installerId, 0));
    }

    /**
     * As above, with token rotation on: the first token expires after {@code expiresInSeconds} (a token issued
     * long ago, close to its end), refreshed ones after 12 hours as Slack's do; each comes with a refresh token.
     */
    public void approveRotating(String code, String teamId, String installerId, long expiresInSeconds) {
        codes.put(code, new Workspace(teamId, installerId, expiresInSeconds));
    }

    /** The bot token Slack issued to the workspace last. */
    public String tokenOf(String teamId) {
        return currentToken.get(teamId);
    }

    /** How many times a rotating token was refreshed. */
    public int refreshes() {
        return refreshes.get();
    }

    /** The workspace removed the app: its tokens stop working. */
    public void revoke(String teamId) {
        teamOfToken.values().removeIf(teamId::equals);
        currentToken.remove(teamId);
    }

    Optional<String> authTest(String token) {
        if (token == null || !token.startsWith("xoxb-ws-") && !token.startsWith("xoxe.xoxb-ws-")) {
            return Optional.empty();
        }
        String team = teamOfToken.get(token);
        if (team == null) {
            return Optional.of("{\"ok\":false,\"error\":\"invalid_auth\"}");
        }
        return Optional.of("{\"ok\":true,\"url\":\"https://" + team.toLowerCase() + ".example/\",\"team\":\"Team " + team
                + "\",\"user\":\"advisor\",\"team_id\":\"" + team + "\",\"user_id\":\"UBOT" + team + "\",\"bot_id\":\"B" + team
                + "\",\"is_enterprise_install\":false}");
    }

    String access(Map<String, String> form) {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            return "{\"ok\":false,\"error\":\"invalid_client_id\"}";
        }
        if ("refresh_token".equals(form.get("grant_type"))) {
            Workspace ws = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
            if (ws == null) {
                return "{\"ok\":false,\"error\":\"invalid_refresh_token\"}";
            }
            refreshes.incrementAndGet();
            return tokens(ws, false);
        }
        Workspace ws = codes.remove(form.getOrDefault("code", ""));
        if (ws == null) {
            return "{\"ok\":false,\"error\":\"invalid_code\"}";
        }
        return tokens(ws, true);
    }

    private String tokens(Workspace ws, boolean install) {
        int n = issued.incrementAndGet();
        boolean rotating = ws.expiresInSeconds() > 0;
        String token = (rotating ? "xoxe.xoxb-ws-" : "xoxb-ws-") + ws.teamId() + "-" + n;
        teamOfToken.put(token, ws.teamId());
        currentToken.put(ws.teamId(), token);
        StringBuilder json = new StringBuilder("{\"ok\":true,\"app_id\":\"A0TEST\",\"access_token\":\"" + token
                + "\",\"token_type\":\"bot\",\"scope\":\"commands,chat:write\",\"bot_user_id\":\"UBOT" + ws.teamId()
                + "\",\"team\":{\"id\":\"" + ws.teamId() + "\",\"name\":\"Team " + ws.teamId() + "\"},\"enterprise\":null,"
                + "\"is_enterprise_install\":false");
        if (rotating) {
            String refresh = "xoxe-1-refresh-" + ws.teamId() + "-" + n;
            refreshTokens.put(refresh, ws);
            json.append(",\"refresh_token\":\"").append(refresh).append("\",\"expires_in\":")
                    .append(install ? ws.expiresInSeconds() : 43_200);
        }
        if (install) {
            json.append(",\"authed_user\":{\"id\":\"").append(ws.installerId()).append("\"}");
        }
        return json.append('}').toString();
    }
}
