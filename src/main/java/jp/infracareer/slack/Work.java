package jp.infracareer.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where work after an ack runs: one single-threaded lane per stripe of users, so one user's replies go
 * out in the order their messages came (feedback 1 before question 2), while different users run in
 * parallel. Every lane's queue is bounded: when it is full the work is refused and logged, not queued
 * without end.
 */
public final class Work {
    private static final Logger log = LoggerFactory.getLogger(Work.class);
    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

    public Work(int lanes, int queuePerLane) {
        AtomicInteger n = new AtomicInteger();
        for (int i = 0; i < lanes; i++) {
            this.lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queuePerLane),
                    r -> {
                        Thread t = new Thread(r, "advisor-work-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    }));
        }
    }

    /** Runs {@code task} after the work already queued for the same key. False if the lane is full. */
    public boolean submit(Object key, Runnable task) {
        ThreadPoolExecutor lane = lanes.get(Math.floorMod(key.hashCode(), lanes.size()));
        try {
            lane.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("work after an ack failed: {}", e.getClass().getSimpleName());
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("work queue full or stopping; a reply was not sent");
            return false;
        }
    }

    /** Stops taking work and waits for what was accepted to finish. */
    public void drain(long timeoutMillis) {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (ThreadPoolExecutor lane : lanes) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !lane.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    log.warn("accepted work still running at shutdown");
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
