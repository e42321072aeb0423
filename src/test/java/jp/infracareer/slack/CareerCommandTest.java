package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /career} over real, signed HTTP against the real server and a fake Slack Web API. */
class CareerCommandTest {
    @RegisterExtension
    static final RunningAdvisor advisor = RunningAdvisor.perClass();

    @ParameterizedTest(name = "/career {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            help                          | help
            ヘルプ                          | help
            ''                            | help
            roles                         | roles
            職種                            | roles
            role network                  | role/network
            職種 ネットワーク                    | role/network
            role sre                      | role/devops
            compare                       | compare/infra/server
            比較                            | compare/infra/server
            compare インフラ サーバー            | compare/infra/server
            比較 サーバー インフラ                 | compare/server/infra
            compare cloud network         | compare/cloud/network
            stages                        | stages
            工程                            | stages
            stage monitoring              | stage/monitoring
            工程 要件定義                       | stage/requirements
            day                           | day
            一日                            | day
            監視ってどんな仕事？                    | stage/monitoring
            インフラエンジニアとサーバーエンジニアの違いは？     | compare/infra/server
            what does a network engineer do | role/network
            今日の天気は？                       | fallback
            未経験だと1年目の年収ってどれくらい？        | guide/salary
            35歳からでも間に合いますか？              | guide/age
            監視って夜勤もあるの？                   | guide/night-shift
            which certification should I take first | guide/certifications
            guide ses more                | guide/ses
            今日のヒントください                    | tip
            ありがとうございました！                 | thanks
            どの職種が自分に合うか診断してほしい           | fit
            """)
    void everySubcommandAndFreeTextAnswersItsTopicWithinSlackLimits(String text, String topic) throws Exception {
        JsonNode reply = advisor.career("U100", text);

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo(topic);
        assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(reply.path("text").asText()).isNotBlank();
        assertThat(BlockKitLimits.violations(reply.path("blocks"), BlockLimits.MESSAGE_BLOCKS)).isEmpty();
    }

    @Test
    void compareInfraServerShowsTheFiveAxesSideBySide() throws Exception {
        JsonNode reply = advisor.career("U101", "compare インフラ サーバー");

        List<JsonNode> sideBySide = sections(reply).stream().filter(b -> b.path("fields").size() == 2).toList();
        assertThat(sideBySide).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sideBySide.get(0).path("text").path("text").asText()).contains("業務範囲の広さ");
        assertThat(sideBySide.get(0).path("fields").path(0).path("text").asText()).startsWith("*インフラ*");
        assertThat(sideBySide.get(0).path("fields").path(1).path("text").asText()).startsWith("*サーバー*");
        assertThat(buttonValues(reply)).contains("role infra", "role server");
    }

    @Test
    void languagePreferenceIsStoredPerUserAndUsedForLaterReplies() throws Exception {
        JsonNode switched = advisor.career("U102", "lang en");
        assertThat(RunningAdvisor.topicOf(switched)).isEqualTo("help");
        assertThat(switched.toString()).contains("Replies are now in English");

        JsonNode later = advisor.career("U102", "stages");
        assertThat(later.path("blocks").path(0).path("text").path("text").asText())
                .isEqualTo("The stages of infrastructure work (upstream and downstream)");

        JsonNode otherUser = advisor.career("U103", "stages");
        assertThat(otherUser.path("blocks").path(0).path("text").path("text").asText()).contains("工程");

        JsonNode back = advisor.career("U102", "言語 ja");
        assertThat(back.toString()).contains("日本語にしました");
    }

    @Test
    void englishQuestionIsAnsweredInEnglishWithoutAPreference() throws Exception {
        JsonNode reply = advisor.career("U104", "what does a cloud engineer do");

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("role/cloud");
        assertThat(reply.path("blocks").path(0).path("text").path("text").asText()).isEqualToIgnoringCase("Cloud engineer");
    }

    @Test
    void unknownRoleIsAnsweredWithTheListAndTheUsersWordsEscaped() throws Exception {
        JsonNode reply = advisor.career("U105", SlackPayloads.asSlackSends("role <!channel> <@U999>"));

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("roles");
        String all = reply.path("blocks").toString();
        assertThat(all).contains("&lt;!channel&gt;").doesNotContain("<!channel>").doesNotContain("<@U999>");
    }

    @Test
    void realMentionsSlackSendsAreShownAsPlainNamesNeverAsLiveMentions() throws Exception {
        JsonNode reply = advisor.career("U108", "role <!here> <@U999|taro> <#C1|general>");

        String all = reply.path("blocks").toString();
        assertThat(all).contains("@here").contains("@taro").doesNotContain("<!here>").doesNotContain("<@U999");
    }

    @Test
    void anEverydayFirstWordWithMoreWordsIsAQuestionNotASubcommand() throws Exception {
        assertThat(RunningAdvisor.topicOf(advisor.career("U109", "help me compare cloud and network"))).isEqualTo("compare/cloud/network");
        assertThat(RunningAdvisor.topicOf(advisor.career("U109", "day shift or night shift?"))).isNotEqualTo("day");
    }

    // a reviewer: a not-covered reply has the fallback's topic, and Slack's rendered replies are kept by language and
    // topic, so the weather question after a visa question got the visa text
    @Test
    void aQuestionOutsideTheGuideAndAnotherMisunderstoodOneGetTheirOwnReplies() throws Exception {
        // both in Japanese, and the plain fallback one with no nearest topic: the reply kept by language and topic
        JsonNode gibberish = advisor.career("U110", "asdfghjkl");
        JsonNode visa = advisor.career("U110", "永住権ってどうやって取ればいいですか？");
        JsonNode again = advisor.career("U110", "asdfghjkl");
        assertThat(RunningAdvisor.topicOf(visa)).isEqualTo("fallback");
        assertThat(visa.toString()).contains("出入国在留管理庁");
        assertThat(RunningAdvisor.topicOf(gibberish)).isEqualTo("fallback");
        assertThat(gibberish.toString()).doesNotContain("出入国在留管理庁");
        assertThat(again.toString()).doesNotContain("出入国在留管理庁");
    }

    // two terms asked one after the other get their own definitions (a reply is kept by language and topic)
    @Test
    void aWhatIsQuestionGetsTheTermsDefinitionOverSlack() throws Exception {
        JsonNode zabbix = advisor.career("U111", "Zabbixって何？");
        JsonNode vlan = advisor.career("U111", "VLANとは？");
        assertThat(RunningAdvisor.topicOf(zabbix)).isEqualTo("glossary/zabbix");
        assertThat(zabbix.toString()).contains("Zabbix");
        assertThat(RunningAdvisor.topicOf(vlan)).isEqualTo("glossary/vlan");
        assertThat(vlan.toString()).doesNotContain("Zabbix");
    }

    @Test
    void comparingARoleWithItselfAsksForTwoDifferentRoles() throws Exception {
        JsonNode reply = advisor.career("U106", "compare cloud クラウド");

        assertThat(RunningAdvisor.topicOf(reply)).isEqualTo("roles");
        assertThat(reply.toString()).contains("ちがう職種を2つ");
    }

    @Test
    void healthzAnswersOk() throws Exception {
        var response = advisor.get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ok");
    }

    @Test
    void slashCommandRepliesWithoutCallingTheWebApiBeyondAuthTest() throws Exception {
        advisor.career("U107", "day");

        assertThat(advisor.slack().methods()).doesNotContain("chat.postMessage", "chat.postEphemeral");
    }

    static List<JsonNode> sections(JsonNode reply) {
        List<JsonNode> out = new java.util.ArrayList<>();
        reply.path("blocks").forEach(b -> {
            if ("section".equals(b.path("type").asText())) {
                out.add(b);
            }
        });
        return out;
    }

    static List<String> buttonValues(JsonNode reply) {
        List<String> values = new java.util.ArrayList<>();
        reply.path("blocks").forEach(b -> b.path("elements").forEach(e -> {
            if (e.has("value")) {
                values.add(e.path("value").asText());
            }
        }));
        return values;
    }
}
