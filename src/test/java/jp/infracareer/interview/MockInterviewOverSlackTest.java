package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.BlockLimits;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.MutableClock;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mock interviews as a user has them: /career, then DMs and buttons, all signed, against the fake Slack API. */
class MockInterviewOverSlackTest {
    static final String ANSWER_JA = "私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。"
            + "前職では物流倉庫で5年間、在庫管理システムの担当をしていました。ある日サーバーが止まり、出荷が3時間止まって200件の注文が遅れました。"
            + "そのとき復旧に来たエンジニアの冷静な対応を見て、この仕事を目指そうと決めました。"
            + "今は毎日2時間LinuCの勉強をしていて、自宅の仮想マシンでWebサーバーを構築しています。"
            + "入社後はまず監視と運用で手順書どおりの確実な対応を身につけ、障害のときにチームを支えられるエンジニアになりたいです。";
    static final String ANSWER_EN = "I chose infrastructure because I want to keep the systems people rely on running. "
            + "In my previous job I managed a call centre team of 12 people, and one night our phone system went down for 3 hours. "
            + "I handled the customers while an engineer calmly found the cause and restored the service, and that made me want to do that work. "
            + "Since then I have been studying for LPIC-1 every morning for an hour, and I built a web server on a virtual machine at home. "
            + "After joining, I want to start in monitoring and operations, follow the runbook carefully and escalate quickly, "
            + "and later move on to building servers myself. I believe my calm way of handling pressure will help your team.";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    private RunningAdvisor advisor;
    private FakeSlackApi slack;
    private int events;

    @BeforeEach
    void start() throws Exception {
        advisor = RunningAdvisor.start(Map.of(), clock, clock.ticker());
        slack = advisor.slack();
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    @Test
    void slashCommandMovesTheInterviewToADirectMessage() throws Exception {
        JsonNode ack = advisor.career("U500", "interview");

        assertThat(RunningAdvisor.topicOf(ack)).isEqualTo("interview");
        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.toString()).contains("slack://app?team=" + FakeSlackApi.TEAM_ID + "&id=A0TEST&tab=messages");
        slack.await("conversations.open", c -> "U500".equals(c.form().get("users")), Duration.ofSeconds(5));
        assertThat(awaitTopics("DU500", 2)).containsExactly("interview", "interview/question");
    }

    @Test
    void aWholeInterviewInJapaneseFromStartToSummary() throws Exception {
        advisor.career("U501", "面接");
        awaitTopics("DU501", 2);

        String firstAnswer = null;
        for (int i = 1; i <= 5; i++) {
            // answer each question as a good candidate would: its model answer
            String questionId = advisor.advisor().store().get(new jp.infracareer.kernel.UserKey(FakeSlackApi.TEAM_ID, "U501"))
                    .interview().orElseThrow().currentQuestionId();
            String answer = advisor.advisor().knowledge().catalog(jp.infracareer.kernel.Lang.JA).rubric(questionId).orElseThrow().example();
            firstAnswer = firstAnswer == null ? answer : firstAnswer;
            dm("U501", answer, "msg-" + i);
            awaitTopics("DU501", 2 + 2 * i);
        }

        List<JsonNode> posts = posts("DU501");
        assertThat(topics(posts)).containsExactly("interview", "interview/question",
                "interview/feedback", "interview/question", "interview/feedback", "interview/question",
                "interview/feedback", "interview/question", "interview/feedback", "interview/question",
                "interview/feedback", "interview/summary");
        JsonNode feedback = posts.get(2);
        assertThat(feedback.toString()).contains("フィードバック").contains("回答の構成");
        String blocks = feedback.toString();
        assertThat(java.util.Arrays.stream(firstAnswer.split("。")).map(x -> x.strip().substring(0, Math.min(20, x.strip().length())))
                .filter(x -> x.length() >= 10)).as("the answer's own words are quoted back").anyMatch(blocks::contains);
        JsonNode summary = posts.get(posts.size() - 1);
        // no advisor channel in this workspace: the summary offers no Share button
        assertThat(summary.toString()).contains("模擬面接の結果").doesNotContain("アドバイザーに共有");
        posts.forEach(p -> assertThat(BlockKitLimits.violations(p, BlockLimits.MESSAGE_BLOCKS)).isEmpty());
        // one message per answer: feedback with the next question (the last with the summary)
        List<JsonNode> messages = messages("DU501");
        assertThat(topics(messages)).containsExactly("interview", "interview/question", "interview/feedback",
                "interview/feedback", "interview/feedback", "interview/feedback", "interview/feedback");
        messages.forEach(m -> assertThat(BlockKitLimits.violations(m, BlockLimits.MESSAGE_BLOCKS)).isEmpty());
        assertThat(messages.get(2).findValuesAsText("block_id")).as("block ids in one message differ")
                .doesNotHaveDuplicates().contains("interview/feedback", "interview/question");
        slack.await("views.publish", c -> c.body().contains("U501"), Duration.ofSeconds(5));
    }

