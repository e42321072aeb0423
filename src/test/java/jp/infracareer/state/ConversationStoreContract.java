package jp.infracareer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do, whatever holds the state (Caffeine today, a shared store
 * tomorrow): each implementation's test extends this class and says how to make a fresh store.
 */
abstract class ConversationStoreContract {
    protected final UserKey alice = new UserKey("T1", "UALICE");
    protected final UserKey bob = new UserKey("T1", "UBOB");

    /** A new, empty store. */
    protected abstract ConversationStore newStore();

    @Test
    void anUnknownUserHasTheEmptyState() {
        assertThat(newStore().get(alice)).isEqualTo(UserState.EMPTY);
    }

    @Test
    void applyStoresTheNextStateAndReturnsTheDecision() {
        ConversationStore store = newStore();
        String decision = store.apply(alice, s -> Change.to(s.withLang(Lang.EN), "chose-en"));

        assertThat(decision).isEqualTo("chose-en");
        assertThat(store.get(alice).lang()).contains(Lang.EN);
        assertThat(store.get(bob)).isEqualTo(UserState.EMPTY);
    }

    @Test
    void aDecisionToKeepTheStateChangesNothing() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.JA));
        Integer kept = store.apply(alice, s -> Change.keep(s, 7));

        assertThat(kept).isEqualTo(7);
        assertThat(store.get(alice).lang()).contains(Lang.JA);
    }

    @Test
    void aChangeToTheEmptyStateRemovesTheUser() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.EN));
        store.update(alice, s -> UserState.EMPTY);

        assertThat(store.get(alice)).isEqualTo(UserState.EMPTY);
        assertThat(store.size()).isZero();
    }

    @Test
    void forgetDeletesEverythingOfThatUserOnly() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.EN));
        store.update(bob, s -> s.withLang(Lang.JA));
        store.forget(alice);

        assertThat(store.get(alice)).isEqualTo(UserState.EMPTY);
        assertThat(store.get(bob).lang()).contains(Lang.JA);
    }

    @Test
    void forgetTeamDeletesEveryUserOfThatWorkspaceOnly() {
        ConversationStore store = newStore();
        UserKey carol = new UserKey("T12", "UCAROL");
        UserKey dave = new UserKey("T2", "UALICE");
        store.update(alice, s -> s.withLang(Lang.EN));
        store.update(bob, s -> s.withLang(Lang.EN));
        store.update(carol, s -> s.withLang(Lang.JA));
        store.update(dave, s -> s.withLang(Lang.JA));
        store.forgetTeam("T1");
        store.forgetTeam("T*");

        assertThat(store.get(alice)).isEqualTo(UserState.EMPTY);
        assertThat(store.get(bob)).isEqualTo(UserState.EMPTY);
        assertThat(store.get(carol).lang()).as("a team whose id starts the same").contains(Lang.JA);
        assertThat(store.get(dave).lang()).as("the same user id in another workspace").contains(Lang.JA);
    }

    @Test
    void concurrentChangesOfOneUserAreNeverLost() throws Exception {
        ConversationStore store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            all.add(CompletableFuture.runAsync(() -> store.update(alice, s -> s.withProgress(s.progress().viewedTopic())), pool));
        }
        all.forEach(CompletableFuture::join);
        pool.shutdown();

        assertThat(store.get(alice).progress().topicsViewed()).isEqualTo(400);
    }

    @Test
    void theDecisionReturnedIsTheOneOfTheStoredChange() throws Exception {
        ConversationStore store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> seen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            seen.add(CompletableFuture.supplyAsync(() -> store.apply(alice, s -> {
                int next = s.progress().topicsViewed() + 1;
                return Change.to(s.withProgress(s.progress().viewedTopic()), next);
            }), pool));
        }
        List<Integer> decisions = seen.stream().map(CompletableFuture::join).sorted().toList();
        pool.shutdown();

        // every caller saw a different count, 1..200: no decision came from a change that was not stored
        assertThat(decisions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
    }

    @Test
    void updateAllChangesEveryUserAndCanRemoveThem() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.EN));
        store.update(bob, s -> s.withLang(Lang.JA).withProgress(s.progress().viewedTopic()));

        store.updateAll(s -> s.progress().topicsViewed() > 0 ? s : UserState.EMPTY);

        assertThat(store.get(alice)).isEqualTo(UserState.EMPTY);
        assertThat(store.get(bob).lang()).contains(Lang.JA);
    }

    @Test
    void countAndSizeSeeWhatIsHeld() {
        ConversationStore store = newStore();
        store.update(alice, s -> s.withLang(Lang.EN));
        store.update(bob, s -> s.withLang(Lang.JA));

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.count(s -> s.lang().filter(Lang.EN::equals).isPresent())).isEqualTo(1);
    }
}
