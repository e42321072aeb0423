package jp.infracareer.wiring;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.slack.AssistantPane;
import jp.infracareer.advisor.slack.CareerCommand;
import jp.infracareer.advisor.slack.DirectMessages;
import jp.infracareer.advisor.slack.TopicButtons;
import jp.infracareer.broadcast.AdvisorChannelFeature;
import jp.infracareer.broadcast.AdvisorChannels;
import jp.infracareer.broadcast.ChannelSettingsStore;
import jp.infracareer.broadcast.WorkspaceChannels;
import jp.infracareer.broadcast.slack.AdvisorChannelSlack;
import jp.infracareer.broadcast.slack.ChannelSettingsSlack;
import jp.infracareer.config.Config;
import jp.infracareer.content.Catalog;
import jp.infracareer.home.HomeTab;
import jp.infracareer.jobpost.slack.JobPostShortcut;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.server.Background;
import jp.infracareer.slack.MessageRoutes;
import jp.infracareer.slack.OverloadGate;
import jp.infracareer.slack.Outbox;
import jp.infracareer.slack.SlackKit;
import jp.infracareer.slack.Work;
import com.slack.api.token_rotation.TokenRotator;
import jp.infracareer.install.InstallPages;
import jp.infracareer.workspace.Distribution;
import jp.infracareer.workspace.Installations;
import jp.infracareer.workspace.OAuthStates;
import jp.infracareer.workspace.TokenRefresh;

/**
 * Builds the Bolt app: configuration, the shared Slack kit, then each feature's wiring, and the reactions
 * that connect features through effects. Starting is the server's job.
 */
public final class SlackApp implements Background {
    /** Every slash command the app handles; manifest.yml must list exactly these (a test checks). */
    public static final List<String> COMMANDS = List.of(CareerCommand.COMMAND);
    /** Every shortcut callback id the app handles; manifest.yml must list exactly these. */
    public static final List<String> SHORTCUTS = List.of(JobPostShortcut.CALLBACK_ID);

    /** How often kept answer texts are checked for expiry. */
    static final java.time.Duration SWEEP_EVERY = java.time.Duration.ofMinutes(10);

    private final App app;
    private final Work work;
    private final AdvisorChannels advisorChannels;
    private final Advisor advisor;
    private volatile java.util.concurrent.ScheduledExecutorService sweeper;

    private final Optional<Distribution> distribution;
    private final CareerCommand.SlackRequestShortcut careerShortcut;

    private SlackApp(App app, Work work, AdvisorChannels advisorChannels, Advisor advisor,
            Optional<Distribution> distribution, CareerCommand.SlackRequestShortcut careerShortcut,
            java.util.concurrent.atomic.AtomicBoolean shortcutRevoked) {
        this.distribution = distribution;
        this.shortcutRevoked = shortcutRevoked;
        this.careerShortcut = careerShortcut;
        this.app = app;
        this.work = work;
        this.advisorChannels = advisorChannels;
        this.advisor = advisor;
    }

    /** The single workspace's advisor channel (environment variables); empty when distributed or not set. */
    public Optional<AdvisorChannelFeature> advisorChannel() {
        return distribution.isPresent() ? Optional.empty() : advisorChannels.of(null);
    }

    /** Every workspace's advisor channel (a distributed app's are set per workspace in App Home). */
    public AdvisorChannels advisorChannels() {
        return advisorChannels;
    }

    /** Installation in many workspaces, when configured (SLACK_CLIENT_ID). */
    public Optional<Distribution> distribution() {
        return distribution;
    }

    public App app() {
        return app;
    }

    /**
     * Topic acks for /career served without Bolt's request handling, over HTTP in a single workspace; empty in
     * a distributed app, where Bolt looks up each request's installation first.
     */
    public Optional<CareerCommand.SlackRequestShortcut> careerShortcut() {
        return distribution.isPresent() ? Optional.empty()
                : Optional.of(form -> shortcutRevoked.get() ? null : careerShortcut.ack(form));
    }

    /** Set when the app is uninstalled or its tokens revoked (single workspace): the shortcut steps aside for good. */
    private final java.util.concurrent.atomic.AtomicBoolean shortcutRevoked;

    public Work work() {
        return work;
    }

