package jp.infracareer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static final String TOKEN = "xoxb-1234-5678-abcdefgh";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Config config = Config.fromEnv(Map.of());

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.defaultLang()).isEqualTo(Lang.JA);
        assertThat(config.maxUsers()).isEqualTo(100_000);
        assertThat(config.wantsSlack()).isFalse();
    }

    @Test
    void servingWithoutTheSigningSecretNamesIt() {
        Config config = Config.fromEnv(Map.of("SLACK_BOT_TOKEN", TOKEN));

        assertThat(config.wantsSlack()).isTrue();
        assertThatThrownBy(config::requireSlack).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is missing");
    }

    @Test
    void servingWithoutTheTokenNamesIt() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_SIGNING_SECRET", SECRET)).requireSlack())
                .hasMessageStartingWith("SLACK_BOT_TOKEN is missing");
    }

    @Test
    void malformedValuesAreNamedAndSecretsAreNotEchoed() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PORT", "eighty"))).hasMessageStartingWith("PORT is malformed");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PORT", "70000"))).hasMessageStartingWith("PORT is out of range");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("DEFAULT_LOCALE", "fr"))).hasMessageStartingWith("DEFAULT_LOCALE");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_API_URL", "not a url"))).hasMessageStartingWith("SLACK_API_URL is malformed");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxp-user-token-secret")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN is malformed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("xoxp-user-token-secret"));
    }

    @Test
    void socketModeNeedsTheAppTokenAndTheBotTokenButNoSigningSecret() {
        String appToken = "xapp-1-A0123-4567-abcdef";
        Config config = Config.fromEnv(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_APP_TOKEN", appToken));

        assertThat(config.socketMode()).isTrue();
        config.requireSlack();
        assertThat(config.toString()).doesNotContain(appToken).contains("appToken=Optional[***]");
        assertThat(Config.fromEnv(Map.of("SLACK_APP_TOKEN", appToken)).wantsSlack()).isTrue();
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_APP_TOKEN", appToken)).requireSlack())
                .hasMessageStartingWith("SLACK_BOT_TOKEN is missing");
        assertThat(Config.fromEnv(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET)).socketMode()).isFalse();
    }

    @Test
    void anAppTokenThatIsNotOneIsNamedAndNotEchoed() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_APP_TOKEN", "xoxb-bot-token-in-the-wrong-place")))
                .hasMessageStartingWith("SLACK_APP_TOKEN is malformed: it must be an app-level token starting with xapp-")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("xoxb-bot-token-in-the-wrong-place"));
    }

    @Test
    void toStringMasksSecrets() {
        Config config = Config.fromEnv(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET));

        assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain(SECRET).contains("***");
    }

    @Test
    void broadcastsAreOffWithoutAChannelAndTheScheduleHasADefault() {
        Config config = Config.fromEnv(Map.of());

        assertThat(config.broadcasts().enabled()).isFalse();
        assertThat(config.broadcasts().schedule().time()).hasToString("09:00");
        assertThat(config.broadcasts().schedule().zone()).hasToString("Asia/Tokyo");
        assertThat(config.broadcasts().schedule().days()).hasSize(5);
        assertThat(config.broadcasts().scheduled()).isTrue();
    }

    @Test
    void broadcastSettingsAreReadAndMalformedOnesNamed() {
        Config config = Config.fromEnv(Map.of("ADVISOR_CHANNEL_ID", "C0ADVICE1", "ADVISOR_USER_IDS", "U0AAA111, W0BBB222",
                "BROADCAST_SCHEDULE", "mon,wed,fri 18:30", "BROADCAST_TIMEZONE", "Europe/London", "BROADCASTS_SCHEDULED", "false"));
        assertThat(config.broadcasts().advisorIds()).containsExactlyInAnyOrder("U0AAA111", "W0BBB222");
        assertThat(config.broadcasts().schedule().days()).containsExactlyInAnyOrder(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.FRIDAY);
        assertThat(config.broadcasts().scheduled()).isFalse();
        assertThat(jp.infracareer.config.Schedule.parse("SAT-MON 7:05", java.time.ZoneOffset.UTC, "X").days()).hasSize(3);

        assertThatThrownBy(() -> Config.fromEnv(Map.of("BROADCAST_SCHEDULE", "weekdays at nine")))
                .hasMessageStartingWith("BROADCAST_SCHEDULE is malformed");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BROADCAST_SCHEDULE", "MON-FRI 25:00")))
                .hasMessageStartingWith("BROADCAST_SCHEDULE has a malformed time");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BROADCAST_SCHEDULE", "MON-FUN 09:00")))
                .hasMessageStartingWith("BROADCAST_SCHEDULE names an unknown day");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BROADCAST_TIMEZONE", "Tokyo")))
                .hasMessageStartingWith("BROADCAST_TIMEZONE is not a time zone");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ADVISOR_CHANNEL_ID", "#advisors")))
                .hasMessageStartingWith("ADVISOR_CHANNEL_ID is malformed");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ADVISOR_USER_IDS", "alice,bob")))
                .hasMessageStartingWith("ADVISOR_USER_IDS is malformed");
    }

    @Test
    void apiUrlGetsATrailingSlash() {
        Config config = Config.fromEnv(Map.of("SLACK_API_URL", "http://127.0.0.1:9999/api"));

        assertThat(config.slackApiUrl()).hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("http://127.0.0.1:9999/api/"));
    }

    @Test
    void redisUrlIsCheckedAndItsPasswordNeverPrinted() {
        Config config = Config.fromEnv(Map.of("REDIS_URL", "redis://:s3cret-pass@redis.internal:6380"));
        assertThat(config.redisUrl()).map(java.net.URI::getHost).contains("redis.internal");
        assertThat(config.toString()).contains("redis.internal:6380").doesNotContain("s3cret-pass");

        assertThat(Config.fromEnv(Map.of()).redisUrl()).isEmpty();
        assertThatThrownBy(() -> Config.fromEnv(Map.of("REDIS_URL", "http://redis:6379")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REDIS_URL");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("REDIS_URL", "localhost:6379")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REDIS_URL");
    }

    @Test
    void clientIdAndSecretWithoutABotTokenMakeADistributedAppThatNeedsTheSigningSecret() {
        Map<String, String> oauth = Map.of("SLACK_CLIENT_ID", "1234567890.0987654321", "SLACK_CLIENT_SECRET", "client-secret-value");
        Config config = Config.fromEnv(oauth);
        assertThat(config.distributed()).isTrue();
        assertThat(config.wantsSlack()).isTrue();
        assertThat(config.dataDir()).isEqualTo(java.nio.file.Path.of("data"));
        assertThatThrownBy(config::requireSlack).hasMessageStartingWith("SLACK_SIGNING_SECRET is missing");
        var withSecret = new java.util.HashMap<>(oauth);
        withSecret.put("SLACK_SIGNING_SECRET", SECRET);
        Config.fromEnv(withSecret).requireSlack();
        assertThat(Config.fromEnv(withSecret).toString()).doesNotContain("client-secret-value").contains("1234567890.0987654321");
        withSecret.put("SLACK_APP_TOKEN", "xapp-1-A0-1-abc");
        assertThatThrownBy(() -> Config.fromEnv(withSecret).requireSlack()).hasMessageContaining("runs over HTTP");
        withSecret.remove("SLACK_APP_TOKEN");
        withSecret.put("SLACK_BOT_TOKEN", TOKEN);
        assertThat(Config.fromEnv(withSecret).distributed()).as("a bot token means one workspace").isFalse();
    }

    @Test
    void halfOfTheClientCredentialsOrAMalformedClientIdIsNamed() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_CLIENT_ID", "1234567890.0987654321")))
                .hasMessageContaining("SLACK_CLIENT_SECRET");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_CLIENT_ID", "abc", "SLACK_CLIENT_SECRET", "s3cret-value")))
                .hasMessageStartingWith("SLACK_CLIENT_ID is malformed").hasMessageNotContaining("s3cret-value");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "s",
                "SLACK_REDIRECT_URI", "http://example.com/slack/oauth_redirect"))).hasMessageStartingWith("SLACK_REDIRECT_URI");
    }
}
