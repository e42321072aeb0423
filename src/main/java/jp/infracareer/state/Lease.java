package jp.infracareer.state;

import java.time.Duration;

/**
 * A named role that one replica holds at a time (running the broadcast schedule): taken when free, renewed
 * by its holder, and handed over on its own when the holder stops renewing (it died) for {@code ttl}.
 */
public interface Lease {
    /** True when this process holds {@code name} now (taking it if free, renewing it if already ours). */
    boolean holds(String name, Duration ttl);

    /** One process, nobody to share with: always the holder. */
    static Lease solo() {
        return (name, ttl) -> true;
    }
}
