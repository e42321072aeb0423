package jp.infracareer.redis;

import io.lettuce.core.GetExArgs;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.Change;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.StateJson;
import jp.infracareer.state.StoreUnavailableException;
import jp.infracareer.state.UserState;

/**
 * Conversation state in Redis, shared by every replica: one key per user holding the state as versioned JSON
 * ({@link StateJson}), expiring after {@code idle} without use (a read renews it, as in memory). A change is
 * applied optimistically: read, run the pure change, then write only if the key still holds what was read
 * (a compare-and-set script); on a conflict the change runs again on the newer state.
 */
public final class RedisConversationStore implements ConversationStore {
    /** Replace KEYS[1] with ARGV[2] (or delete it when ARGV[2] is empty) only if it still holds ARGV[1]. */
    private static final String COMPARE_AND_SET = """
            local current = redis.call('GET', KEYS[1])
            if (current or '') ~= ARGV[1] then return 0 end
            if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
            return 1
            """;
    private static final int MAX_ATTEMPTS = 100;

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final Duration idle;
    private volatile String script;

    public RedisConversationStore(RedisCommands<String, String> redis, String namespace, Duration idle) {
        this.redis = redis;
        this.prefix = namespace + ":state:";
        this.idle = idle;
        this.script = redis(() -> redis.scriptLoad(COMPARE_AND_SET));
    }

    private String key(UserKey user) {
        return prefix + user.teamId() + ":" + user.userId();
    }

    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();

    /** Calls that failed because Redis could not be reached or was too slow, for metrics. */
    public long failures() {
        return failures.get();
    }

    /** Runs Redis commands; a lost or slow Redis becomes {@link StoreUnavailableException} (nothing was changed). */
    private <T> T redis(java.util.function.Supplier<T> commands) {
        try {
            return commands.get();
        } catch (RedisException e) {
            failures.incrementAndGet();
            throw new StoreUnavailableException("Redis: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public UserState get(UserKey user) {
        String json = redis(() -> redis.getex(key(user), GetExArgs.Builder.px(idle.toMillis())));
        return json == null ? UserState.EMPTY : StateJson.read(json);
    }

    @Override
    public <R> R apply(UserKey user, Function<UserState, Change<R>> change) {
        return redis(() -> applyOrThrow(user, change));
    }

    private <R> R applyOrThrow(UserKey user, Function<UserState, Change<R>> change) {
        String key = key(user);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String before = redis.get(key);
            Change<R> c = change.apply(before == null ? UserState.EMPTY : StateJson.read(before));
            String after = c.next().isEmpty() ? "" : StateJson.write(c.next());
            if (compareAndSet(key, before, after)) {
                return c.decision();
            }
        }
        throw new IllegalStateException("state of one user changed concurrently " + MAX_ATTEMPTS + " times in a row");
    }

    private boolean compareAndSet(String key, String before, String after) {
        String[] args = {before == null ? "" : before, after, String.valueOf(idle.toMillis())};
        Long done;
        try {
            done = redis.evalsha(script, ScriptOutputType.INTEGER, new String[] {key}, args);
        } catch (RedisNoScriptException e) {
            // Redis restarted and lost its script cache: load it again
            script = redis.scriptLoad(COMPARE_AND_SET);
            done = redis.evalsha(script, ScriptOutputType.INTEGER, new String[] {key}, args);
        }
        return done != null && done == 1L;
    }

    @Override
    public void updateAll(UnaryOperator<UserState> change) {
        redis(() -> {
            updateAllOrThrow(change);
            return null;
        });
    }

    private void updateAllOrThrow(UnaryOperator<UserState> change) {
        scan(key -> {
            String before = redis.get(key);
            if (before == null) {
                return;
            }
            UserState state = StateJson.read(before);
            UserState next = change.apply(state);
            if (!state.equals(next)) {
                // a conflict means the user just acted; the next sweep sees the newer state
                compareAndSet(key, before, next == null || next.isEmpty() ? "" : StateJson.write(next));
            }
        });
    }

    @Override
    public void forget(UserKey user) {
        redis(() -> redis.del(key(user)));
    }

    @Override
    public long size() {
        long[] n = new long[1];
        redis(() -> {
            scan(key -> n[0]++);
            return null;
        });
        return n[0];
    }

    @Override
    public long count(Predicate<UserState> match) {
        long[] n = new long[1];
        redis(() -> countOrThrow(match, n));
        return n[0];
    }

    private Void countOrThrow(Predicate<UserState> match, long[] n) {
        scan(key -> {
            String json = redis.get(key);
            if (json != null && match.test(StateJson.read(json))) {
                n[0]++;
            }
        });
        return null;
    }

    @Override
    public void forgetTeam(String teamId) {
        // team ids are letters and digits; anything else could be a glob pattern, and matches no team of ours
        if (!teamId.matches("[A-Za-z0-9]+")) {
            return;
        }
        redis(() -> {
            scan(prefix + teamId + ":*", redis::del);
            return null;
        });
    }

    /** Every key of this store, a page at a time (SCAN, never KEYS, so Redis is not blocked). */
    private void scan(java.util.function.Consumer<String> each) {
        scan(prefix + "*", each);
    }

    private void scan(String pattern, java.util.function.Consumer<String> each) {
        ScanArgs args = ScanArgs.Builder.matches(pattern).limit(500);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, args);
            page.getKeys().forEach(each);
            cursor = page;
        } while (!cursor.isFinished());
    }
}
