package jp.infracareer.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.infracareer.config.Config;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.FakeSlackApi.Fault;
import jp.infracareer.testing.MutableClock;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The advisor channel over signed HTTP: schedule, announcements, sharing, thread replies. */
class AdvisorChannelTest {
    static final String CHANNEL = "C0ADVISORS";
    static final String ADVISOR = "UADVISOR1";
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ANSWER = "私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。"
            + "前職では物流倉庫で5年間、在庫管理システムの担当をしていました。ある日サーバーが止まり、200件の注文が遅れました。"
            + "今は毎日2時間LinuCの勉強をしています。入社後はまず監視と運用で確実な対応を身につけたいです。<!channel> <@U123> "
            + "&lt;script&gt;";

    // Monday 2026-11-23 08:59 in Tokyo
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T23:59:00Z"));
    private RunningAdvisor advisor;
    private FakeSlackApi slack;
    private BroadcastScheduler scheduler;
    private int events;

    @BeforeEach
    void start() throws Exception {
        Map<String, String> env = Map.of("ADVISOR_CHANNEL_ID", CHANNEL, "ADVISOR_USER_IDS", ADVISOR + ",UADVISOR2",
                "BROADCAST_SCHEDULE", "MON-FRI 09:00", "BROADCASTS_SCHEDULED", "false");
        advisor = RunningAdvisor.start(env, clock, clock.ticker());
        slack = advisor.slack();
        var feature = advisor.server().advisorChannel().orElseThrow();
        Config config = Config.fromEnv(env);
        scheduler = new BroadcastScheduler(config.broadcasts(), advisor.advisor().knowledge().catalog(Lang.JA),
                feature.poster(), feature.channel(), clock);
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    @Test
    void theScheduleFiresAtNineTokyoTimeOnWeekdaysOnceAndSkipsWeekends() {
        scheduler.tick();
        assertThat(slack.posted(CHANNEL)).as("08:59").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        scheduler.tick();
        clock.advance(Duration.ofHours(3));
        scheduler.tick();
        assertThat(topics()).containsExactly("broadcast/tip", "broadcast/question");

        clock.advance(Duration.ofDays(5));   // Saturday 12:00
        scheduler.tick();
        clock.advance(Duration.ofDays(1));   // Sunday
        scheduler.tick();
        assertThat(slack.posted(CHANNEL)).hasSize(2);

        clock.advance(Duration.ofDays(1));   // Monday again, 12:00
        scheduler.tick();
        assertThat(topics()).containsExactly("broadcast/tip", "broadcast/question", "broadcast/tip", "broadcast/question");
    }

    @Test
    void tipsDoNotRepeatUntilAllHaveBeenUsed() throws Exception {
        int tips = KnowledgeBase.load().catalog(Lang.JA).tips().tips().size();
        clock.advance(Duration.ofMinutes(1));
        Set<String> seen = new HashSet<>();
        for (int day = 0; seen.size() < tips && day < tips * 2; day++) {
            int before = slack.posted(CHANNEL).size();
            scheduler.tick();
            for (var p : slack.posted(CHANNEL).subList(before, slack.posted(CHANNEL).size())) {
                JsonNode meta = MAPPER.readTree(p.metadata());
                if (meta.path("event_type").asText().equals(AdvisorChannel.TIP)) {
                    assertThat(seen.add(meta.path("event_payload").path("tip").asText())).as("tip repeated on day " + day).isTrue();
                }
            }
            clock.advance(Duration.ofDays(1));
        }
        assertThat(seen).hasSize(tips);
    }

    @Test
    void aRestartDoesNotPostTheSameDaysTipTwice() {
        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        var feature = advisor.server().advisorChannel().orElseThrow();
        BroadcastScheduler afterRestart = new BroadcastScheduler(Config.fromEnv(Map.of("ADVISOR_CHANNEL_ID", CHANNEL)).broadcasts(),
                advisor.advisor().knowledge().catalog(Lang.JA), feature.poster(), feature.channel(), clock);

        clock.advance(Duration.ofMinutes(30));
        afterRestart.tick();

        assertThat(topics()).containsExactly("broadcast/tip", "broadcast/question");
    }

    @Test
    void onlyAdvisorsCanAnnounceAndNothingIsPostedBeforeTheyConfirm() throws Exception {
        JsonNode refused = advisor.career("UJOBSEEKER", "配信 明日は勉強会です");
        assertThat(refused.toString()).contains("アドバイザーとして登録された方だけ");

        // a real @channel typed in Slack arrives as <!channel>; it must never reach the channel as a live mention
        JsonNode preview = advisor.career(ADVISOR, "配信 明日19時からオンライン勉強会です <!channel> "
                + SlackPayloads.asSlackSends("<@U999>"));
        assertThat(preview.toString()).contains("配信のプレビュー").contains("@channel").doesNotContain("<!channel>");
        assertThat(slack.posted(CHANNEL)).isEmpty();
        Button post = button(preview, "post ");

        click("UJOBSEEKER", post, "p0");
        click(ADVISOR, post, "p1");
        slack.await("response_url", c -> c.path().endsWith("/p1"), Duration.ofSeconds(5));
        click(ADVISOR, post, "p2");
        JsonNode second = slack.await("response_url", c -> c.path().endsWith("/p2"), Duration.ofSeconds(5)).json();

        assertThat(slack.posted(CHANNEL)).hasSize(1);
        String blocks = blocks(slack.posted(CHANNEL).get(0));
        assertThat(blocks).contains("<@" + ADVISOR + ">").contains("@channel").contains("&lt;@U999&gt;")
                .doesNotContain("<!channel>").doesNotContain("<@U999>");
        assertThat(second.toString()).contains("すでに投稿されたか");
    }

    @Test
    void controlCharactersThatCouldDisguiseTextNeverReachTheChannel() throws Exception {
        // U+202E turns the rest of a line around on screen; NUL and U+2066 hide or reorder text
        JsonNode preview = advisor.career(ADVISOR, "announce Meetup at 7pm\u202E\u0000 gnirud\u2066 break\u2069 over");
        click(ADVISOR, button(preview, "post "), "cc1");
        slack.await("response_url", c -> c.path().endsWith("/cc1"), Duration.ofSeconds(5));

        assertThat(slack.posted(CHANNEL)).hasSize(1);
        String posted = blocks(slack.posted(CHANNEL).get(0)) + slack.posted(CHANNEL).get(0).text();
        assertThat(posted).contains("Meetup at 7pm").doesNotContain("\u202E").doesNotContain("\u0000")
                .doesNotContain("\u2066").doesNotContain("\u2069").doesNotContain("\\u202e").doesNotContain("\\u0000");
    }

    @Test
    void aRateLimitedAnnouncementIsPostedExactlyOnceAfterRetryAfter() throws Exception {
        JsonNode preview = advisor.career(ADVISOR, "announce Study session tomorrow");
        slack.script("chat.postMessage", new Fault.Status(429, 1));

        click(ADVISOR, button(preview, "post "), "r1");

        slack.await("response_url", c -> c.path().endsWith("/r1"), Duration.ofSeconds(8));
        assertThat(slack.posted(CHANNEL)).hasSize(1);
        assertThat(slack.refused()).hasSize(1);
    }

    @Test
    void nothingIsSharedWithoutTheClickAndAnswersOnlyWhenChosenEscaped() throws Exception {
        finishInterview("USEEKER1");
        assertThat(slack.posted(CHANNEL)).as("after the interview").isEmpty();

        String share = lastButton("DUSEEKER1", "interview share #");
        click("USEEKER1", share, "s1", "DUSEEKER1");
        String withAnswers = awaitButton("DUSEEKER1", "interview share-answers");
        assertThat(slack.posted(CHANNEL)).as("after Share, before choosing").isEmpty();

        click("USEEKER1", withAnswers, "s2", "DUSEEKER1");
        awaitChannelPosts(1);
        String blocks = blocks(slack.posted(CHANNEL).get(0));
        assertThat(blocks).contains("<@USEEKER1>").contains("前職では物流倉庫で5年間")
                .contains("&lt;script&gt;").contains("@channel").doesNotContain("<!channel>").doesNotContain("<script>");
        // Slack may parse mentions in mrkdwn on its own unless verbatim is set
        assertEveryMrkdwnIsVerbatim(slack.posted(CHANNEL).get(0));
    }

    @Test
    void scoresOnlySharingLeavesTheAnswersOut() throws Exception {
        shareFinishedInterview("USEEKER2", "interview share-scores");

        assertThat(blocks(slack.posted(CHANNEL).get(0))).contains("<@USEEKER2>").doesNotContain("前職では物流倉庫");
    }

    @Test
    void advisorRepliesAreRelayedToTheJobSeekerButOthersAreNot() throws Exception {
        shareFinishedInterview("USEEKER3", "interview share-scores");
        String summaryTs = slack.posted(CHANNEL).get(0).ts();
        int before = slack.posted("DUSEEKER3").size();

        threadReply("UNOTADVISOR", summaryTs, "I think you should quit");
        threadReply(ADVISOR, summaryTs, "結論から話せていて良いです。次は数字を入れましょう <@UOTHER>");

        advisor.barrier("UNOTADVISOR");
        advisor.barrier(ADVISOR);
        List<FakeSlackApi.Posted> relayed = slack.posted("DUSEEKER3").subList(before, slack.posted("DUSEEKER3").size());
        assertThat(relayed).hasSize(1);
        assertThat(blocks(relayed.get(0))).contains("<@" + ADVISOR + ">").contains("次は数字を入れましょう")
                .contains("@UOTHER").doesNotContain("<@UOTHER>").doesNotContain("quit");
        assertEveryMrkdwnIsVerbatim(relayed.get(0));
    }

    private static void assertEveryMrkdwnIsVerbatim(FakeSlackApi.Posted post) throws Exception {
        List<JsonNode> mrkdwn = MAPPER.readTree(post.blocks()).findParents("type").stream()
                .filter(n -> "mrkdwn".equals(n.path("type").asText())).toList();
        assertThat(mrkdwn).isNotEmpty().allSatisfy(n -> assertThat(n.path("verbatim").asBoolean()).as(n.toString()).isTrue());
    }

    @Test
    void clickingShareTwiceOrBothChoicesPostsTheSummaryOnce() throws Exception {
        shareFinishedInterview("USEEKER5", "interview share-scores");
        click("USEEKER5", lastButton("DUSEEKER5", "interview share-answers"), "again-1", "DUSEEKER5");
        click("USEEKER5", lastButton("DUSEEKER5", "interview share-scores"), "again-2", "DUSEEKER5");
        awaitText("DUSEEKER5", "すでに共有しています");
        advisor.barrier("USEEKER5");

        assertThat(slack.posted(CHANNEL)).hasSize(1);
    }

    @Test
    void aSharePostThatMayHaveLandedIsKeptClaimedSoASecondPressPostsNothing() throws Exception {
        finishInterview("USEEKER9");
        click("USEEKER9", lastButton("DUSEEKER9", "interview share #"), "u9-share", "DUSEEKER9");
        String choice = awaitButton("DUSEEKER9", "interview share-scores");
        // Slack stores the summary but answers 500, and then the history cannot be read either
        slack.script("chat.postMessage", new Fault.LandedThen(500, 0));
        slack.script("conversations.history", new Fault.Status(500, 0), new Fault.Status(500, 0), new Fault.Status(500, 0));

        click("USEEKER9", choice, "u9-choice", "DUSEEKER9");
        awaitText("DUSEEKER9", "確認できませんでした");
        click("USEEKER9", lastButton("DUSEEKER9", "interview share-scores"), "u9-again", "DUSEEKER9");
        awaitText("DUSEEKER9", "すでに共有しています");
        advisor.barrier("USEEKER9");

        assertThat(slack.posted(CHANNEL)).hasSize(1);
        assertThat(slack.posted("DUSEEKER9")).noneMatch(p -> blocks(p).contains("投稿できませんでした"));
    }

    @Test
    void anAnnouncementThatMayHaveLandedOffersNoSecondPost() throws Exception {
        JsonNode preview = advisor.career(ADVISOR, "announce Office hours on Friday");
        slack.script("chat.postMessage", new Fault.LandedThen(500, 0));
        slack.script("conversations.history", new Fault.Status(500, 0), new Fault.Status(500, 0), new Fault.Status(500, 0));
        Button post = button(preview, "post ");

        click(ADVISOR, post, "u1");
        JsonNode told = slack.await("response_url", c -> c.path().endsWith("/u1"), Duration.ofSeconds(10)).json();
        click(ADVISOR, post, "u2");
        JsonNode again = slack.await("response_url", c -> c.path().endsWith("/u2"), Duration.ofSeconds(10)).json();

        assertThat(told.toString()).contains("確認できませんでした").doesNotContain("post ");
        assertThat(again.toString()).contains("すでに投稿されたか");
        assertThat(slack.posted(CHANNEL)).hasSize(1);
    }

    @Test
    void aServerErrorOnAChannelPostIsCheckedAgainstHistoryAndPostedOnce() throws Exception {
        JsonNode preview = advisor.career(ADVISOR, "announce Office hours on Friday");
        slack.script("chat.postMessage", new Fault.Status(500, 0));

        click(ADVISOR, button(preview, "post "), "e1");

        JsonNode done = slack.await("response_url", c -> c.path().endsWith("/e1"), Duration.ofSeconds(10)).json();
        assertThat(done.toString()).contains("投稿しました");
        assertThat(slack.posted(CHANNEL)).hasSize(1);
        assertThat(slack.calls("conversations.history")).isNotEmpty();
    }

    @Test
    void anAdvisorReplyAlsoSentToTheChannelIsRelayedToo() throws Exception {
        shareFinishedInterview("USEEKER6", "interview share-scores");
        String summaryTs = slack.posted(CHANNEL).get(0).ts();
        int before = slack.posted("DUSEEKER6").size();

        var event = SlackPayloads.directMessage(ADVISOR, "Good progress. Keep going", "tb-1").put("channel", CHANNEL)
                .put("channel_type", "channel").put("thread_ts", summaryTs).put("subtype", "thread_broadcast");
        assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-tb-1", event), Map.of()).statusCode()).isEqualTo(200);

        awaitText("DUSEEKER6", "Keep going");
        assertThat(slack.posted("DUSEEKER6")).hasSize(before + 1);
    }

    @Test
    void afterARestartAThreadParentIsRecognisedOnlyIfThisAppPostedIt() throws Exception {
        String metadataFor7 = "{\"event_type\":\"infra_advisor_summary\",\"event_payload\":{\"team\":\""
                + FakeSlackApi.TEAM_ID + "\",\"user\":\"USEEKER7\"}}";
        String metadataFor8 = metadataFor7.replace("USEEKER7", "USEEKER8");
        slack.remember(new FakeSlackApi.Posted(CHANNEL, "1763900000.000001", null, "summary", "[]", metadataFor7));
        slack.remember(new FakeSlackApi.Posted(CHANNEL, "1763900000.000002", null, "summary", "[]", metadataFor8, "BOTHERAPP"));

        threadReply(ADVISOR, "1763900000.000001", "Restarted, still relayed");
        threadReply(ADVISOR, "1763900000.000002", "Spoofed parent");
        awaitText("DUSEEKER7", "still relayed");
        advisor.barrier(ADVISOR);

        assertThat(slack.posted("DUSEEKER7")).hasSize(1);
        assertThat(slack.posted("DUSEEKER8")).isEmpty();
    }

    @Test
    void forgetStopsRelayingAndWithdrawsTheSharedSummaryEvenAfterARestart() throws Exception {
        shareFinishedInterview("USEEKER4", "interview share-scores");
        String summaryTs = slack.posted(CHANNEL).get(0).ts();
        threadReply(ADVISOR, summaryTs, "Before forget");
        awaitText("DUSEEKER4", "Before forget");

        advisor.career("USEEKER4", "forget");
        slack.await("chat.update", c -> summaryTs.equals(c.form().get("ts")), Duration.ofSeconds(5));

        var withdrawn = slack.posted(CHANNEL).get(0);
        assertThat(withdrawn.text()).contains("取り下げ").doesNotContain("USEEKER4");
        assertThat(withdrawn.metadata()).contains(AdvisorChannel.WITHDRAWN).doesNotContain("USEEKER4");

        // after a restart nothing is in memory: only what Slack keeps could lead a reply back to the user
        advisor.restart();
        slack = advisor.slack();
        threadReply(ADVISOR, summaryTs, "After forget and restart");
        advisor.barrier(ADVISOR);

        assertThat(slack.posted("DUSEEKER4")).noneMatch(p -> p.text().contains("After forget"));
    }

    @Test
    void aReplyToTheQuestionOfTheWeekGetsFeedbackOnlyTheMemberSees() throws Exception {
        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        var question = slack.posted(CHANNEL).stream().filter(p -> p.metadata().contains(AdvisorChannel.QUESTION)).findFirst().orElseThrow();

        // a good answer to this week's question (its model answer), with a mention and @channel typed into it
        String questionId = MAPPER.readTree(question.metadata()).path("event_payload").path("question").asText();
        String example = advisor.advisor().knowledge().catalog(Lang.JA).rubric(questionId).orElseThrow().example().strip();
        threadReply("UMEMBER1", question.ts(), example + " <!channel> <@U123>");

        FakeSlackApi.Call ephemeral = slack.await("chat.postEphemeral", c -> "UMEMBER1".equals(c.form().get("user")),
                Duration.ofSeconds(5));
        assertThat(ephemeral.form().get("channel")).isEqualTo(CHANNEL);
        assertThat(ephemeral.form().get("thread_ts")).isEqualTo(question.ts());
        assertThat(ephemeral.blocks().path(0).path("block_id").asText()).isEqualTo("interview/feedback");
        String blocks = ephemeral.blocks().toString();
        assertThat(java.util.Arrays.stream(example.split("。")).map(x -> x.strip().substring(0, Math.min(20, x.strip().length())))
                .filter(x -> x.length() >= 10)).as("the member's own words are quoted back").anyMatch(blocks::contains);
        assertThat(blocks).doesNotContain("<!channel>").doesNotContain("<@U123>");
        assertThat(slack.posted(CHANNEL)).as("nothing public in the channel").hasSize(2);
    }

    @Test
    void afterForgetANewServerProcessRelaysNothingToTheUser() throws Exception {
        shareFinishedInterview("USEEKER9", "interview share-scores");
        String summaryTs = slack.posted(CHANNEL).get(0).ts();
        advisor.career("USEEKER9", "forget");
        slack.await("chat.update", c -> summaryTs.equals(c.form().get("ts")), Duration.ofSeconds(5));
        advisor.server().stop();

        // a real new process: nothing of the old one's memory, only what Slack (the fake) kept
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "jp.infracareer.Main", "serve");
        builder.environment().put("SLACK_BOT_TOKEN", RunningAdvisor.BOT_TOKEN);
        builder.environment().put("SLACK_SIGNING_SECRET", RunningAdvisor.SIGNING_SECRET);
        builder.environment().put("SLACK_API_URL", slack.apiUrl());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("ADVISOR_CHANNEL_ID", CHANNEL);
        builder.environment().put("ADVISOR_USER_IDS", ADVISOR);
        builder.environment().put("BROADCASTS_SCHEDULED", "false");
        java.io.File log = java.io.File.createTempFile("restart", ".log");
        log.deleteOnExit();
        Process process = builder.redirectErrorStream(true).redirectOutput(log).start();
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            int status = 0;
            for (int i = 0; i < 400 && status != 200; i++) {
                try {
                    status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/healthz")).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException e) {
                    Thread.sleep(50);
                }
            }
            assertThat(status).as("the new process came up").isEqualTo(200);

            var reply = SlackPayloads.directMessage(ADVISOR, "After a real restart", "rr-1").put("channel", CHANNEL)
                    .put("channel_type", "channel").put("thread_ts", summaryTs);
            assertThat(postSigned(http, base, SlackPayloads.eventCallback("Ev-rr-1", reply))).isEqualTo(200);
            // the advisor's next message runs after the reply in the advisor's own lane: once it is answered,
            // the reply has been handled
            assertThat(postSigned(http, base, SlackPayloads.eventCallback("Ev-rr-2",
                    SlackPayloads.directMessage(ADVISOR, "help", "rr-2")))).isEqualTo(200);
            slack.await("chat.postMessage", c -> ("D" + ADVISOR).equals(c.form().get("channel")), Duration.ofSeconds(20));

            assertThat(slack.posted("DUSEEKER9")).noneMatch(p -> p.text().contains("After a real restart")
                    || blocks(p).contains("After a real restart"));
        } finally {
            process.destroy();
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static int postSigned(java.net.http.HttpClient http, String base, String body) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", jp.infracareer.testing.SlackSigner.sign(RunningAdvisor.SIGNING_SECRET, now, body))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // --- helpers ---

    /** A whole interview, then Share with advisors and the given choice; returns once the user is told. */
    private void shareFinishedInterview(String user, String choice) throws Exception {
        finishInterview(user);
        click(user, lastButton("D" + user, "interview share #"), user + "-share", "D" + user);
        click(user, awaitButton("D" + user, choice), user + "-choice", "D" + user);
        awaitChannelPosts(1);
        awaitText("D" + user, "共有しました");
    }

    private void finishInterview(String user) throws Exception {
        advisor.career(user, "interview");
        awaitPosts("D" + user, 2);
        for (int i = 1; i <= 5; i++) {
            dm(user, ANSWER);
            awaitPosts("D" + user, 2 + i); // each answer: its feedback and the next step in one message
        }
    }

    private void dm(String user, String text) throws Exception {
        String body = SlackPayloads.eventCallback("Ev-ac-" + (++events), SlackPayloads.directMessage(user, text, "m-" + events));
        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);
    }

