package jp.infracareer.server;

/** What runs beside the server: started after it listens, stopped (and drained) after it stops taking requests. */
public interface Background {
    void start();

    /** Stops, letting work already accepted finish for up to {@code drainMillis}. */
    void stop(long drainMillis);
}
