package jp.infracareer.broadcast;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread that runs a schedule's tick every 30 seconds (one workspace's, or a pass over every workspace's);
 * the tick itself decides whether anything is due, so tests call it directly with a fake clock.
 */
final class ScheduleTimer {
    private ScheduledExecutorService timer;

    synchronized void start(Runnable tick) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broadcast-schedule");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(tick, 5, 30, TimeUnit.SECONDS);
    }

    /** Stops ticking, letting a tick under way finish for up to 10 seconds. */
    synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
