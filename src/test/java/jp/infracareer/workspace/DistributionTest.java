package jp.infracareer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jp.infracareer.install.InstallPages;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app installed in two workspaces through "Add to Slack", against the fake Slack API: the OAuth dance as
 * a browser does it, each workspace answered with its own token, uninstalling one deleting only its data,
 * and forged or replayed install links refused.
 */
class DistributionTest {
    @TempDir
    Path data;

    private RunningAdvisor advisor;

    @BeforeEach
    void start() throws Exception {
        advisor = RunningAdvisor.start(RunningAdvisor.distributed(data));
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    @Test
    void twoWorkspacesInstallAndEachIsAnsweredWithItsOwnToken() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        advisor.slack().workspaces().approve("code-two", "T0TWO", "UINSTALL2");

        assertThat(install("code-one").headers().firstValue("Location")).hasValue(InstallPages.DONE_PATH);
        assertThat(install("code-two").headers().firstValue("Location")).hasValue(InstallPages.DONE_PATH);

        String one = advisor.slack().workspaces().tokenOf("T0ONE");
        String two = advisor.slack().workspaces().tokenOf("T0TWO");
        dm("T0ONE", "UAAA0001", "インフラエンジニアとサーバーエンジニアの違いは？");
        dm("T0TWO", "UBBB0001", "監視ってどんな仕事？");
        FakeSlackApi.Call toOne = advisor.slack().await("chat.postMessage", c -> "DUAAA0001".equals(c.form().get("channel")),
                Duration.ofSeconds(30));
        FakeSlackApi.Call toTwo = advisor.slack().await("chat.postMessage", c -> "DUBBB0001".equals(c.form().get("channel")),
                Duration.ofSeconds(30));
        assertThat(toOne.token()).isEqualTo(one);
        assertThat(toTwo.token()).isEqualTo(two).isNotEqualTo(one);

        // a slash command from each is acked with an answer
        assertThat(advisor.career("T0ONE", "UAAA0001", "help").statusCode()).isEqualTo(200);
        assertThat(advisor.career("T0TWO", "UBBB0001", "help").body()).contains("blocks");
    }

