package jp.infracareer.slack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where work after an ack runs: a queue per user, so one user's replies go out in the order their messages
 * came (feedback 1 before question 2), while users never wait for each other: a user whose Slack call hangs
 * delays only that user. Queues are bounded in total; past the bound work is refused (the caller tells Slack
 * or the user to try again). On JDK 24+ each user's queue drains on a virtual thread (their carriers one fewer than
 * the cores: wiring's AckCore keeps a core for acks); before, on a pool of {@value #PLATFORM_THREADS} threads.
 */
public final class Work {
    /** A piece of work and what to do instead if shutdown comes before it could start. */
    public interface Job extends Runnable {
        /** Called instead of {@link #run()} when the server stops before the job started. Must be quick. */
        default void abandon() {}
    }

    static final int PLATFORM_THREADS = 256;
    private static final Logger log = LoggerFactory.getLogger(Work.class);

    private final ExecutorService runner;
    /** A user's jobs; {@code started} once a thread runs them (before that, none of them has begun). */
    private static final class Lane {
        final ArrayDeque<Job> jobs = new ArrayDeque<>();
        boolean started;
    }

    private final ConcurrentHashMap<Object, Lane> queues = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final int limit;
    private final UserLock lock;
    private volatile boolean stopping;

    /** At most {@code limit} jobs waiting or running, over all users. */
    public Work(int limit) {
        this(limit, UserLock.local());
    }

    /** With a lock that keeps each user's jobs in order across replicas. */
    public Work(int limit, UserLock lock) {
        this.limit = limit;
        this.lock = lock;
        this.runner = newRunner();
    }

    /** True when new work would be taken now. */
    public boolean hasRoom() {
        return !stopping && pending.get() < limit;
    }

    /** Runs {@code task} after the work already queued for the same key. False when full or stopping. */
    public boolean submit(Object key, Runnable task) {
        return submit(key, task instanceof Job job ? job : task::run);
    }

    /** As {@link #submit(Object, Runnable)}, with what to do if shutdown comes first. */
    public boolean submit(Object key, Job job) {
        if (stopping) {
            return false;
        }
        if (pending.incrementAndGet() > limit) {
            pending.decrementAndGet();
            log.warn("work queues full; work refused");
            return false;
        }
        boolean[] first = new boolean[1];
        queues.compute(key, (k, lane) -> {
            if (lane == null) {
                lane = new Lane();
                first[0] = true;
            }
            lane.jobs.add(job);
            return lane;
        });
        if (first[0]) {
            runner.execute(() -> drainQueue(key));
        }
        return true;
    }

    /** Jobs waiting or running, over all users. */
    public int pending() {
        return pending.get();
    }

    /** Runs the key's jobs one by one; the queue stays in the map (so new jobs join it) until it is empty. */
    private void drainQueue(Object key) {
        Job[] head = new Job[1];
        queues.computeIfPresent(key, (k, lane) -> {
            lane.started = true;
            head[0] = lane.jobs.peek();
            return lane;
        });
        for (Job job = head[0]; job != null; job = next(key)) {
            try {
                lock.runExclusively(key, job);
            } catch (RuntimeException e) {
                log.warn("work after an ack failed: {}", e.getClass().getSimpleName());
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    /** Removes the job just run and returns the next one, or retires the queue when there is none. */
    private Job next(Object key) {
        Job[] next = new Job[1];
        queues.computeIfPresent(key, (k, lane) -> {
            lane.jobs.poll();
            next[0] = lane.jobs.peek();
            return next[0] == null ? null : lane;
        });
        return next[0];
    }

    /**
     * Stops taking work and lets what was accepted finish within {@code timeoutMillis}. Jobs that have not
     * started when the time left is only enough to say sorry are abandoned: their apologies go out in
     * parallel in that last part. Returns how many were abandoned.
     */
    public int drain(long timeoutMillis) {
        stopping = true;
        long reserve = Math.min(5_000, timeoutMillis / 5);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        long abandonAt = deadline - TimeUnit.MILLISECONDS.toNanos(reserve);
        while (pending.get() > 0 && System.nanoTime() < abandonAt) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Job> waiting = takeWaiting();
        // apologies on threads of their own: the runner may still be busy with (or queued behind) running work
        java.util.concurrent.ExecutorService sorry = Executors.newFixedThreadPool(Math.max(1, Math.min(32, waiting.size())), r -> {
            Thread t = new Thread(r, "advisor-apology");
            t.setDaemon(true);
            return t;
        });
        for (Job job : waiting) {
            sorry.execute(() -> {
                try {
                    job.abandon();
                } catch (RuntimeException e) {
                    log.warn("could not say sorry for abandoned work: {}", e.getClass().getSimpleName());
                } finally {
                    pending.decrementAndGet();
                }
            });
        }
        sorry.shutdown();
        runner.shutdown();
        try {
            sorry.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            runner.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!waiting.isEmpty() || pending.get() > 0) {
            log.warn("shutdown: {} jobs abandoned with an apology, {} still unfinished", waiting.size(), pending.get());
        }
        return waiting.size();
    }

    /**
     * Removes every job that has not started: all of a lane no thread has picked up yet, and behind the head
     * of a lane that is running (its head is running and stays).
     */
    private List<Job> takeWaiting() {
        List<Job> waiting = new ArrayList<>();
        for (Object key : queues.keySet()) {
            queues.computeIfPresent(key, (k, lane) -> {
                if (!lane.started) {
                    waiting.addAll(lane.jobs);
                    return null;
                }
                Job running = lane.jobs.poll();
                waiting.addAll(lane.jobs);
                lane.jobs.clear();
                if (running != null) {
                    lane.jobs.add(running);
                }
                return lane;
            });
        }
        return waiting;
    }

    /**
     * Virtual threads from JDK 24 on (found reflectively: the bytecode targets 17). Not on 21-23, where a call
     * blocking inside a synchronized block of the HTTP client pins its carrier, and two cores mean two carriers.
     */
    private static ExecutorService newRunner() {
        try {
            if (Runtime.version().feature() < 24) {
                throw new NoSuchMethodException("virtual threads pin carriers before JDK 24");
            }
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(PLATFORM_THREADS, PLATFORM_THREADS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "advisor-work-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
