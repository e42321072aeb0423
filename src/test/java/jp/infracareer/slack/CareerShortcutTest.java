package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.infracareer.advisor.slack.CareerCommand;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A /career topic is acked by the guard's shortcut, without Bolt's request handling, once Bolt has let a
 * /career through: the same body Bolt's listener gives, the user's language, progress recorded, a quiz in
 * progress offered to resume; every other text goes to Bolt; and nothing is served before the signature check.
 */
class CareerShortcutTest {
    private RunningAdvisor advisor;
    private CareerCommand.SlackRequestShortcut shortcut;

    @BeforeEach
    void start() throws Exception {
        advisor = RunningAdvisor.start();
        shortcut = advisor.server().careerShortcut().orElseThrow();
    }

    @AfterEach
    void stop() {
        advisor.close();
    }

    private String form(String user, String text) {
        return SlashForm.of(user, text, advisor.slack().responseUrl("cmd-" + user));
    }

    private String viaShortcut(String user, String text) {
        byte[] ack = shortcut.ack(form(user, text));
        return ack == null ? null : new String(ack, StandardCharsets.UTF_8);
    }

    private int topicsViewed(String user) {
        return advisor.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, user)).progress().topicsViewed();
    }

    @Test
    void nothingIsServedBeforeBoltHasLetACommandThrough() throws Exception {
        assertThat(viaShortcut("U1", "compare infra server")).isNull();
        assertThat(topicsViewed("U1")).isZero();
    }

    @Test
    void aTopicAckIsTheOneBoltsListenerGivesAndProgressIsRecordedEachTime() throws Exception {
        // the first /career goes through Bolt (nothing has vouched for the shortcut yet)
        HttpResponse<String> viaBolt = advisor.postSigned(form("U1", "compare infra server"));
        assertThat(viaBolt.statusCode()).isEqualTo(200);

        String direct = viaShortcut("U1", "compare infra server");
        HttpResponse<String> viaGuard = advisor.postSigned(form("U1", "compare infra server"));

        assertThat(direct).isEqualTo(viaBolt.body());
        assertThat(viaGuard.body()).isEqualTo(viaBolt.body());
        assertThat(viaGuard.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json")
                .containsIgnoringCase("charset=utf-8");
        assertThat(topicsViewed("U1")).isEqualTo(3);
    }

    @Test
    void theUsersLanguageAndAQuizInProgressAreHonoured() throws Exception {
        assertThat(advisor.postSigned(form("U2", "lang en")).statusCode()).isEqualTo(200); // not a topic: Bolt
        assertThat(advisor.postSigned(form("U3", "fit")).statusCode()).isEqualTo(200); // starts the quiz: Bolt

        String english = viaShortcut("U2", "compare infra server");
        String japanese = viaShortcut("U4", "compare infra server");
        String midQuiz = viaShortcut("U3", "compare infra server");

        assertThat(english).contains("Infrastructure").doesNotContain("インフラエンジニア");
        assertThat(japanese).contains("インフラエンジニア");
        assertThat(midQuiz).contains("診断のつづきに戻る");
        assertThat(japanese).doesNotContain("診断のつづきに戻る");
    }

    @Test
    void everythingButATopicGoesToBolt() throws Exception {
        assertThat(advisor.postSigned(form("U5", "help")).statusCode()).isEqualTo(200);

        assertThat(viaShortcut("U5", "interview")).isNull();
        assertThat(viaShortcut("U5", "lang en")).isNull();
        assertThat(viaShortcut("U5", "forget")).isNull();
        assertThat(viaShortcut("U5", "jobpost インフラエンジニア募集 Linux 経験")).isNull();
        assertThat(shortcut.ack(form("U5", "help").replace("command=%2Fcareer", "command=%2Fother"))).isNull();
        assertThat(shortcut.ack("ssl_check=1&token=x&command=%2Fcareer&text=help")).isNull();
        assertThat(advisor.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "U5")).interview()).isEmpty();
        assertThat(advisor.advisor().store().get(new UserKey(FakeSlackApi.TEAM_ID, "U5")).lang()).isEmpty();
    }

    /** The shortcut decodes only the fields it reads, and still leaves a body with any badly escaped field to Bolt. */
    @Test
    void theFieldsItReadsAreDecodedAndABadlyEscapedFieldItDoesNotReadStillGoesToBolt() throws Exception {
        assertThat(advisor.postSigned(form("U8", "help")).statusCode()).isEqualTo(200);
        String good = form("U8", "監視ってどんな仕事？");
        assertThat(viaShortcut("U8", "監視ってどんな仕事？")).contains("監視");
        // a field name escaped is read as its name
        assertThat(new String(shortcut.ack(good.replace("&text=", "&te%78t=")), StandardCharsets.UTF_8)).contains("監視");

        assertThat(shortcut.ack(good.replace("response_url=", "response_url=%zz"))).isNull();
        assertThat(shortcut.ack(good.replace("trigger_id=1337", "trigger_id=%4"))).isNull();
        assertThat(shortcut.ack(good + "&channel_name=general%")).isNull();
        assertThat(shortcut.ack(good.replace("&text=", "&text=%G0"))).isNull();
    }

    @Test
    void aBadSignatureIsRefusedBeforeTheShortcutRecordsAnything() throws Exception {
        assertThat(advisor.postSigned(form("U6", "help")).statusCode()).isEqualTo(200);
        int before = topicsViewed("U6");

        HttpResponse<String> forged = advisor.post(form("U6", "compare infra server"), "application/x-www-form-urlencoded",
                Map.of("X-Slack-Request-Timestamp", String.valueOf(System.currentTimeMillis() / 1000),
                        "X-Slack-Signature", "v0=" + "0".repeat(64)));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain("blocks");
        assertThat(topicsViewed("U6")).isEqualTo(before);
    }

    /** A /career form body as Slack sends it. */
    private static final class SlashForm {
        static String of(String user, String text, String responseUrl) {
            return SlackPayloads.slashCommand("/career", text, user, responseUrl);
        }
    }

    @Test
    void anUninstallTurnsTheShortcutOffAtOnce() throws Exception {
        assertThat(advisor.postSigned(form("U7", "compare infra server")).statusCode()).isEqualTo(200);
        assertThat(viaShortcut("U7", "compare infra server")).isNotNull();

        var uninstalled = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                .put("type", "app_uninstalled").put("event_ts", "1700000000.000100");
        assertThat(advisor.postEvent(jp.infracareer.testing.SlackPayloads.eventCallback("Ev-uninstall-shortcut", uninstalled),
                java.util.Map.of()).statusCode()).isEqualTo(200);

        // Bolt still vouched for a /career seconds ago, but the app is gone from the workspace
        assertThat(viaShortcut("U7", "compare infra server")).isNull();
    }
}
