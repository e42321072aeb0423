package jp.infracareer.workspace;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Duration;
import java.util.regex.Pattern;
import jp.infracareer.state.OneTimeValues;

/**
 * The OAuth {@code state} of installs under way: issued with the browser's cookie, accepted once. Taking it
 * removes it in the same step (on Redis: GETDEL), so a replayed callback is refused even when it reaches
 * another replica at the same moment; Bolt's later "consume" has nothing left to delete. Anything that is
 * not a state we could have issued is refused before any store is asked.
 */
public final class OAuthStates implements OAuthStateService {
    public static final Duration TTL = Duration.ofSeconds(DEFAULT_EXPIRATION_IN_SECONDS);
    private static final Pattern ISSUED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String PREFIX = "oauth-state:";

    private final OneTimeValues values;

    public OAuthStates(OneTimeValues values) {
        this.values = values;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        values.put(PREFIX + state, "1", TTL);
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return state != null && ISSUED.matcher(state).matches() && values.take(PREFIX + state).isPresent();
    }

    @Override
    public String extractStateFromSession(Request request) {
        // the cookie value is the state itself; a malformed cookie header is simply no session
        try {
            return OAuthStateService.super.extractStateFromSession(request);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        // already taken by isAvailableInDatabase
    }
}
