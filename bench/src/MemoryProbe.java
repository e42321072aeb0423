import com.github.benmanes.caffeine.cache.Ticker;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.InterviewSession;
import jp.infracareer.state.Progress;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.kernel.UserKey;

/**
 * Retained heap per user in the real conversation store: fill it with 100,000 users, force GC, measure.
 * An idle user has a language setting and some practice history; a mid-interview user has a session at
 * question 3 with two results.
 */
public final class MemoryProbe {
    static final int USERS = 100_000;

    public static void main(String[] args) throws Exception {
        long base = usedAfterGc();
        var idle = new CaffeineConversationStore(USERS * 2L, Duration.ofDays(30), Ticker.systemTicker());
        Instant now = Instant.now();
        for (int i = 0; i < USERS; i++) {
            idle.update(new UserKey("T0BENCH01", "U" + (10_000_000 + i)), s -> s.withLang(Lang.JA)
                    .withProgress(Progress.EMPTY.viewedTopic().viewedTopic()));
        }
        long withIdle = usedAfterGc();
        System.out.printf("idle_bytes_per_user=%d%n", (withIdle - base) / USERS);

        var busy = new CaffeineConversationStore(USERS * 2L, Duration.ofDays(30), Ticker.systemTicker());
        List<String> questions = List.of("self-intro", "why-infra", "current-learning", "night-alert", "reverse-question");
        for (int i = 0; i < USERS; i++) {
            String id = Long.toHexString(0x1000000000L + i);
            InterviewSession session = new InterviewSession(id, "general", questions, 2, List.of(
                    new InterviewSession.Result("self-intro", 72, false, "conclusion", "episode", answer(i)),
                    new InterviewSession.Result("why-infra", 55, false, "reason", "link", answer(i + 1))), now, "msg-" + i, Lang.JA);
            busy.update(new UserKey("T0BENCH01", "U" + (20_000_000 + i)), s -> s.withLang(Lang.JA).withInterview(session)
                    .withProgress(s.progress().practised("self-intro", now, "episode").practised("why-infra", now, "link")));
        }
        long withBusy = usedAfterGc();
        System.out.printf("interview_bytes_per_user=%d%n", (withBusy - withIdle) / USERS);
        // keep both stores reachable until measured
        System.out.printf("users=%d%n", idle.size() + busy.size());
    }

    /** A one-minute answer (about 300 characters), distinct per user as real answers are. */
    static String answer(int i) {
        return ("私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。" + i).repeat(6);
    }

    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
