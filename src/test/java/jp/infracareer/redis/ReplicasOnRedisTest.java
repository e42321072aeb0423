package jp.infracareer.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RedisServer;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas (two servers, engines and Slack apps) behind one Slack, sharing a real redis-server: a mock
 * interview goes on whichever replica Slack reaches and survives a deploy, and an event delivered to both is
 * answered once.
 */
class ReplicasOnRedisTest {
    private static final String ANSWER = "私がインフラを選んだのは、安定稼働を支えたいからです。前職で3年間、レジの障害に対応しました。";
    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void anInterviewContinuesOnAnyReplicaAndSurvivesADeploy() throws Exception {
        Map<String, String> env = Map.of("REDIS_URL", redis.url());
        try (RunningAdvisor a = RunningAdvisor.start(env); RunningAdvisor b = RunningAdvisor.replicaOf(a, env)) {
            FakeSlackApi slack = a.slack();
            a.career("UREP1", "interview");
            awaitPosts(slack, "DUREP1", 2);

            dm(b, "UREP1", ANSWER, "Ev-rep-1");
            awaitPosts(slack, "DUREP1", 4);

            // a deploy: replica A's process state is gone; the interview is in Redis
            a.restart();
            dm(a, "UREP1", ANSWER, "Ev-rep-2");
            awaitPosts(slack, "DUREP1", 6);

            var session = b.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "UREP1")).interview().orElseThrow();
            assertThat(session.index()).isEqualTo(2);
            assertThat(session.results()).hasSize(2);
        }
    }

    @Test
    void aReplicaKilledMidInterviewLosesNothing() throws Exception {
        Map<String, String> env = Map.of("REDIS_URL", redis.url());
        try (RunningAdvisor b = RunningAdvisor.start(env)) {
            FakeSlackApi slack = b.slack();
            jp.infracareer.testing.ServerProcess a = jp.infracareer.testing.ServerProcess.start(slack, env);
            try {
                assertThat(a.postSigned(SlackPayloads.slashCommand("/career", "interview", "UKILL", slack.responseUrl("kill")),
                        "application/x-www-form-urlencoded")).isEqualTo(200);
                awaitPosts(slack, "DUKILL", 2);
                assertThat(a.postSigned(SlackPayloads.eventCallback("Ev-kill-1", SlackPayloads.directMessage("UKILL", ANSWER, "kill-1")),
                        "application/json")).isEqualTo(200);
                awaitPosts(slack, "DUKILL", 4);
                awaitNoUserLocks(); // killed between two answers (a lock it held would delay the next one by its lease)
            } finally {
                a.kill();
            }
            UserKey user = new UserKey(FakeSlackApi.TEAM_ID, "UKILL");
            int firstScore = b.advisor().store().get(user).interview().orElseThrow().results().get(0).score();

            dm(b, "UKILL", ANSWER, "Ev-kill-2");
            awaitPosts(slack, "DUKILL", 6);

            var session = b.advisor().store().get(user).interview().orElseThrow();
            assertThat(session.index()).isEqualTo(2);
            assertThat(session.results()).hasSize(2);
            assertThat(session.results().get(0).score()).isEqualTo(firstScore);
        }
    }

    @Test
    void twoMessagesOfOneUserOnTwoReplicasAreAnsweredOneAfterTheOther() throws Exception {
        Map<String, String> env = Map.of("REDIS_URL", redis.url(), "SLACK_TIMEOUT_MS", "5000");
        try (RunningAdvisor a = RunningAdvisor.start(env); RunningAdvisor b = RunningAdvisor.replicaOf(a, env)) {
            FakeSlackApi slack = a.slack();
            a.career("UORDER", "interview");
            awaitPosts(slack, "DUORDER", 2);
            // the first answer's feedback takes Slack 1.5 s to post; the second answer reaches the other replica meanwhile
            slack.script("chat.postMessage", new FakeSlackApi.Fault.LandedThen(200, 1_500));
            dm(a, "UORDER", ANSWER, "Ev-order-1");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (slack.posted("DUORDER").size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            dm(b, "UORDER", "二つ目の回答です。前職では毎朝サーバーの状態を確認し、異常があれば上司に報告していました。", "Ev-order-2");
            awaitPosts(slack, "DUORDER", 6);

            // every reply's header, in the order posted (feedback and the next question share a message)
            List<String> kinds = slack.posted("DUORDER").stream().flatMap(p -> java.util.regex.Pattern
                    .compile("\"type\":\"header\",\"block_id\":\"(interview/?[a-z]*)\"").matcher(p.blocks()).results()
                    .map(m -> m.group(1))).toList();
            // feedback 1 and question 2 (from A) before feedback 2 and question 3 (from B)
            assertThat(kinds.subList(2, 6)).containsExactly("interview/feedback", "interview/question",
                    "interview/feedback", "interview/question");
        }
    }

    @Test
    void anEventDeliveredToBothReplicasIsAnsweredOnce() throws Exception {
        Map<String, String> env = Map.of("REDIS_URL", redis.url());
        try (RunningAdvisor a = RunningAdvisor.start(env); RunningAdvisor b = RunningAdvisor.replicaOf(a, env)) {
            String body = SlackPayloads.eventCallback("Ev-twice", SlackPayloads.directMessage("UREP2", "監視ってどんな仕事？", "twice-1"));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<CompletableFuture<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                RunningAdvisor replica = i % 2 == 0 ? a : b;
                Map<String, String> retry = i == 0 ? Map.of() : Map.of("X-Slack-Retry-Num", String.valueOf(i),
                        "X-Slack-Retry-Reason", "http_timeout");
                deliveries.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return replica.postEvent(body, retry).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            deliveries.forEach(d -> assertThat(d.join()).isEqualTo(200));
            pool.shutdown();
            awaitPosts(a.slack(), "DUREP2", 1);
            a.barrier("UREP2");
            b.barrier("UREP2");

            assertThat(posts(a.slack(), "DUREP2")).isEqualTo(1);
        }
    }

    @Test
    void whileRedisIsDownRequestsAreAcknowledgedUsersAreToldAndWorkResumesAfter() throws Exception {
        try (RedisServer own = RedisServer.start(true); RunningAdvisor a = RunningAdvisor.start(Map.of("REDIS_URL", own.url()))) {
            FakeSlackApi slack = a.slack();
            a.career("UOUT", "interview");
            awaitPosts(slack, "DUOUT", 2);
            dm(a, "UOUT", ANSWER, "Ev-out-1");
            awaitPosts(slack, "DUOUT", 4);

            awaitNoUserLocks(own);
            own.stop();
            dm(a, "UOUT", ANSWER, "Ev-out-2");
            awaitPosts(slack, "DUOUT", 5);
            var command = a.postSigned(SlackPayloads.slashCommand("/career", "監視ってどんな仕事？", "UOUT2", slack.responseUrl("out")));

            assertThat(lastText(slack, "DUOUT")).contains("一時的");
            assertThat(command.statusCode()).isEqualTo(200);
            assertThat(command.body()).contains("一時的");
            assertThat(a.get("/readyz").statusCode()).isEqualTo(503);
            assertThat(a.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(a.metrics().scrape()).containsPattern("state_store_failures_total [1-9]");

            own.restart();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (a.get("/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(a.get("/readyz").statusCode()).isEqualTo(200);
            // the user sends the answer again, as told: the interview goes on with the first answer kept
            dm(a, "UOUT", ANSWER, "Ev-out-3");
            awaitPosts(slack, "DUOUT", 7);
            var session = a.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "UOUT")).interview().orElseThrow();
            assertThat(session.index()).isEqualTo(2);
            assertThat(session.results()).hasSize(2);
        }
    }

    @Test
    void withBothReplicasRunningTheScheduleTheDaysTipIsPostedOnce() throws Exception {
        // Monday 2026-11-23 09:00 in Tokyo, both replicas scheduled (the default)
        var clock = new jp.infracareer.testing.MutableClock(java.time.Instant.parse("2026-11-23T00:00:00Z"));
        Map<String, String> env = Map.of("REDIS_URL", redis.url(), "ADVISOR_CHANNEL_ID", "C0ADVISORS",
                "ADVISOR_USER_IDS", "UADVISOR1");
        try (RunningAdvisor a = RunningAdvisor.start(env, clock, clock.ticker()); RunningAdvisor b = RunningAdvisor.replicaOf(a, env)) {
            var schedulerA = a.server().advisorChannel().orElseThrow().scheduler();
            var schedulerB = b.server().advisorChannel().orElseThrow().scheduler();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            for (int round = 0; round < 5; round++) {
                var one = CompletableFuture.runAsync(schedulerA::tick, pool);
                var two = CompletableFuture.runAsync(schedulerB::tick, pool);
                one.join();
                two.join();
            }
            pool.shutdown();

            List<String> metadata = a.slack().posted("C0ADVISORS").stream().map(p -> p.metadata()).toList();
            assertThat(metadata).as("one tip and one question of the week").hasSize(2);
            assertThat(metadata).filteredOn(m -> m.contains(jp.infracareer.broadcast.AdvisorChannel.TIP)).hasSize(1);
            assertThat(metadata).filteredOn(m -> m.contains(jp.infracareer.broadcast.AdvisorChannel.QUESTION)).hasSize(1);
        }
    }

    @Test
    void anAnnouncementPreviewedOnOneReplicaIsPostedOnceFromTheOther() throws Exception {
        Map<String, String> env = Map.of("REDIS_URL", redis.url(), "ADVISOR_CHANNEL_ID", "C0ADVISORS",
                "ADVISOR_USER_IDS", "UADVISOR1", "BROADCASTS_SCHEDULED", "false");
        try (RunningAdvisor a = RunningAdvisor.start(env); RunningAdvisor b = RunningAdvisor.replicaOf(a, env)) {
            var preview = a.career("UADVISOR1", "announce Office hours on Friday");
            String value = null;
            String actionId = null;
            for (var block : preview.path("blocks")) {
                for (var e : block.path("elements")) {
                    if (e.path("value").asText().startsWith("post ")) {
                        value = e.path("value").asText();
                        actionId = e.path("action_id").asText();
                    }
                }
            }
            assertThat(value).isNotNull();

            assertThat(b.postSigned(SlackPayloads.blockAction(actionId, value, "UADVISOR1", a.slack().responseUrl("ann-b")))
                    .statusCode()).isEqualTo(200);
            var posted = a.slack().await("response_url", c -> c.path().endsWith("/ann-b"), Duration.ofSeconds(10)).json();
            assertThat(a.postSigned(SlackPayloads.blockAction(actionId, value, "UADVISOR1", a.slack().responseUrl("ann-a")))
                    .statusCode()).isEqualTo(200);
            var again = a.slack().await("response_url", c -> c.path().endsWith("/ann-a"), Duration.ofSeconds(10)).json();

            assertThat(posted.toString()).contains("投稿しました");
            assertThat(again.toString()).contains("すでに投稿されたか");
            assertThat(a.slack().posted("C0ADVISORS")).hasSize(1);
        }
    }

    @Test
    void forgetOnOneReplicaIsHonouredByTheOther() throws Exception {
        Map<String, String> env = Map.of("REDIS_URL", redis.url());
        try (RunningAdvisor a = RunningAdvisor.start(env); RunningAdvisor b = RunningAdvisor.replicaOf(a, env)) {
            a.career("UREP3", "interview");
            awaitPosts(a.slack(), "DUREP3", 2);
            UserKey user = new UserKey(FakeSlackApi.TEAM_ID, "UREP3");
            assertThat(b.advisor().store().get(user).interview()).isPresent();

            b.career("UREP3", "forget");

            assertThat(a.advisor().store().get(user).interview()).isEmpty();
            assertThat(a.advisor().store().get(user).isEmpty()).isTrue();
        }
    }

    @Test
    void redisStoppedAndStartedUnderLoadGivesNo5xxAndEveryAcknowledgedMessageAnAnswer() throws Exception {
        try (RedisServer own = RedisServer.start(true);
                RunningAdvisor a = RunningAdvisor.start(Map.of("REDIS_URL", own.url()));
                RunningAdvisor b = RunningAdvisor.replicaOf(a, Map.of("REDIS_URL", own.url()))) {
            FakeSlackApi slack = a.slack();
            int users = 12;
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> acked = new java.util.concurrent.ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
            for (int t = 0; t < 4; t++) {
                pool.submit(() -> {
                    while (running.get()) {
                        long id = ids.incrementAndGet();
                        String user = "ULOAD" + (id % users);
                        RunningAdvisor replica = id % 2 == 0 ? a : b;
                        int status = replica.postEvent(SlackPayloads.eventCallback("Ev-load-" + id,
                                SlackPayloads.directMessage(user, "監視ってどんな仕事？", "load-" + id)), Map.of()).statusCode();
                        statuses.add(status);
                        if (status == 200) {
                            acked.computeIfAbsent(user, u -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                        }
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
            Thread.sleep(500);
            own.stop();
            Thread.sleep(1_000);
            own.restart();
            Thread.sleep(1_000);
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            assertThat(statuses).as("requests during the outage").isNotEmpty().allSatisfy(s -> assertThat(s).isLessThan(500));
            // every acknowledged message got exactly one post: the answer, or "try again in a minute"
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline && acked.entrySet().stream()
                    .anyMatch(e -> posts(slack, "D" + e.getKey()) < e.getValue().get())) {
                Thread.sleep(20);
            }
            for (var e : acked.entrySet()) {
                assertThat(posts(slack, "D" + e.getKey())).as("replies to " + e.getKey()).isEqualTo(e.getValue().get());
            }
            assertThat(slack.calls("chat.postMessage").stream().map(c -> c.form().getOrDefault("text", ""))
                    .filter(text -> text.contains("一時的"))).as("some were told to try again").isNotEmpty();
        }
    }

    private static void awaitNoUserLocks() throws InterruptedException {
        awaitNoUserLocks(redis);
    }

    /** Waits until no replica holds a user's lock: the job that sent the last reply has fully finished. */
    private static void awaitNoUserLocks(RedisServer server) throws InterruptedException {
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(server.url());
        try (var connection = client.connect()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!connection.sync().keys("icadv:lock:*").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(connection.sync().keys("icadv:lock:*")).isEmpty();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    private static String lastText(FakeSlackApi slack, String channel) {
        List<FakeSlackApi.Call> calls = slack.calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.form().get("channel"))).toList();
        return calls.get(calls.size() - 1).form().getOrDefault("text", "");
    }

    private static void dm(RunningAdvisor replica, String user, String text, String eventId) throws Exception {
        var response = replica.postEvent(SlackPayloads.eventCallback(eventId, SlackPayloads.directMessage(user, text, eventId)), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Replies posted to a channel (feedback and the next question, posted as one message, count as two). */
    private static long posts(FakeSlackApi slack, String channel) {
        return slack.replies(channel);
    }

    private static void awaitPosts(FakeSlackApi slack, String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (posts(slack, channel) < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(posts(slack, channel)).isGreaterThanOrEqualTo(count);
    }
}
