package jp.infracareer.workspace;

import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.token_rotation.RefreshedToken;
import com.slack.api.token_rotation.TokenRotationException;
import com.slack.api.token_rotation.TokenRotator;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.infracareer.state.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes a workspace's rotating bot token before it expires, on one replica at a time. A refresh token
 * can be used once: two replicas refreshing together would leave one of them holding a dead token. So the
 * refresh runs under a short lease per workspace, re-reads the record first (another replica may just have
 * refreshed it), and starts {@link #AHEAD} before expiry, well before Bolt's own rotation would (which the
 * wiring sets to a minute), so Bolt never rotates behind our back.
 */
public final class TokenRefresh {
    /** How long before expiry a token is refreshed. */
    public static final Duration AHEAD = Duration.ofMinutes(10);
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(TokenRefresh.class);

    private final TokenRotator rotator;
    private final Lease lease;
    /** One lock per workspace group (a few hundred bytes each, one per installed workspace). */
    private final java.util.concurrent.ConcurrentMap<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    public TokenRefresh(TokenRotator rotator, Lease lease) {
        this.rotator = rotator;
        this.lease = lease;
    }

    /** The bot of {@code group}, refreshed and saved first when its token is about to expire. */
    DefaultBot fresh(String group, Supplier<Optional<DefaultBot>> read, Consumer<DefaultBot> save) {
        DefaultBot bot = read.get().orElse(null);
        if (bot == null || !expiresSoon(bot)) {
            return bot;
        }
        // one refresh of a workspace at a time in this process, and one across replicas (the lease); other
        // workspaces' refreshes do not wait for this one's call to Slack
        synchronized (locks.computeIfAbsent(group, g -> new Object())) {
            if (!lease.holds("token-refresh:" + group, LEASE)) {
                // another replica is refreshing it now: the current token is still valid for minutes
                return bot;
            }
            DefaultBot current = read.get().orElse(null);
            if (current == null || !expiresSoon(current)) {
                return current;
            }
            try {
                Optional<RefreshedToken> refreshed = rotator.performTokenRotation(r -> r.accessToken(current.getBotAccessToken())
                        .refreshToken(current.getBotRefreshToken()).expiresAt(current.getBotTokenExpiresAt()));
                refreshed.ifPresent(t -> {
                    current.setBotAccessToken(t.getAccessToken());
                    current.setBotRefreshToken(t.getRefreshToken());
                    current.setBotTokenExpiresAt(t.getExpiresAt());
                    save.accept(current);
                });
            } catch (TokenRotationException e) {
                // the message may quote Slack's answer, never a token; the next request tries again
                log.warn("could not refresh a workspace's bot token: {}", e.getClass().getSimpleName());
            }
            return current;
        }
    }

    private static boolean expiresSoon(DefaultBot bot) {
        return bot.getBotRefreshToken() != null && bot.getBotTokenExpiresAt() != null
                && bot.getBotTokenExpiresAt() <= System.currentTimeMillis() + AHEAD.toMillis();
    }
}
