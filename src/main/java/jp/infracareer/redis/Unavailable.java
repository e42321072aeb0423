package jp.infracareer.redis;

import io.lettuce.core.RedisException;
import java.util.function.Supplier;
import jp.infracareer.state.StoreUnavailableException;

/** A Redis command whose failure means the shared store cannot be used now (the user is told to try again). */
final class Unavailable {
    private Unavailable() {}

    static <T> T unless(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new StoreUnavailableException("Redis: " + e.getClass().getSimpleName(), e);
        }
    }
}
