package jp.infracareer.state;

import jp.infracareer.kernel.UserKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** The Caffeine store: the shared contract, plus bounds and idle expiry of its own. */
class CaffeineConversationStoreTest extends ConversationStoreContract {
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    @Override
    protected ConversationStore newStore() {
        return new CaffeineConversationStore(1_000, Duration.ofDays(30), ticker);
    }

    @Test
    void stateIsKeptPerUserAndTeam() {
        var store = new CaffeineConversationStore(100, Duration.ofDays(30), ticker);
        store.update(alice, s -> s.withLang(Lang.EN));

        assertThat(store.get(alice).lang()).contains(Lang.EN);
        assertThat(store.get(bob).lang()).isEmpty();
        assertThat(store.get(new UserKey("T2", "UALICE")).lang()).isEmpty();
    }

    @Test
    void idleUsersAreForgottenAfterTheIdleTimeWithoutSleeping() {
        var store = new CaffeineConversationStore(100, Duration.ofDays(30), ticker);
        store.update(alice, s -> s.withLang(Lang.EN));

        nanos.addAndGet(Duration.ofDays(29).toNanos());
        assertThat(store.get(alice).lang()).as("29 days idle").contains(Lang.EN);

        nanos.addAndGet(Duration.ofDays(30).plusMinutes(1).toNanos());
        assertThat(store.get(alice).lang()).as("30 days after the last read").isEmpty();
    }

    @Test
    void theStoreIsBounded() {
        var store = new CaffeineConversationStore(50, Duration.ofDays(30), ticker);
        for (int i = 0; i < 500; i++) {
            store.update(new UserKey("T1", "U" + i), s -> s.withLang(Lang.JA));
        }
        assertThat(store.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void forgetDeletesEverything() {
        var store = new CaffeineConversationStore(100, Duration.ofDays(30), ticker);
        store.update(alice, s -> s.withLang(Lang.EN));

        store.forget(alice);

        assertThat(store.get(alice)).isEqualTo(UserState.EMPTY);
        assertThat(store.size()).isZero();
    }
}
