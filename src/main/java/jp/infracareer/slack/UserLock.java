package jp.infracareer.slack;

/**
 * Keeps one user's work in order across replicas: a job runs while holding its user's lock, so a message
 * that reached another replica waits until the earlier one's replies are out. In one process the per-user
 * queue of {@link Work} already does this, so the local lock does nothing.
 */
public interface UserLock {
    /** Runs {@code task} while holding {@code key}'s lock (or after waiting as long as a lock may be held). */
    void runExclusively(Object key, Runnable task);

    static UserLock local() {
        return (key, task) -> task.run();
    }
}
