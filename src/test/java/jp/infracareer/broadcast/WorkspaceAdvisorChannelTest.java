package jp.infracareer.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.infracareer.broadcast.slack.ChannelSettingsView;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.MutableClock;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import jp.infracareer.workspace.Distribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed app's advisor channels, over signed HTTP against the fake Slack API: two workspaces installed
 * through OAuth, settings made in App Home by the installer, and every post going to the channel of the
 * workspace it belongs to, with that workspace's own token. A workspace without settings gets nothing.
 */
class WorkspaceAdvisorChannelTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ONE = "T0ONE";
    static final String TWO = "T0TWO";
    static final String INSTALLER_ONE = "UINSTALL1";
    static final String INSTALLER_TWO = "UINSTALL2";
    static final String CHANNEL_ONE = "C0ONEADV";
    static final String CHANNEL_TWO = "C0TWOADV";
    static final String ADVISOR_ONE = "UADVONE1";

    @TempDir
    Path data;

    // Monday 2026-11-23 08:59 in Tokyo
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T23:59:00Z"));
    private RunningAdvisor advisor;
    private FakeSlackApi slack;

    @BeforeEach
    void start() throws Exception {
        Map<String, String> env = new HashMap<>(RunningAdvisor.distributed(data));
        env.put("BROADCAST_SCHEDULE", "MON-FRI 09:00");
        env.put("BROADCASTS_SCHEDULED", "false");
        advisor = RunningAdvisor.start(env, clock, clock.ticker());
        slack = advisor.slack();
        slack.workspaces().approve("code-one", ONE, INSTALLER_ONE);
        slack.workspaces().approve("code-two", TWO, INSTALLER_TWO);
        assertThat(advisor.install("code-one").headers().firstValue("Location")).hasValue(jp.infracareer.install.InstallPages.DONE_PATH);
        assertThat(advisor.install("code-two").headers().firstValue("Location")).hasValue(jp.infracareer.install.InstallPages.DONE_PATH);
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    @Test
    void onlyTheInstallerSeesTheSettingsSectionAndItsButtonOpensTheModal() throws Exception {
        JsonNode installerHome = openHome(ONE, INSTALLER_ONE);
        JsonNode memberHome = openHome(ONE, "UMEMBER1");
        JsonNode otherInstallerHome = openHome(TWO, INSTALLER_TWO);

        assertThat(blockIds(installerHome)).contains(ChannelSettingsView.HOME_BLOCK);
        assertThat(installerHome.toString()).contains("まだ設定されていません");
        assertThat(blockIds(memberHome)).doesNotContain(ChannelSettingsView.HOME_BLOCK);
        assertThat(blockIds(otherInstallerHome)).contains(ChannelSettingsView.HOME_BLOCK);

        assertThat(advisor.postSigned(SlackPayloads.homeAction(ONE, ChannelSettingsView.OPEN, "open", INSTALLER_ONE))
                .statusCode()).isEqualTo(200);
        FakeSlackApi.Call open = slack.await("views.open", c -> true, Duration.ofSeconds(10));
        assertThat(open.token()).isEqualTo(slack.workspaces().tokenOf(ONE));
        assertThat(open.form().get("trigger_id")).isEqualTo("1337.42.home-" + INSTALLER_ONE);
        JsonNode modal = MAPPER.readTree(open.form().get("view"));
        assertThat(modal.path("callback_id").asText()).isEqualTo(ChannelSettingsView.CALLBACK_ID);
        assertThat(modal.toString()).contains("conversations_select").contains("multi_users_select").contains("radio_buttons");

        // a member's click opens nothing (the button is not shown to them, and the server checks too)
        advisor.postSigned(SlackPayloads.homeAction(ONE, ChannelSettingsView.OPEN, "open", "UMEMBER1"));
        openHome(ONE, "UMEMBER1"); // the member's lane has run their click
        assertThat(slack.calls("views.open")).hasSize(1);
    }

    @Test
    void theInstallersSettingsAreSavedShownAndCarryAnAdvisorsAnnouncementToThatWorkspaceOnly() throws Exception {
        HttpResponse<String> saved = submit(ONE, INSTALLER_ONE, CHANNEL_ONE, List.of(ADVISOR_ONE), "en");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("errors");

        // Home is refreshed with what was saved
        FakeSlackApi.Call refreshed = slack.await("views.publish", c -> INSTALLER_ONE.equals(c.form().get("user_id"))
                && c.form().get("view").contains(CHANNEL_ONE), Duration.ofSeconds(10));
        assertThat(MAPPER.readTree(refreshed.form().get("view")).toString()).contains("<#" + CHANNEL_ONE + ">").contains("<@" + ADVISOR_ONE + ">")
                .contains("English");
        // the advisor now sees the section too
        assertThat(blockIds(openHome(ONE, ADVISOR_ONE))).contains(ChannelSettingsView.HOME_BLOCK);

        // the advisor of workspace one announces: it lands in workspace one's channel, with its token, in English
        JsonNode preview = MAPPER.readTree(advisor.career(ONE, ADVISOR_ONE, "broadcast Study night on Friday <!channel>").body());
        String[] post = button(preview, "post ");
        advisor.postSigned(SlackPayloads.blockAction(ONE, post[0], post[1], ADVISOR_ONE, slack.responseUrl("post-one")));
        slack.await("response_url", c -> c.path().endsWith("/post-one"), Duration.ofSeconds(10));
        assertThat(slack.posted(CHANNEL_ONE)).hasSize(1);
        FakeSlackApi.Call posted = slack.await("chat.postMessage", c -> CHANNEL_ONE.equals(c.form().get("channel")),
                Duration.ofSeconds(1));
        assertThat(posted.token()).isEqualTo(slack.workspaces().tokenOf(ONE)).isNotEqualTo(slack.workspaces().tokenOf(TWO));
        assertThat(MAPPER.readTree(posted.form().get("blocks")).toString()).contains("Study night on Friday").contains("Announcement from an advisor")
                .doesNotContain("<!channel>");

        // the same person in workspace two (no settings there) is told there is no channel; nothing is posted
        JsonNode refused = MAPPER.readTree(advisor.career(TWO, ADVISOR_ONE, "broadcast Hello").body());
        assertThat(refused.toString()).contains("アドバイザーチャンネルが設定されていない");
        // and a member of workspace one who is no advisor there may not announce
        JsonNode notAdvisor = MAPPER.readTree(advisor.career(ONE, "UMEMBER1", "broadcast Hello").body());
        assertThat(notAdvisor.toString()).contains("アドバイザーとして登録された方だけ");
        assertThat(slack.calls("chat.postMessage")).allSatisfy(c -> assertThat(c.form().get("channel")).isNotEqualTo(CHANNEL_TWO));
        assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.form().get("channel").startsWith("C"))).hasSize(1);
    }

    @Test
    void aSubmissionFromSomeoneWhoIsNotTheInstallerOrAnAdvisorIsRefusedAndNothingIsSaved() throws Exception {
        HttpResponse<String> member = submit(ONE, "UMEMBER1", CHANNEL_ONE, List.of("UMEMBER1"), "ja");
        // the installer of another workspace is nobody in this one
        HttpResponse<String> otherInstaller = submit(ONE, INSTALLER_TWO, CHANNEL_TWO, List.of(), "ja");

        for (HttpResponse<String> refused : List.of(member, otherInstaller)) {
            JsonNode answer = MAPPER.readTree(refused.body());
            assertThat(answer.path("response_action").asText()).isEqualTo("errors");
            assertThat(answer.path("errors").path(ChannelSettingsView.CHANNEL_BLOCK).asText())
                    .contains("インストールした方とこのワークスペースのアドバイザーだけ");
        }
        assertThat(advisor.server().advisorChannels().of(ONE)).isEmpty();
    }

    @Test
    void aSubmissionWithoutAChannelIsAnsweredWithAFriendlyErrorInTheUsersLanguage() throws Exception {
        advisor.career(ONE, INSTALLER_ONE, "lang en");
        openHome(ONE, INSTALLER_ONE); // the installer's lane has run the language change
        HttpResponse<String> noChannel = submit(ONE, INSTALLER_ONE, null, List.of(ADVISOR_ONE), "ja");

        JsonNode answer = MAPPER.readTree(noChannel.body());
        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors").path(ChannelSettingsView.CHANNEL_BLOCK).asText()).isEqualTo("Please choose a channel.");
        assertThat(advisor.server().advisorChannels().of(ONE)).isEmpty();
    }

    @Test
    void theScheduledTipGoesToEachConfiguredWorkspaceWithItsOwnToken() throws Exception {
        submit(ONE, INSTALLER_ONE, CHANNEL_ONE, List.of(), "ja");
        submit(TWO, INSTALLER_TWO, CHANNEL_TWO, List.of(), "en");
        slack.workspaces().approve("code-three", "T0THREE", "UINSTALL3");
        advisor.install("code-three");
        WorkspaceChannels channels = (WorkspaceChannels) advisor.server().advisorChannels();

        channels.tick();
        assertThat(channelPosts()).as("08:59").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        channels.tick();
        channels.tick();

        assertThat(eventTypes(CHANNEL_ONE)).containsExactly(AdvisorChannel.TIP, AdvisorChannel.QUESTION);
        assertThat(eventTypes(CHANNEL_TWO)).containsExactly(AdvisorChannel.TIP, AdvisorChannel.QUESTION);
        assertThat(channelPosts()).allSatisfy(c -> assertThat(c.token()).isEqualTo(slack.workspaces().tokenOf(
                CHANNEL_ONE.equals(c.form().get("channel")) ? ONE : TWO)));
        assertThat(channelPosts()).extracting(c -> c.form().get("channel")).containsOnly(CHANNEL_ONE, CHANNEL_TWO);
        // each in its own workspace's language
        assertThat(MAPPER.readTree(slack.posted(CHANNEL_ONE).get(0).blocks()).toString()).contains("今日のヒント");
        assertThat(MAPPER.readTree(slack.posted(CHANNEL_TWO).get(0).blocks()).toString()).contains("Tip of the day");
    }

    @Test
    void uninstallingAWorkspaceDeletesItsSettingsAndItsScheduleButNotTheOthers() throws Exception {
        submit(ONE, INSTALLER_ONE, CHANNEL_ONE, List.of(ADVISOR_ONE), "ja");
        submit(TWO, INSTALLER_TWO, CHANNEL_TWO, List.of(), "ja");
        assertThat(advisor.server().advisorChannels().of(ONE)).isPresent();

        slack.workspaces().revoke(ONE);
        ObjectNode uninstalled = MAPPER.createObjectNode().put("type", "app_uninstalled").put("event_ts", "1700000000.000100");
        assertThat(advisor.postEvent(SlackPayloads.eventCallback(ONE, "Ev-uninstall-" + UUID.randomUUID(), uninstalled), Map.of())
                .statusCode()).isEqualTo(200);

        assertThat(advisor.server().advisorChannels().of(ONE)).isEmpty();
        assertThat(advisor.server().advisorChannels().of(TWO)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        ((WorkspaceChannels) advisor.server().advisorChannels()).tick();
        assertThat(slack.posted(CHANNEL_ONE)).isEmpty();
        assertThat(eventTypes(CHANNEL_TWO)).containsExactly(AdvisorChannel.TIP, AdvisorChannel.QUESTION);
        // nothing of workspace one's settings is left on disk
        try (var files = java.nio.file.Files.list(data)) {
            for (Path file : files.toList()) {
                assertThat(java.nio.file.Files.readString(file)).doesNotContain(CHANNEL_ONE).doesNotContain(ADVISOR_ONE);
            }
        }
    }

    @Test
    void aSharedSummaryGoesToItsOwnWorkspacesChannelAndOnlyItsAdvisorsRepliesAreRelayed() throws Exception {
        submit(ONE, INSTALLER_ONE, CHANNEL_ONE, List.of(ADVISOR_ONE), "ja");
        String one = slack.workspaces().tokenOf(ONE);

        finishInterview(ONE, "USEEKER1");
        clickInDm(ONE, "USEEKER1", slack.lastButton("DUSEEKER1", "interview share #"));
        clickInDm(ONE, "USEEKER1", awaitButton("DUSEEKER1", "interview share-scores"));
        awaitPosts(CHANNEL_ONE, 1);
        awaitText("DUSEEKER1", "共有しました"); // the app knows the thread is this user's from here on
        FakeSlackApi.Call summary = slack.await("chat.postMessage", c -> CHANNEL_ONE.equals(c.form().get("channel")),
                Duration.ofSeconds(1));
        assertThat(summary.token()).isEqualTo(one);
        assertThat(MAPPER.readTree(slack.posted(CHANNEL_ONE).get(0).blocks()).toString()).contains("<@USEEKER1>");

        // the same user id replying from workspace two is nobody there; in workspace one it is an advisor
        String summaryTs = slack.posted(CHANNEL_ONE).get(0).ts();
        int before = slack.posted("DUSEEKER1").size();
        threadReply(TWO, ADVISOR_ONE, summaryTs, "From the wrong workspace");
        threadReply(ONE, ADVISOR_ONE, summaryTs, "次は数字を入れましょう");
        awaitPosts("DUSEEKER1", before + 1);
        FakeSlackApi.Call relay = slack.await("chat.postMessage", c -> "DUSEEKER1".equals(c.form().get("channel"))
                && parsed(c.form().getOrDefault("blocks", "[]")).contains("次は数字"), Duration.ofSeconds(10));
        assertThat(relay.token()).isEqualTo(one);
        openHome(TWO, ADVISOR_ONE); // the reply from workspace two has been handled too
        assertThat(slack.posted("DUSEEKER1")).noneMatch(p -> p.blocks().contains("wrong workspace"));

        // forgetting takes the summary back, in workspace one's channel, with workspace one's token
        advisor.career(ONE, "USEEKER1", "forget");
        FakeSlackApi.Call withdrawn = slack.await("chat.update", c -> summaryTs.equals(c.form().get("ts")), Duration.ofSeconds(10));
        assertThat(withdrawn.form().get("channel")).isEqualTo(CHANNEL_ONE);
        assertThat(withdrawn.token()).isEqualTo(one);
        assertThat(slack.posted(CHANNEL_ONE).get(0).metadata()).doesNotContain("USEEKER1");

        // a member of workspace two (no channel there) is offered no Share button, and one pressed from an older
        // message is told sharing is not set up; nothing leaves the DM
        finishInterview(TWO, "USEEKER2");
        assertThatThrownBy(() -> slack.lastButton("DUSEEKER2", "interview share #")).isInstanceOf(AssertionError.class);
        clickInDm(TWO, "USEEKER2", slack.lastButton("DUSEEKER1", "interview share #"));
        awaitText("DUSEEKER2", "まだ設定されていません");
        assertThat(channelPosts()).extracting(c -> c.form().get("channel")).containsOnly(CHANNEL_ONE);
    }

    @Test
    void theWorkspacesTokenIsReadAfreshForEveryPostSoANewOneIsUsedAtOnce() throws Exception {
        submit(ONE, INSTALLER_ONE, CHANNEL_ONE, List.of(), "ja");
        WorkspaceChannels channels = (WorkspaceChannels) advisor.server().advisorChannels();
        clock.advance(Duration.ofMinutes(1));
        channels.tick();
        String first = slack.workspaces().tokenOf(ONE);
        assertThat(channelPosts()).isNotEmpty().allSatisfy(c -> assertThat(c.token()).isEqualTo(first));

        // the workspace installs again (a new token, as after a rotation); its channel and settings stay
        slack.workspaces().approve("code-one-again", ONE, INSTALLER_ONE);
        advisor.install("code-one-again");
        String second = slack.workspaces().tokenOf(ONE);
        assertThat(second).isNotEqualTo(first);
        int before = channelPosts().size();
        clock.advance(Duration.ofDays(1));
        channels.tick();

        List<FakeSlackApi.Call> after = channelPosts().subList(before, channelPosts().size());
        assertThat(after).isNotEmpty().allSatisfy(c -> assertThat(c.token()).isEqualTo(second));
    }

    // --- helpers ---

    /** The user opens the app's Home tab in their workspace; the view published for them. */
    private JsonNode openHome(String team, String user) throws Exception {
        long before = publishedFor(user);
        String body = SlackPayloads.eventCallback(team, "Ev-home-" + UUID.randomUUID(), SlackPayloads.appHomeOpened(user));
        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (publishedFor(user) <= before) {
            assertThat(System.nanoTime()).as("Home published for " + user).isLessThan(deadline);
            Thread.sleep(10);
        }
        List<FakeSlackApi.Call> calls = slack.calls("views.publish").stream()
                .filter(c -> user.equals(c.form().get("user_id"))).toList();
        FakeSlackApi.Call last = calls.get(calls.size() - 1);
        assertThat(last.token()).isEqualTo(slack.workspaces().tokenOf(team));
        return MAPPER.readTree(last.form().get("view"));
    }

    private int events;

    private void finishInterview(String team, String user) throws Exception {
        advisor.career(team, user, "interview");
        awaitPosts("D" + user, 2);
        for (int i = 1; i <= 5; i++) {
            ObjectNode message = SlackPayloads.directMessage(user, AdvisorChannelTest.ANSWER, "m-" + (++events)).put("team", team);
            assertThat(advisor.postEvent(SlackPayloads.eventCallback(team, "Ev-ws-" + events, message), Map.of()).statusCode())
                    .isEqualTo(200);
            awaitPosts("D" + user, 2 + i); // each answer: its feedback and the next step in one message
        }
    }

    private void threadReply(String team, String user, String threadTs, String text) throws Exception {
        ObjectNode event = SlackPayloads.directMessage(user, text, "t-" + (++events)).put("team", team).put("channel", CHANNEL_ONE)
                .put("channel_type", "channel").put("thread_ts", threadTs);
        assertThat(advisor.postEvent(SlackPayloads.eventCallback(team, "Ev-ws-" + events, event), Map.of()).statusCode()).isEqualTo(200);
    }

    /** A click on a button of the app's message in the user's DM. */
    private void clickInDm(String team, String user, String value) throws Exception {
        String payload = SlackPayloads.blockAction(team, jp.infracareer.slack.ActionIds.openTopic(0), value, user,
                slack.responseUrl("dm-" + (++events))).replace("C0GENERAL", "D" + user)
                .replace("%22is_ephemeral%22%3Atrue", "%22is_ephemeral%22%3Afalse");
        assertThat(advisor.postSigned(payload).statusCode()).isEqualTo(200);
    }

    private void awaitPosts(String channel, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (slack.posted(channel).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slack.posted(channel)).hasSizeGreaterThanOrEqualTo(count);
    }

    private void awaitText(String channel, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (slack.posted(channel).stream().noneMatch(p -> parsed(p.blocks()).contains(text))) {
            assertThat(System.nanoTime()).as(text + " in " + channel).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static String parsed(String json) {
        try {
            return MAPPER.readTree(json).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String awaitButton(String channel, String prefix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return slack.lastButton(channel, prefix);
            } catch (AssertionError e) {
                Thread.sleep(20);
            }
        }
        return slack.lastButton(channel, prefix);
    }

    private long publishedFor(String user) {
        return slack.calls("views.publish").stream().filter(c -> user.equals(c.form().get("user_id"))).count();
    }

    private static List<String> blockIds(JsonNode view) {
        return view.path("blocks").findValuesAsText("block_id");
    }

    /** The settings modal submitted with these choices ({@code channel} null: none chosen). */
    private HttpResponse<String> submit(String team, String user, String channel, List<String> advisors, String lang)
            throws Exception {
        ObjectNode values = MAPPER.createObjectNode();
        ObjectNode channelValue = values.putObject(ChannelSettingsView.CHANNEL_BLOCK).putObject(ChannelSettingsView.CHANNEL_ACTION)
                .put("type", "conversations_select");
        if (channel != null) {
            channelValue.put("selected_conversation", channel);
        } else {
            channelValue.putNull("selected_conversation");
        }
        var users = values.putObject(ChannelSettingsView.ADVISORS_BLOCK).putObject(ChannelSettingsView.ADVISORS_ACTION)
                .put("type", "multi_users_select").putArray("selected_users");
        advisors.forEach(users::add);
        values.putObject(ChannelSettingsView.LANG_BLOCK).putObject(ChannelSettingsView.LANG_ACTION).put("type", "radio_buttons")
                .putObject("selected_option").put("value", lang).putObject("text").put("type", "plain_text").put("text", lang);
        HttpResponse<String> response = advisor.postSigned(SlackPayloads.viewSubmission(team, user, ChannelSettingsView.CALLBACK_ID,
                values));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private List<FakeSlackApi.Call> channelPosts() {
        return slack.calls("chat.postMessage").stream().filter(c -> c.form().getOrDefault("channel", "").startsWith("C")).toList();
    }

    private List<String> eventTypes(String channel) {
        return slack.posted(channel).stream().map(p -> {
            try {
                return MAPPER.readTree(p.metadata()).path("event_type").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A button's action id and value, from a message's blocks. */
    private static String[] button(JsonNode message, String prefix) {
        for (JsonNode block : message.path("blocks")) {
            for (JsonNode e : block.path("elements")) {
                if (e.path("value").asText().startsWith(prefix)) {
                    return new String[] {e.path("action_id").asText(), e.path("value").asText()};
                }
            }
        }
        throw new AssertionError("no button " + prefix + " in " + message);
    }
}
