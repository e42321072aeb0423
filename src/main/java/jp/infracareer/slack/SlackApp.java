package jp.infracareer.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.config.Config;

/** Builds the Bolt app: configuration, then each feature's {@code register(App)}. Starting is the server's job. */
public final class SlackApp {
    /** Every slash command the app handles; manifest.yml must list exactly these (a test checks). */
    public static final java.util.List<String> COMMANDS = java.util.List.of(CareerCommand.COMMAND);

    private SlackApp() {}

    public static App create(Config config, Advisor advisor) {
        config.requireSlack();
        SlackConfig slackConfig = new SlackConfig();
        config.slackApiUrl().ifPresent(url -> slackConfig.setMethodsEndpointUrlPrefix(url.toString()));
        // Slack gives us 3 s to ack; Web API calls happen after the ack, and must not hang a worker forever.
        slackConfig.setHttpClientCallTimeoutMillis(10_000);
        slackConfig.setHttpClientReadTimeoutMillis(10_000);
        slackConfig.setPrettyResponseLoggingEnabled(false);
        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(config.botToken().orElseThrow())
                .signingSecret(config.signingSecret().orElseThrow())
                .slack(Slack.getInstance(slackConfig))
                .build();
        App app = new App(appConfig);
        CareerCommand.register(app, advisor);
        TopicButtons.register(app, advisor);
        return app;
    }
}
