package jp.infracareer.kernel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Values that depend only on their key (a topic's reply, its rendered ack), kept once built. Unlike a cache's
 * compute, building holds no lock: a compute locks a bin that other keys share, and the builder may be a work
 * thread (a command queued while loading) that waits for a carrier behind answer analysis; every request thread
 * wanting the same bin then waited with it, for seconds in a fresh replica (JFR of the first ten seconds,
 * 2026-12-07, bench/README.md). Two threads may build the same value once; the values are equal.
 */
public final class BuiltOnce<K, V> {
    private final Cache<K, V> values;

    public BuiltOnce(long maximumSize) {
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The value kept for {@code key}, else {@code build}'s, kept for next time. */
    public V get(K key, Supplier<V> build) {
        V kept = values.getIfPresent(key);
        if (kept == null) {
            kept = build.get();
            values.put(key, kept);
        }
        return kept;
    }
}