    @Test
    void theInstallPageLeadsToBoltsStartAndTheFlowEndsOnOurPages() throws Exception {
        HttpResponse<String> page = advisor.get(InstallPages.INSTALL_PATH, Map.of("Accept-Language", "en-US,en;q=0.9"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(page.body()).contains("href=\"" + InstallPages.START_PATH + "\"");
        // the pages are not behind Slack's signature guard, and Bolt's start endpoint is not shadowed by them
        assertThat(advisor.get(InstallPages.START_PATH, Map.of()).statusCode()).isEqualTo(302);
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        String done = install("code-one").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> landed = advisor.get(done, Map.of("Accept-Language", "ja"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("/career");
        assertThat(advisor.get(InstallPages.FAILED_PATH, Map.of()).body()).contains("href=\"" + InstallPages.INSTALL_PATH);
    }

    @Test
    void aWorkspaceThatHasNotInstalledIsToldSoInBothLanguagesAndNothingElseHappens() throws Exception {
        HttpResponse<String> ack = advisor.career("T0NONE", "UCCC0001", "help");
        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlackApi.Call guide = advisor.slack().await("response_url");
        assertThat(guide.json().path("text").asText()).contains("インストール").contains("install");
        assertThat(advisor.slack().calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aCommandAnsweredForAnInstalledWorkspaceDoesNotVouchForOneThatIsNot() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        install("code-one");
        assertThat(advisor.career("T0ONE", "UAAA0001", "compare infra server").body()).contains("compare/infra/server");

        // the topic shortcut of a single workspace is not used here: Bolt looks up every request's installation
        HttpResponse<String> ack = advisor.career("T0NONE", "UCCC0001", "compare infra server");
        assertThat(ack.body()).doesNotContain("compare/infra/server");
        assertThat(advisor.slack().await("response_url").json().path("text").asText()).contains("install");
        assertThat(advisor.server().careerShortcut()).isEmpty();
    }

    @Test
    void uninstallingOneWorkspaceDeletesItsInstallationAndUsersButNotTheOthers() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        advisor.slack().workspaces().approve("code-two", "T0TWO", "UINSTALL2");
        install("code-one");
        install("code-two");
        // a user in each workspace starts a mock interview: state held for both
        assertThat(advisor.career("T0ONE", "UAAA0001", "interview").statusCode()).isEqualTo(200);
        assertThat(advisor.career("T0TWO", "UBBB0001", "interview").statusCode()).isEqualTo(200);
        awaitState(new UserKey("T0ONE", "UAAA0001"));
        awaitState(new UserKey("T0TWO", "UBBB0001"));

        advisor.slack().workspaces().revoke("T0ONE");
        ObjectNode uninstalled = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                .put("type", "app_uninstalled").put("event_ts", "1700000000.000100");
        assertThat(advisor.postEvent(SlackPayloads.eventCallback("T0ONE", "Ev-uninstall-1", uninstalled), Map.of()).statusCode())
                .isEqualTo(200);

        assertThat(advisor.advisor().store().get(new UserKey("T0ONE", "UAAA0001")).isEmpty()).isTrue();
        assertThat(advisor.advisor().store().get(new UserKey("T0TWO", "UBBB0001")).isEmpty()).isFalse();
        Installations installations = advisor.server().distribution().orElseThrow().installations();
        assertThat(installations.findBot(null, "T0ONE")).isNull();
        assertThat(installations.findBot(null, "T0TWO")).isNotNull();
        // the other workspace is still answered; the removed one is told to install again
        dm("T0TWO", "UBBB0001", "監視ってどんな仕事？");
        advisor.slack().await("chat.postMessage", c -> "DUBBB0001".equals(c.form().get("channel")), Duration.ofSeconds(30));
        advisor.career("T0ONE", "UAAA0001", "help");
        assertThat(advisor.slack().await("response_url").json().path("text").asText()).contains("install");
    }

    @Test
    void installationsSurviveARestartInTheDataDirectory() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        install("code-one");
        advisor.restart();
        dm("T0ONE", "UAAA0001", "help");
        FakeSlackApi.Call reply = advisor.slack().await("chat.postMessage", c -> "DUAAA0001".equals(c.form().get("channel")),
                Duration.ofSeconds(30));
        assertThat(reply.token()).isEqualTo(advisor.slack().workspaces().tokenOf("T0ONE"));
        // the token is kept, but only readable by the app's own user
        try (var files = java.nio.file.Files.list(data)) {
            for (Path file : files.toList()) {
                assertThat(java.nio.file.Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
        }
    }

    @Test
    void aForgedStateIsRefusedWithoutAskingSlack() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        String forged = UUID.randomUUID().toString();
        HttpResponse<String> callback = advisor.get(Distribution.REDIRECT_PATH + "?code=code-one&state=" + forged,
                Map.of("Cookie", "slack-app-oauth-state=" + forged));
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValue(InstallPages.FAILED_PATH);
        assertThat(advisor.slack().calls("oauth.v2.access")).isEmpty();
    }

    @Test
    void aStateFromAnotherBrowserIsRefused() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        String state = startInstall().state();
        // the callback arrives without the cookie of the browser that started the install (a link sent to someone)
        HttpResponse<String> callback = advisor.get(Distribution.REDIRECT_PATH + "?code=code-one&state=" + state, Map.of());
        assertThat(callback.headers().firstValue("Location")).hasValue(InstallPages.FAILED_PATH);
        assertThat(advisor.slack().calls("oauth.v2.access")).isEmpty();
    }

    @Test
    void aReplayedCallbackIsRefused() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        Started started = startInstall();
        String callback = Distribution.REDIRECT_PATH + "?code=code-one&state=" + started.state();
        Map<String, String> cookie = Map.of("Cookie", started.cookie());
        assertThat(advisor.get(callback, cookie).headers().firstValue("Location")).hasValue(InstallPages.DONE_PATH);
        assertThat(advisor.get(callback, cookie).headers().firstValue("Location")).hasValue(InstallPages.FAILED_PATH);
        assertThat(advisor.slack().calls("oauth.v2.access")).hasSize(1);
    }

    @Test
    void aRotatingTokenIsRefreshedBeforeItExpiresAndTheNewOneIsUsed() throws Exception {
        // expires in 5 minutes: inside the refresh window, so the next request refreshes it first
        advisor.slack().workspaces().approveRotating("code-one", "T0ONE", "UINSTALL1", 300);
        install("code-one");
        String first = advisor.slack().workspaces().tokenOf("T0ONE");
        dm("T0ONE", "UAAA0001", "監視ってどんな仕事？");
        FakeSlackApi.Call reply = advisor.slack().await("chat.postMessage", c -> "DUAAA0001".equals(c.form().get("channel")),
                Duration.ofSeconds(30));
        assertThat(advisor.slack().workspaces().refreshes()).isEqualTo(1);
        assertThat(reply.token()).isEqualTo(advisor.slack().workspaces().tokenOf("T0ONE")).isNotEqualTo(first);
    }

    @Test
    void aSingleWorkspaceAppThatIsUninstalledForgetsItsUsers() throws Exception {
        try (RunningAdvisor single = RunningAdvisor.start()) {
            single.career("UAAA0001", "interview");
            UserKey user = new UserKey(FakeSlackApi.TEAM_ID, "UAAA0001");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (single.advisor().store().get(user).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(single.advisor().store().get(user).isEmpty()).isFalse();
            ObjectNode uninstalled = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                    .put("type", "app_uninstalled").put("event_ts", "1700000000.000100");
            assertThat(single.postEvent(SlackPayloads.eventCallback("Ev-uninstall-single", uninstalled), Map.of()).statusCode())
                    .isEqualTo(200);
            assertThat(single.advisor().store().get(user).isEmpty()).isTrue();
        }
    }

    @Test
    void aBodySentToTheInstallEndpointsIsNeverTakenForAnEventFromSlack() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        install("code-one");
        // unsigned, to paths outside the signature guard: Bolt would read the body as an uninstall of T0ONE
        String forged = SlackPayloads.eventCallback("T0ONE", "Ev-forged-1", com.fasterxml.jackson.databind.json.JsonMapper
                .builder().build().createObjectNode().put("type", "app_uninstalled").put("event_ts", "1700000000.000100"));
        for (String path : java.util.List.of(InstallPages.START_PATH, Distribution.REDIRECT_PATH + "?code=x&state=y")) {
            for (String method : java.util.List.of("GET", "POST")) {
                var request = java.net.http.HttpRequest.newBuilder(advisor.uri(path)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(forged)).build();
                int status = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                assertThat(status).as(method + " " + path).isIn(400, 405);
            }
        }
        assertThat(advisor.server().distribution().orElseThrow().installations().findBot(null, "T0ONE")).isNotNull();
    }

    @Test
    void aMemberWhoInstallsAgainDoesNotBecomeTheOneWhoChoosesTheAdvisorChannel() throws Exception {
        advisor.slack().workspaces().approve("code-one", "T0ONE", "UINSTALL1");
        install("code-one");
        advisor.slack().workspaces().approve("code-again", "T0ONE", "UMEMBER9");
        install("code-again");
        Installations installations = advisor.server().distribution().orElseThrow().installations();
        assertThat(installations.installerOf(null, "T0ONE")).hasValue("UINSTALL1");
        // the new token is the one in use
        assertThat(installations.findBot(null, "T0ONE").getBotAccessToken())
                .isEqualTo(advisor.slack().workspaces().tokenOf("T0ONE"));
    }

    private record Started(String state, String cookie) {}

    /** A browser opens the install link: Bolt sets the state cookie and sends it to Slack's authorize page. */
    private Started startInstall() throws Exception {
        HttpResponse<String> start = advisor.get(InstallPages.START_PATH, Map.of());
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getHost()).isEqualTo("slack.com");
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : authorize.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("client_id", jp.infracareer.testing.FakeWorkspaces.CLIENT_ID);
        assertThat(query.get("scope").split(",")).containsExactlyInAnyOrderElementsOf(Distribution.BOT_SCOPES);
        String cookie = start.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).isEqualTo("slack-app-oauth-state=" + query.get("state"));
        return new Started(query.get("state"), cookie);
    }

    /** The whole dance: start, approve at Slack (the fake holds the code), come back with code and state. */
    private HttpResponse<String> install(String code) throws Exception {
        Started started = startInstall();
        HttpResponse<String> callback = advisor.get(Distribution.REDIRECT_PATH + "?code=" + code + "&state=" + started.state(),
                Map.of("Cookie", started.cookie()));
        assertThat(callback.statusCode()).isEqualTo(302);
        return callback;
    }

    private void dm(String teamId, String userId, String text) throws Exception {
        ObjectNode message = SlackPayloads.directMessage(userId, text, UUID.randomUUID().toString()).put("team", teamId);
        HttpResponse<String> ack = advisor.postEvent(SlackPayloads.eventCallback(teamId, "Ev-" + UUID.randomUUID(), message),
                Map.of());
        assertThat(ack.statusCode()).isEqualTo(200);
    }

    private void awaitState(UserKey user) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (advisor.advisor().store().get(user).isEmpty()) {
            assertThat(System.nanoTime()).as("state for a user").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