    @Test
    void aWholeInterviewInEnglishWithHintSkipAndEnd() throws Exception {
        advisor.career("U502", "lang en");
        advisor.career("U502", "interview network");
        awaitTopics("DU502", 2);

        dm("U502", "hint", "m1");
        List<JsonNode> afterHint = awaitPosts("DU502", 3);
        // questions are chosen at random, so the method may be either
        assertThat(afterHint.get(2).toString()).contains("Hint").containsPattern("How to build the answer \\((PREP|STAR)\\)");

        dm("U502", ANSWER_EN, "m2");
        awaitPosts("DU502", 5);
        dm("U502", "skip", "m3");
        awaitPosts("DU502", 7);
        dm("U502", "end", "m4");
        List<JsonNode> posts = awaitPosts("DU502", 8);

        assertThat(topics(posts)).containsExactly("interview", "interview/question", "interview/question",
                "interview/feedback", "interview/question", "interview", "interview/question", "interview/summary");
        assertThat(posts.get(0).toString()).contains("Mock interview started (Network)");
        assertThat(posts.get(3).toString()).contains("Feedback:").contains("See a model answer");
        assertThat(posts.get(7).toString()).contains("1 answered, 1 skipped");
    }

    @Test
    void anEnglishAnswerInAJapaneseInterviewDoesNotTurnTheInterviewEnglish() throws Exception {
        advisor.career("U530", "面接");
        awaitPosts("DU530", 2);

        dm("U530", ANSWER_EN, "m-530");
        List<JsonNode> posts = awaitPosts("DU530", 4);
        // the feedback on the English answer is in English; the next question stays Japanese
        assertThat(posts.get(2).toString()).contains("Feedback:");
        String second = advisor.advisor().store().get(new jp.infracareer.kernel.UserKey(FakeSlackApi.TEAM_ID, "U530"))
                .interview().orElseThrow().currentQuestionId();
        assertThat(posts.get(3).toString()).contains("質問 2/5")
                .contains(advisor.advisor().knowledge().catalog(jp.infracareer.kernel.Lang.JA).question(second).orElseThrow().question());

        click("U530", buttonValue(posts.get(3), "interview skip"));
        assertThat(awaitPosts("DU530", 6).get(4).toString()).contains("スキップしました");
    }

    @Test
    void buttonsDriveTheInterviewAndAClickOnAnOldInterviewIsRecognised() throws Exception {
        advisor.career("U503", "interview");
        List<JsonNode> first = awaitPosts("DU503", 2);
        String hint = buttonValue(first.get(1), "interview hint");

        click("U503", hint);
        assertThat(topics(awaitPosts("DU503", 3)).get(2)).isEqualTo("interview/question");

        advisor.career("U503", "interview cloud");
        awaitPosts("DU503", 5);
        click("U503", hint);
        List<JsonNode> posts = awaitPosts("DU503", 6);
        assertThat(posts.get(5).toString()).contains("すでに終わっています");
    }

