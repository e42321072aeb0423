package jp.infracareer.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.config.Config;
import jp.infracareer.home.HomeTab;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Builds the Bolt app: configuration, then each feature's {@code register(App)}, sharing one outbound path
 * and one bounded place for work after the ack. Starting is the server's job.
 */
public final class SlackApp {
    /** Every slash command the app handles; manifest.yml must list exactly these (a test checks). */
    public static final java.util.List<String> COMMANDS = java.util.List.of(CareerCommand.COMMAND);
    /** Every shortcut callback id the app handles; manifest.yml must list exactly these. */
    public static final java.util.List<String> SHORTCUTS = java.util.List.of(JobPostShortcut.CALLBACK_ID);

    private final App app;
    private final Work work;
    private final java.util.Optional<jp.infracareer.broadcast.AdvisorChannelFeature> advisorChannel;

    private SlackApp(App app, Work work, java.util.Optional<jp.infracareer.broadcast.AdvisorChannelFeature> advisorChannel) {
        this.app = app;
        this.work = work;
        this.advisorChannel = advisorChannel;
    }

    public java.util.Optional<jp.infracareer.broadcast.AdvisorChannelFeature> advisorChannel() {
        return advisorChannel;
    }

    /** Background parts (the broadcast schedule) start with the server and stop with it. */
    public void startBackground() {
        advisorChannel.ifPresent(jp.infracareer.broadcast.AdvisorChannelFeature::start);
    }

    public void stopBackground() {
        advisorChannel.ifPresent(jp.infracareer.broadcast.AdvisorChannelFeature::stop);
    }

    public App app() {
        return app;
    }

    public Work work() {
        return work;
    }

    public static SlackApp create(Config config, Advisor advisor, jp.infracareer.metrics.Metrics metrics) {
        return create(config, advisor, metrics, java.time.Clock.systemUTC());
    }

    public static SlackApp create(Config config, Advisor advisor, jp.infracareer.metrics.Metrics metrics, java.time.Clock clock) {
        config.requireSlack();
        SlackConfig slackConfig = new SlackConfig();
        config.slackApiUrl().ifPresent(url -> slackConfig.setMethodsEndpointUrlPrefix(url.toString()));
        // Slack gives us 3 s to ack; Web API calls happen after the ack, and must not hang a worker forever.
        slackConfig.setHttpClientCallTimeoutMillis(config.slackTimeoutMillis());
        slackConfig.setHttpClientReadTimeoutMillis(config.slackTimeoutMillis());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        // the SDK's own per-call statistics cost CPU on every call; /metrics counts what we need
        slackConfig.setStatsEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(config.botToken().orElseThrow())
                .signingSecret(config.signingSecret().orElseThrow())
                .slack(slack)
                .build();
        // edited, deleted and bot messages carry a subtype: ack them (no 404, so no retries) and do nothing
        appConfig.setSubtypedMessageEventsAutoAckEnabled(true);
        App app = new App(appConfig);
        Outbox outbox = new Outbox(metrics, Thread::sleep);
        Work work = new Work(16, 2_000);
        var advisorChannel = jp.infracareer.broadcast.AdvisorChannelFeature.create(config, advisor,
                slack.methods(config.botToken().orElseThrow()), outbox, metrics, clock);
        HomeTab home = new HomeTab(advisor, outbox, advisorChannel.map(f -> f.channel()));
        EventDeduplicator dedup = new EventDeduplicator(100_000, Ticker.systemTicker());
        CareerCommand.register(app, advisor, home, outbox, work, advisorChannel.map(f -> f.announcements()));
        TopicButtons.register(app, advisor, home, outbox, work, metrics, advisorChannel.map(f -> f.announcements()));
        DirectMessages.register(app, advisor, dedup, home, outbox, work, advisorChannel.map(f -> f.threads()));
        JobPostShortcut.register(app, advisor, outbox, work);
        home.register(app, work);
        return new SlackApp(app, work, advisorChannel);
    }
}
