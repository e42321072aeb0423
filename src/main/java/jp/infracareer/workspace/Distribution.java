package jp.infracareer.workspace;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import java.util.Optional;
import jp.infracareer.state.ConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app installed in many workspaces with "Add to Slack" (OAuth v2): Bolt's install and redirect
 * endpoints, where installations and install states live, and what happens when a workspace removes the
 * app: its installation, settings and every user's state there are deleted, and nothing of any other
 * workspace is touched.
 */
public final class Distribution {
    /** Where Slack sends the browser back with a code (the app's Redirect URL ends with this). */
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    /** The bot scopes asked for; manifest.yml must list exactly these (a test checks). */
    public static final List<String> BOT_SCOPES = List.of("assistant:write", "commands", "chat:write", "im:history",
            "im:write", "channels:history", "groups:history");
    /** Bolt's own rotation only a minute before expiry: {@link TokenRefresh} refreshes long before, once. */
    static final long BOLT_ROTATION_MILLIS = 60_000;
    private static final Logger log = LoggerFactory.getLogger(Distribution.class);

    /**
     * The install flow's pages: Bolt's OAuth start (sets the state cookie, sends the browser to Slack), and the
     * pages people land on when the install went through or did not (served by the install feature).
     */
    public record Pages(String start, String done, String failed) {}

    private final Installations installations;
    private final OAuthStates states;
    private final ConversationStore store;
    private final Pages pages;

    public Distribution(Installations installations, OAuthStates states, ConversationStore store, Pages pages) {
        this.installations = installations;
        this.states = states;
        this.store = store;
        this.pages = pages;
    }

    public Pages pages() {
        return pages;
    }

    public Installations installations() {
        return installations;
    }

    /** The settings of a distributed app, on Bolt's config before the app is built. */
    public void configure(AppConfig config, String clientId, String clientSecret, Optional<String> redirectUri) {
        config.setClientId(clientId);
        config.setClientSecret(clientSecret);
        config.setScope(String.join(",", BOT_SCOPES));
        config.setUserScope(null);
        redirectUri.ifPresent(config::setRedirectUri);
        config.setOauthInstallPath(pages.start());
        config.setOauthRedirectUriPath(REDIRECT_PATH);
        config.setOauthCompletionUrl(pages.done());
        config.setOauthCancellationUrl(pages.failed());
        // our own page at /slack/install explains the app first; the start path goes straight to Slack
        config.setOAuthInstallPageRenderingEnabled(false);
        config.setStateValidationEnabled(true);
        config.setTokenRotationExpirationMillis(BOLT_ROTATION_MILLIS);
        // auth.test once per token and 10 minutes, not on every request
        config.setAuthTestCacheEnabled(true);
        config.setAuthTestCacheExpirationMillis(600_000L);
    }

    /** Bolt's OAuth flow on our stores, and the handlers for a workspace that removes the app. */
    public void install(App app) {
        app.asOAuthApp(true);
        app.service(installations);
        app.service(states);
        // Bolt's own handler logs the callback's query, code included: say only what happened
        app.oauthCallbackStateError((request, response) -> {
            log.info("refused an install callback: its state is unknown, expired, reused or from another browser");
            response.setStatusCode(302);
            response.getHeaders().put("Location", List.of(pages.failed()));
            return response;
        });
        onRemoval(app, this::forget);
    }

    /**
     * When a workspace removes the app (uninstalls it, or revokes its bot token, which leaves it unable to do
     * anything there), {@code forget} gets the workspace. A single-workspace app deletes its users' state.
     */
    public static void onRemoval(App app, java.util.function.BiConsumer<String, String> forget) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            forget.accept(payload.getEnterpriseId(), payload.getTeamId());
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            var tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                forget.accept(payload.getEnterpriseId(), payload.getTeamId());
            }
            return ctx.ack();
        });
    }

    /** Deletes everything held about a workspace: installation, settings, and each user's state. */
    public void forget(String enterpriseId, String teamId) {
        installations.deleteAll(enterpriseId, teamId);
        if (teamId != null) {
            store.forgetTeam(teamId);
        }
        log.info("the app was removed from a workspace: its installation and users' state are deleted");
    }
}