    @Test
    void aRetriedEventIsAnsweredOnce() throws Exception {
        advisor.career("U504", "interview");
        awaitPosts("DU504", 2);
        String body = SlackPayloads.eventCallback("Ev-retry-1", SlackPayloads.directMessage("U504", ANSWER_JA, "c-1"));

        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);
        assertThat(advisor.postEvent(body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);
        awaitPosts("DU504", 4);
        advisor.barrier("U504");

        assertThat(topics(posts("DU504"))).containsExactly("interview", "interview/question", "interview/feedback",
                "interview/question");
    }

    @Test
    void aRetriedQuestionWithTheSameEventIdIsAnsweredOnceEvenIfTheMessageIdDiffers() throws Exception {
        String first = SlackPayloads.eventCallback("Ev-dedup-1", SlackPayloads.directMessage("U513", "監視ってどんな仕事？", "c-a"));
        String again = SlackPayloads.eventCallback("Ev-dedup-1", SlackPayloads.directMessage("U513", "監視ってどんな仕事？", "c-b"));

        advisor.postEvent(first, Map.of());
        advisor.postEvent(again, Map.of("X-Slack-Retry-Num", "1"));
        awaitPosts("DU513", 1);
        advisor.barrier("U513");

        assertThat(posts("DU513")).hasSize(1);
    }

    @Test
    void whatTheUserTypedIsQuotedOnceEscapedNotTwice() throws Exception {
        advisor.career("U514", "interview why-infra");
        awaitPosts("DU514", 2);

        dm("U514", SlackPayloads.asSlackSends("私はR&D部門で5年働き、<サーバー>の障害対応をしました。"), "esc-1");

        String feedback = awaitPosts("DU514", 3).get(2).toString();
        assertThat(feedback).contains("R&amp;D部門").contains("&lt;サーバー&gt;").doesNotContain("&amp;amp;").doesNotContain("&amp;lt;");
    }

    @Test
    void botMessagesAndEditedOrDeletedMessagesAreNeverAnswers() throws Exception {
        advisor.career("U505", "interview");
        awaitPosts("DU505", 2);

        var fromBot = SlackPayloads.directMessage("U505", "I am a bot", "b-1");
        fromBot.put("bot_id", "B999");
        var fromUs = SlackPayloads.directMessage(FakeSlackApi.BOT_USER_ID, "our own message", "b-2");
        var edited = SlackPayloads.directMessage("U505", ANSWER_JA, "b-3");
        edited.put("subtype", "message_changed");
        var deleted = SlackPayloads.directMessage("U505", "", "b-4");
        deleted.put("subtype", "message_deleted");
        for (var event : List.of(fromBot, fromUs, edited, deleted)) {
            assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-" + (++events), event), Map.of()).statusCode())
                    .isEqualTo(200);
        }
        advisor.barrier("U505");

        assertThat(posts("DU505")).hasSize(2);
        dm("U505", ANSWER_JA, "real-1");
        assertThat(topics(awaitPosts("DU505", 4)).get(2)).isEqualTo("interview/feedback");
    }

    @Test
    void anInterviewIdlePastTheTimeoutIsClosedPolitely() throws Exception {
        advisor.career("U506", "interview");
        awaitPosts("DU506", 2);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        dm("U506", ANSWER_JA, "late-1");

        List<JsonNode> posts = awaitPosts("DU506", 3);
        assertThat(topics(posts).get(2)).isEqualTo("interview");
        assertThat(posts.get(2).toString()).contains("前回の模擬面接は終了しました").contains("interview general");
        dm("U506", "インフラとサーバーの違いは？", "after-1");
        assertThat(topics(awaitPosts("DU506", 4)).get(3)).isEqualTo("compare/infra/server");
    }