    private void threadReply(String user, String threadTs, String text) throws Exception {
        var event = SlackPayloads.directMessage(user, text, "t-" + (++events)).put("channel", CHANNEL)
                .put("channel_type", "channel").put("thread_ts", threadTs);
        assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-ac-" + events, event), Map.of()).statusCode()).isEqualTo(200);
    }

    private void click(String user, String value, String tag) throws Exception {
        assertThat(advisor.postSigned(SlackPayloads.blockAction(ActionIds.openTopic(0), value, user,
                slack.responseUrl(tag))).statusCode()).isEqualTo(200);
    }

    private void click(String user, String value, String tag, String dmChannel) throws Exception {
        String payload = SlackPayloads.blockAction(ActionIds.openTopic(0), value, user, slack.responseUrl(tag))
                .replace("C0GENERAL", dmChannel).replace("%22is_ephemeral%22%3Atrue", "%22is_ephemeral%22%3Afalse");
        assertThat(advisor.postSigned(payload).statusCode()).isEqualTo(200);
    }

    /** A posted message's blocks as JSON text without the SDK's \\u003c escapes, so mentions can be checked. */
    private static String blocks(FakeSlackApi.Posted p) {
        try {
            return MAPPER.readTree(p.blocks()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitText(String channel, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (slack.posted(channel).stream().noneMatch(p -> blocks(p).contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private List<String> topics() {
        return slack.posted(CHANNEL).stream().map(p -> {
            try {
                return MAPPER.readTree(p.blocks()).path(0).path("block_id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void awaitPosts(String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (slack.posted(channel).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slack.posted(channel)).hasSizeGreaterThanOrEqualTo(count);
    }

    private void awaitChannelPosts(int count) throws InterruptedException {
        awaitPosts(CHANNEL, count);
    }

    private String lastButton(String channel, String prefix) {
        return slack.lastButton(channel, prefix);
    }

    private String awaitButton(String channel, String prefix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return lastButton(channel, prefix);
            } catch (AssertionError e) {
                Thread.sleep(20);
            }
        }
        return lastButton(channel, prefix);
    }

    /** A button as Slack would send its click: its action id and its value. */
    private record Button(String actionId, String value) {}

    private static Button button(JsonNode message, String prefix) {
        for (JsonNode block : message.path("blocks")) {
            for (JsonNode e : block.path("elements")) {
                if (e.path("value").asText().startsWith(prefix)) {
                    return new Button(e.path("action_id").asText(), e.path("value").asText());
                }
            }
        }
        throw new AssertionError("no button " + prefix + " in " + message);
    }

    private void click(String user, Button button, String tag) throws Exception {
        assertThat(advisor.postSigned(SlackPayloads.blockAction(button.actionId(), button.value(), user,
                slack.responseUrl(tag))).statusCode()).isEqualTo(200);
    }
}
