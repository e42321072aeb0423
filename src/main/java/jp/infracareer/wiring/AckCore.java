package jp.infracareer.wiring;

import java.util.Properties;

/**
 * Keeps a core for acknowledgements. Work after an ack (a DM's answer analysis, feedback, posting) runs on virtual
 * threads from JDK 24 on, and their scheduler by default has a carrier per core: on two cores, a burst of DMs in a
 * fresh replica took both while the JIT compiled, and acks (which Slack waits for, three seconds at most) queued
 * behind them. With one carrier fewer than cores, a reply waits a little in a burst; an ack does not.
 * Measured in bench/README.md (first-10-s p99, session 44).
 */
public final class AckCore {
    /** The JDK's setting for the virtual-thread scheduler's carriers; read once, when the first virtual thread starts. */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

    private AckCore() {}

    /**
     * Sets the carriers to one fewer than {@code cores} (at least one) unless the operator set them; returns the value
     * in effect. Call before anything starts a virtual thread.
     */
    public static String reserve(Properties properties, int cores) {
        String set = properties.getProperty(CARRIERS);
        if (set != null) {
            return set;
        }
        String carriers = String.valueOf(Math.max(1, cores - 1));
        properties.setProperty(CARRIERS, carriers);
        return carriers;
    }
}