    @Test
    void theSameMessageDeliveredConcurrentlyAdvancesTheInterviewOnce() throws Exception {
        advisor.career("U507", "interview");
        awaitPosts("DU507", 2);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = SlackPayloads.eventCallback("Ev-conc-" + i, SlackPayloads.directMessage("U507", ANSWER_JA, "same-msg"));
            sends.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return advisor.postEvent(body, Map.of()).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        sends.forEach(f -> assertThat(f.join()).isEqualTo(200));
        pool.shutdown();
        awaitPosts("DU507", 4);
        advisor.barrier("U507");

        assertThat(topics(posts("DU507"))).containsExactly("interview", "interview/question", "interview/feedback",
                "interview/question");
    }

    @Test
    void forgetDeletesEverythingIncludingTheInterviewInProgress() throws Exception {
        advisor.career("U508", "lang en");
        advisor.career("U508", "interview");
        awaitPosts("DU508", 2);

        JsonNode forgot = advisor.career("U508", "forget");
        assertThat(forgot.toString()).contains("has been deleted");

        dm("U508", "インフラとサーバーの違いは？", "f-1");
        assertThat(topics(awaitPosts("DU508", 3)).get(2)).isEqualTo("compare/infra/server");
        assertThat(advisor.career("U508", "stages").path("blocks").path(0).path("text").path("text").asText())
                .contains("工程");
    }

    @Test
    void outsideAnInterviewADirectMessageIsAQuestion() throws Exception {
        dm("U509", "監視ってどんな仕事？", "q-1");
        assertThat(topics(awaitPosts("DU509", 1))).containsExactly("stage/monitoring");

        dm("U509", "面接練習したい", "q-2");
        assertThat(topics(awaitPosts("DU509", 3))).containsExactly("stage/monitoring", "interview", "interview/question");
    }

    @Test
    void aQuestionCanBeDrilledByName() throws Exception {
        dm("U510", "mock interview: why infra", "d-1");
        List<JsonNode> posts = awaitPosts("DU510", 2);
        assertThat(posts.get(1).toString()).contains("Why did you choose infrastructure");

        advisor.career("U511", "面接 志望動機");
        assertThat(awaitPosts("DU511", 2).get(1).toString()).contains("開発ではなく、インフラエンジニアを選んだ理由");
    }

    @Test
    void appHomeIsPublishedWithTheMenuAndProgress() throws Exception {
        String body = SlackPayloads.eventCallback("Ev-home-1", SlackPayloads.appHomeOpened("U512"));

        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);