    /** Background parts (the broadcast schedule) start with the server and stop with it. */
    @Override
    public void start() {
        advisorChannels.start();
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "answer-expiry");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                advisor.sweepExpiredAnswers();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SlackApp.class).warn("answer expiry sweep failed: {}", e.getClass().getSimpleName());
            }
        }, SWEEP_EVERY.toMinutes(), SWEEP_EVERY.toMinutes(), java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Stops the schedule, then lets the work already acked finish. */
    @Override
    public void stop(long drainMillis) {
        advisorChannels.stop();
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        work.drain(drainMillis);
    }

    public static SlackApp create(Config config, Advisor advisor, StateBackend backend, Metrics metrics, Clock clock,
            Outbox.Sleeper sleeper) {
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
                // null under Socket Mode, where Bolt does not verify signatures (nothing comes over HTTP)
                .signingSecret(config.signingSecret().orElse(null))
                .slack(slack)
                .build();
        // one Records for installations and settings: a second one over the same files would race the first
        jp.infracareer.state.Records records = config.distributed() ? backend.records(config.dataDir()) : null;
        Optional<Distribution> distribution = config.distributed()
                ? Optional.of(distribution(config, slack, backend, advisor, clock, records)) : Optional.empty();
        if (distribution.isPresent()) {
            Config.OAuth oauth = config.oauth().orElseThrow();
            distribution.get().configure(appConfig, oauth.clientId(), oauth.clientSecret(), oauth.redirectUri());
        } else {
            appConfig.setSingleTeamBotToken(config.botToken().orElseThrow());
        }
        // edited, deleted and bot messages carry a subtype: ack them (no 404, so no retries) and do nothing
        appConfig.setSubtypedMessageEventsAutoAckEnabled(true);
        // SlackRequestGuard has already verified the signature of every request that reaches Bolt over HTTP
        // (in constant time, with a stricter timestamp window); checking the same HMAC twice costs every ack
        appConfig.setRequestVerificationEnabled(false);
        App app = new App(appConfig);
        java.util.concurrent.atomic.AtomicBoolean shortcutRevoked = new java.util.concurrent.atomic.AtomicBoolean();
        if (distribution.isPresent()) {
            distribution.get().install(app);
        } else {
            Distribution.onRemoval(app, (enterprise, team) -> {
                // the app is gone from its one workspace: no more answers without Bolt's checks
                shortcutRevoked.set(true);
                if (team != null) {
                    advisor.store().forgetTeam(team);
                }
            });
        }

        Outbox outbox = new Outbox(metrics, sleeper);
        Work work = new Work(config.workQueueLimit(), backend.userLock());
        Function<UserKey, Catalog> catalogOf = user -> advisor.knowledge().catalog(advisor.languageOf(user));
        AdvisorChannelFeature.Parts parts = new AdvisorChannelFeature.Parts(advisor::knowledge, advisor.store(),
                user -> advisor.store().get(user).lang(), advisor::languageOf, outbox, metrics, clock, sleeper,
                backend.coordination(clock));
        AdvisorChannels advisorChannels;
        Optional<ChannelSettingsSlack> settingsSlack;
        if (distribution.isPresent()) {
            // each workspace sets up its own channel in App Home; environment variables are the single workspace's
            Installations installations = distribution.get().installations();
            ChannelSettingsStore settings = new ChannelSettingsStore(records, Installations::group);
            advisorChannels = new WorkspaceChannels(settings, config.broadcasts(), parts,
                    stored -> botClient(slack, installations, stored));
            settingsSlack = Optional.of(new ChannelSettingsSlack(settings, installations::installerOf, catalogOf));
            if (config.broadcasts().enabled()) {
                org.slf4j.LoggerFactory.getLogger(SlackApp.class).info(
                        "ADVISOR_CHANNEL_ID is ignored in a distributed app: each workspace sets its channel in App Home");
            }
        } else {
            advisorChannels = AdvisorChannels.single(AdvisorChannelFeature.create(config, parts,
                    slack.methods(config.botToken().orElseThrow())));
            settingsSlack = Optional.empty();
        }
        advisor.useShareHook(advisorChannels);
        HomeTab home = new HomeTab(advisor.store(), catalogOf, outbox,
                settingsSlack.<jp.infracareer.home.HomeSection>map(s -> s::homeSection).orElse(jp.infracareer.home.HomeSection.NONE));
        MessageRoutes messages = new MessageRoutes();
        SlackKit kit = new SlackKit(outbox, work, backend.events(), messages, metrics,
                new FeatureReactions(home, advisorChannels, catalogOf));

        OverloadGate.register(app, work);
        AssistantPane.register(app, advisor, kit);
        if (distribution.isPresent() || advisorChannels.of(null).isPresent()) {
            AdvisorChannelSlack.register(app, advisorChannels, kit, catalogOf);
        }
        settingsSlack.ifPresent(s -> s.register(app, kit, home::publish));
        messages.add(new DirectMessages(advisor, kit));
        messages.register(app);
        CareerCommand.SlackRequestShortcut careerShortcut = CareerCommand.register(app, advisor, kit);
        TopicButtons.register(app, advisor, kit);
        JobPostShortcut.register(app, advisor::readJobPosting, kit);
        home.register(app, work);
        return new SlackApp(app, work, advisorChannels, advisor, distribution, careerShortcut, shortcutRevoked);
    }

    /**
     * A client with the workspace's bot token as it is now (refreshed first when about to expire); made for one
     * call and dropped, so a rotated token is never used after its time. Throws when the app was removed.
     */
    private static com.slack.api.methods.MethodsClient botClient(Slack slack, Installations installations,
            ChannelSettingsStore.Stored stored) {
        var bot = installations.findBot(stored.enterpriseId(), stored.teamId());
        if (bot == null || bot.getBotAccessToken() == null) {
            throw new IllegalStateException("the app is not installed in this workspace");
        }
        return slack.methods(bot.getBotAccessToken());
    }

    private static Distribution distribution(Config config, Slack slack, StateBackend backend, Advisor advisor, Clock clock,
            jp.infracareer.state.Records records) {
        Config.OAuth oauth = config.oauth().orElseThrow();
        TokenRotator rotator = new TokenRotator(slack.methods(), TokenRefresh.AHEAD.toMillis(), oauth.clientId(),
                oauth.clientSecret());
        // read when first needed: the knowledge base is still loading while the server starts
        java.util.function.Supplier<String> notInstalled = () -> advisor.knowledge().catalog(jp.infracareer.kernel.Lang.JA)
                .ui().text("error.not_installed") + "\n"
                + advisor.knowledge().catalog(jp.infracareer.kernel.Lang.EN).ui().text("error.not_installed");
        Installations installations = new Installations(records,
                new TokenRefresh(rotator, backend.coordination(clock).lease()), notInstalled);
        return new Distribution(installations, new OAuthStates(backend.installStates(OAuthStates.TTL)), advisor.store(),
                new Distribution.Pages(InstallPages.START_PATH, InstallPages.DONE_PATH, InstallPages.FAILED_PATH));
    }
}
