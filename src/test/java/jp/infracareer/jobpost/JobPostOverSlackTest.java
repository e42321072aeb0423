package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import jp.infracareer.slack.BlockLimits;
import jp.infracareer.jobpost.slack.JobPostShortcut;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The job-posting reader through every way in: slash command, DM, message shortcut. */
class JobPostOverSlackTest {
    static final String SERVER_POSTING = """
            【募集職種】インフラエンジニア（未経験可）
            【仕事内容】
            ・Linuxサーバー（RHEL）の構築・運用・保守
            ・Apache / Tomcat のミドルウェア設定
            ・障害発生時の一次対応とログ調査
            【必須スキル】
            ・LPIC-1 またはLinuC-1 必須
            【勤務形態】
            シフト制（夜勤あり）、客先常駐あり
            研修あり
            """;
    static final String INFRA_POSTING_EN = """
            Infrastructure Engineer
            Responsibilities:
            - Design and operate our whole infrastructure: network, servers and AWS
            - Configure Cisco switches and FortiGate firewalls, and build VPCs with Terraform
            - Take part in on-call rotation
            Requirements:
            - Experience with Linux and networking (CCNA welcome)
            """;
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

    @Test
    void slashCommandReadsAMultiLinePostingWithEvidenceFlagsAndQuestions() throws Exception {
        JsonNode reply = advisor.career("U600", "求人 " + SERVER_POSTING);

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("jobpost");
        String all = reply.toString();
        assertThat(all).contains("サーバー寄り").contains("Linuxサーバー（RHEL）の構築・運用・保守")
                .contains("仕事内容").contains("夜勤").contains("客先常駐").contains("資格が必須").contains("逆質問");
        assertThat(BlockKitLimits.violations(reply.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();
    }

    @Test
    void aMonitoringOnlyPostingAfterAnyLeadWordsIsReadAsAnOperationsJob() throws Exception {
        JsonNode reply = advisor.career("U609", "来週この会社の面接を受けるので見てほしい\n" + PostingReadingTest.OPERATIONS_JA);

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("jobpost");
        String all = reply.path("blocks").toString();
        assertThat(all).contains("運用・監視の仕事").contains("夜勤・シフト勤務があります")
                .doesNotContain("夜勤のシフトは月に何回ほど").doesNotContain("サーバーの構築・運用が仕事の中心");
        assertThat(BlockKitLimits.violations(reply.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();
    }

    @Test
    void englishPostingIsReadInEnglishAsInfrastructure() throws Exception {
        JsonNode reply = advisor.career("U601", "jobpost " + INFRA_POSTING_EN);

        assertThat(reply.path("blocks").path(0).path("text").path("text").asText()).isEqualTo("Job posting read: leans Infra");
        assertThat(reply.toString()).contains("Configure Cisco switches").contains("on-call");
    }

    @Test
    void directMessageWithAPhraseReadsThePostingAfterIt() throws Exception {
        String body = SlackPayloads.eventCallback("Ev-job-1",
                SlackPayloads.directMessage("U602", "この求人を読んで：\n" + SERVER_POSTING, "j-1"));
        assertThat(advisor.postEvent(body, Map.of()).statusCode()).isEqualTo(200);

        FakeSlackApi.Call posted = advisor.slack().await("chat.postMessage", c -> "DU602".equals(c.form().get("channel")),
                Duration.ofSeconds(5));
        assertThat(posted.blocks().path(0).path("block_id").asText()).isEqualTo("jobpost");
    }

    @Test
    void aQuestionInADirectMessageAfterThePostingIsAnsweredFromIt() throws Exception {
        assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-job-2",
                SlackPayloads.directMessage("U604", "この求人を読んで：\n" + PostingFollowUpTest.SES_POSTING_JA, "j-2")), Map.of())
                .statusCode()).isEqualTo(200);
        advisor.slack().await("chat.postMessage", c -> "DU604".equals(c.form().get("channel")), Duration.ofSeconds(5));

        assertThat(advisor.postEvent(SlackPayloads.eventCallback("Ev-job-3",
                SlackPayloads.directMessage("U604", "これってSESですか？", "j-3")), Map.of()).statusCode()).isEqualTo(200);
        FakeSlackApi.Call answer = advisor.slack().await("chat.postMessage", c -> "DU604".equals(c.form().get("channel"))
                && c.form().getOrDefault("text", "").contains("さっきの求人票について"), Duration.ofSeconds(5));
        assertThat(answer.blocks().toString()).contains("客先常駐（SES）の可能性").contains("東京都内のお客様先");
    }

    @Test
    void messageShortcutAnswersTheUserAloneThroughTheResponseUrl() throws Exception {
        var response = advisor.postSigned(SlackPayloads.messageShortcut(JobPostShortcut.CALLBACK_ID, INFRA_POSTING_EN,
                "U603", advisor.slack().responseUrl("shortcut-1")));
        assertThat(response.statusCode()).isEqualTo(200);

        JsonNode answer = advisor.slack().await("response_url", c -> c.path().endsWith("shortcut-1"), Duration.ofSeconds(5)).json();
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.path("blocks").path(0).path("block_id").asText()).isEqualTo("jobpost");
    }

    @Test
    void tooShortAndNotAPostingAreSaidPlainly() throws Exception {
        assertThat(advisor.career("U604", "求人 Linux").toString()).contains("短すぎて判断できません");
        assertThat(advisor.career("U604", "求人 今日はいい天気なので散歩に行きました。明日も晴れるといいなと思っています。")
                .toString()).contains("求人票ではないようです");
        assertThat(advisor.career("U604", "求人").toString()).contains("使い方");
    }

    @Test
    void mentionsInAPostingAreEscapedAndAHugePostingStillFits() throws Exception {
        String hostile = "【仕事内容】<!channel> Linuxサーバーの構築 <@U123> <https://evil.example|click>\n"
                + "・Apacheの設定とnginxの運用\n".repeat(400);
        JsonNode reply = advisor.career("U605", "求人 " + SlackPayloads.asSlackSends(hostile));

        String all = reply.path("blocks").toString();
        assertThat(all).doesNotContain("<!channel>").doesNotContain("<@U123>").doesNotContain("<https://evil")
                .contains("&lt;!channel&gt;");
        assertThat(BlockKitLimits.violations(reply.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();
    }
}