        FakeSlackApi.Call published = slack.await("views.publish", c -> "U512".equals(c.form().get("user_id")),
                Duration.ofSeconds(5));
        JsonNode view = new com.fasterxml.jackson.databind.ObjectMapper().readTree(published.form().get("view"));
        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(view.toString()).contains("interview general").contains("まだ模擬面接の記録はありません");
        assertThat(BlockKitLimits.violations(view.path("blocks"), BlockLimits.VIEW_BLOCKS)).isEmpty();
    }

    @Test
    void aWrongTechnicalAnswerIsCorrectedInSlackAndTheModelAnswerButtonWorks() throws Exception {
        advisor.career("U520", "interview nat-vs-dhcp");
        awaitPosts("DU520", 2);
        dm("U520", "NATは、社内のパソコンにIPアドレスを自動で割り当てる仕組みです。パソコンをネットワークにつなぐと、"
                + "NATが空いているアドレスを配ってくれるので、利用者が手で設定する必要がありません。", "m-520");
        JsonNode feedback = awaitPosts("DU520", 3).get(2);
        assertThat(feedback.path(0).path("block_id").asText()).isEqualTo("interview/feedback");
        assertThat(feedback.toString()).contains("事実や判断として気をつけたい点").contains("変換");
        int score = Integer.parseInt(feedback.path(0).path("text").path("text").asText().replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(score).isLessThanOrEqualTo(40);

        click("U520", buttonValue(feedback, "interview example"));
        // a topic, not an interview step: it comes back through the button's response_url
        JsonNode example = slack.await("response_url", c -> c.path().endsWith("/c-U520"), Duration.ofSeconds(5)).blocks();
        assertThat(example.path(0).path("block_id").asText()).isEqualTo("interview/example");
        assertThat(example.toString()).contains("回答例");
    }

    @Test
    void aModelAnswerAskedForMidCourseIsFollowedByTheQuestionStillWaiting() throws Exception {
        advisor.career("U521", "interview network");
        awaitPosts("DU521", 2);
        dm("U521", ANSWER_JA, "m-521");
        List<JsonNode> posts = awaitPosts("DU521", 4);
        String waiting = posts.get(3).path(1).path("text").path("text").asText();
        assertThat(waiting).isNotBlank();

        // the button under the first feedback, clicked where it is: a message of ours in the DM
        click("U521", buttonValue(posts.get(2), "interview example"), false);

        posts = awaitPosts("DU521", 6);
        assertThat(topics(posts).subList(4, 6)).containsExactly("interview/example", "interview/question");
        assertThat(posts.get(5).toString()).contains("質問 2/5 に戻りましょう").contains(waiting);
        // and the course goes on from there: the next answer is judged against the question shown again
        dm("U521", ANSWER_JA, "m-522");
        assertThat(topics(awaitPosts("DU521", 8)).subList(6, 8)).containsExactly("interview/feedback", "interview/question");
    }

    private void dm(String user, String text, String clientMsgId) throws Exception {
        String body = SlackPayloads.eventCallback("Ev-" + user + "-" + (++events), SlackPayloads.directMessage(user, text, clientMsgId));
        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);
    }

    private void click(String user, String value) throws Exception {
        click(user, value, true);
    }

    /** A button inside the DM: the container is the DM channel; {@code ephemeral} false for a message of ours posted there. */
    private void click(String user, String value, boolean ephemeral) throws Exception {
        var payload = SlackPayloads.blockAction(ActionIds.openTopic(0), value, user, advisor.slack().responseUrl("c-" + user));
        payload = payload.replace("C0GENERAL", "D" + user);
        if (!ephemeral) {
            payload = payload.replace("\"is_ephemeral\":true", "\"is_ephemeral\":false");
        }
        assertThat(advisor.postSigned(payload).statusCode()).isEqualTo(200);
    }

    /** The messages posted to a channel, as their blocks. */
    private List<JsonNode> messages(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.form().get("channel")))
                .map(FakeSlackApi.Call::blocks).toList();
    }

    /**
     * What the user reads in a channel, reply by reply: a message that carries several replies (feedback and
     * the next question arrive as one message) counts as each of them, split at their headers.
     */
    private List<JsonNode> posts(String channel) {
        List<JsonNode> replies = new java.util.ArrayList<>();
        for (JsonNode message : messages(channel)) {
            com.fasterxml.jackson.databind.node.ArrayNode current = null;
            for (JsonNode block : message) {
                if (current == null || "header".equals(block.path("type").asText())) {
                    current = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                    replies.add(current);
                }
                if (!"divider".equals(block.path("type").asText())) {
                    current.add(block);
                }
            }
        }
        return replies;
    }

    private List<JsonNode> awaitPosts(String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (posts(channel).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<JsonNode> posts = posts(channel);
        assertThat(posts).as("replies in " + channel + ": " + topics(posts)).hasSizeGreaterThanOrEqualTo(count);
        return posts;
    }

    private List<String> awaitTopics(String channel, int count) throws InterruptedException {
        return topics(awaitPosts(channel, count));
    }

    static List<String> topics(List<JsonNode> posts) {
        return posts.stream().map(b -> b.path(0).path("block_id").asText()).toList();
    }

    private static String buttonValue(JsonNode blocks, String prefix) {
        for (JsonNode block : blocks) {
            for (JsonNode e : block.path("elements")) {
                if (e.path("value").asText().startsWith(prefix)) {
                    return e.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button starting with " + prefix);
    }
}
