package jp.infracareer.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.kernel.Lang;

/**
 * All settings, read once from the environment (DESIGN.md, "Configuration"). Secrets are held but never
 * printed: {@link #toString()} masks them.
 */
public record Config(
        Optional<String> botToken,
        Optional<String> signingSecret,
        int port,
        Optional<URI> slackApiUrl,
        Lang defaultLang,
        long maxUsers,
        Duration profileIdle,
        Duration interviewIdle,
        int slackTimeoutMillis,
        Optional<String> metricsToken,
        int workQueueLimit,
        Duration shutdownGrace,
        Optional<URI> redisUrl,
        Broadcasts broadcasts,
        Optional<String> appToken,
        Optional<OAuth> oauth,
        java.nio.file.Path dataDir) {

    /**
     * Installation in many workspaces ("Add to Slack"): the app's client id and secret, and the Redirect URL
     * when the app lists several (Slack uses the only one otherwise).
     */
    public record OAuth(String clientId, String clientSecret, Optional<String> redirectUri) {
        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=***, redirectUri=" + redirectUri + "]";
        }
    }

    /**
     * The advisor channel: where it is (none: broadcasts off), who the advisors are, when scheduled posts go
     * out, in which language, and whether this replica runs the schedule (only one should).
     */
    public record Broadcasts(Optional<String> channelId, java.util.Set<String> advisorIds,
            jp.infracareer.config.Schedule schedule, Lang lang, boolean scheduled) {
        public boolean enabled() {
            return channelId.isPresent();
        }
    }

    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    /** App-level token (xapp-...) with connections:write: when set, Slack is reached over Socket Mode. */
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String CLIENT_ID = "SLACK_CLIENT_ID";
    public static final String CLIENT_SECRET = "SLACK_CLIENT_SECRET";
    public static final String REDIRECT_URI = "SLACK_REDIRECT_URI";
    /** Where installations are kept when there is no Redis. */
    public static final String DATA_DIR = "DATA_DIR";
    public static final String PORT = "PORT";
    public static final String SLACK_API_URL = "SLACK_API_URL";
    public static final String DEFAULT_LOCALE = "DEFAULT_LOCALE";
    public static final String MAX_USERS = "CONVERSATION_MAX_USERS";
    public static final String PROFILE_IDLE_DAYS = "PROFILE_IDLE_DAYS";
    public static final String INTERVIEW_IDLE_MINUTES = "INTERVIEW_IDLE_MINUTES";
    public static final String SLACK_TIMEOUT_MS = "SLACK_TIMEOUT_MS";
    public static final String METRICS_TOKEN = "METRICS_TOKEN";
    public static final String WORK_QUEUE_LIMIT = "WORK_QUEUE_LIMIT";
    public static final String SHUTDOWN_GRACE_SECONDS = "SHUTDOWN_GRACE_SECONDS";
    public static final String REDIS_URL = "REDIS_URL";
    public static final String ADVISOR_CHANNEL_ID = "ADVISOR_CHANNEL_ID";
    public static final String ADVISOR_USER_IDS = "ADVISOR_USER_IDS";
    public static final String BROADCAST_SCHEDULE = "BROADCAST_SCHEDULE";
    public static final String BROADCAST_TIMEZONE = "BROADCAST_TIMEZONE";
    public static final String BROADCAST_LANG = "BROADCAST_LANG";
    public static final String BROADCASTS_SCHEDULED = "BROADCASTS_SCHEDULED";

    static final int DEFAULT_PORT = 3000;
    static final long DEFAULT_MAX_USERS = 100_000;
    static final int DEFAULT_PROFILE_IDLE_DAYS = 30;
    static final int DEFAULT_INTERVIEW_IDLE_MINUTES = 120;

    public static Config fromEnv(Map<String, String> env) {
        return new Config(
                optional(env, BOT_TOKEN).map(Config::checkBotToken),
                optional(env, SIGNING_SECRET).map(Config::checkSigningSecret),
                intValue(env, PORT, DEFAULT_PORT, 0, 65_535),
                optional(env, SLACK_API_URL).map(Config::checkApiUrl),
                optional(env, DEFAULT_LOCALE).map(v -> Lang.parse(v).orElseThrow(() -> new ConfigException(
                        DEFAULT_LOCALE + " must be ja or en (got an unsupported value)"))).orElse(Lang.JA),
                intValue(env, MAX_USERS, DEFAULT_MAX_USERS, 1, 10_000_000),
                Duration.ofDays(intValue(env, PROFILE_IDLE_DAYS, DEFAULT_PROFILE_IDLE_DAYS, 1, 3650)),
                Duration.ofMinutes(intValue(env, INTERVIEW_IDLE_MINUTES, DEFAULT_INTERVIEW_IDLE_MINUTES, 1, 7 * 24 * 60)),
                intValue(env, SLACK_TIMEOUT_MS, 10_000, 100, 60_000),
                optional(env, METRICS_TOKEN),
                intValue(env, WORK_QUEUE_LIMIT, 10_000, 1, 1_000_000),
                // fits a container's usual 30-second stop, with time left for the JVM to exit
                Duration.ofSeconds(intValue(env, SHUTDOWN_GRACE_SECONDS, 25, 1, 3_600)),
                optional(env, REDIS_URL).map(Config::checkRedisUrl),
                broadcasts(env),
                optional(env, APP_TOKEN).map(Config::checkAppToken),
                oauth(env),
                java.nio.file.Path.of(optional(env, DATA_DIR).orElse("data")));
    }

    /** Distributed: installed with OAuth in many workspaces, each with its own token (no single bot token). */
    public boolean distributed() {
        return oauth.isPresent() && botToken.isEmpty();
    }

    private static Optional<OAuth> oauth(Map<String, String> env) {
        Optional<String> id = optional(env, CLIENT_ID);
        Optional<String> secret = optional(env, CLIENT_SECRET);
        if (id.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (id.isEmpty() || secret.isEmpty()) {
            throw new ConfigException("set both " + CLIENT_ID + " and " + CLIENT_SECRET + " (Basic Information, App "
                    + "Credentials) to install the app in many workspaces, or neither");
        }
        if (!id.get().matches("[0-9]+\\.[0-9]+")) {
            throw new ConfigException(CLIENT_ID + " is malformed: copy the Client ID (digits, a dot, digits) from the "
                    + "Slack app's Basic Information page");
        }
        Optional<String> redirect = optional(env, REDIRECT_URI);
        redirect.ifPresent(uri -> {
            if (!uri.startsWith("https://") && !uri.startsWith("http://127.0.0.1") && !uri.startsWith("http://localhost")) {
                throw new ConfigException(REDIRECT_URI + " must be an https:// URL ending in /slack/oauth_redirect");
            }
        });
        return Optional.of(new OAuth(id.get(), secret.get(), redirect));
    }

    /** Socket Mode: Slack is reached over a WebSocket this app opens, not by requests to an HTTPS endpoint. */
    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** True when any Slack credential is set: the user means to run the Slack server. */
    public boolean wantsSlack() {
        return botToken.isPresent() || signingSecret.isPresent() || appToken.isPresent() || oauth.isPresent();
    }

    /**
     * Serving needs the bot token, and the signing secret over HTTP (Socket Mode needs the app token
     * instead); names the missing one otherwise.
     */
    public void requireSlack() {
        if (distributed()) {
            if (signingSecret.isEmpty()) {
                throw new ConfigException(SIGNING_SECRET + " is missing: an app installed in many workspaces is reached "
                        + "over HTTP and needs the Signing Secret from the Slack app's Basic Information page");
            }
            if (appToken.isPresent()) {
                throw new ConfigException("an app installed in many workspaces (" + CLIENT_ID + ") runs over HTTP: unset "
                        + APP_TOKEN + " (Slack does not list Socket Mode apps in its directory)");
            }
            return;
        }
        if (botToken.isEmpty()) {
            throw new ConfigException(BOT_TOKEN + " is missing: set it to the app's Bot User OAuth Token (xoxb-...) "
                    + "from the Slack app's OAuth & Permissions page (or, to install it in many workspaces, set " + CLIENT_ID
                    + " and " + CLIENT_SECRET + " instead)");
        }
        if (signingSecret.isEmpty() && appToken.isEmpty()) {
            throw new ConfigException(SIGNING_SECRET + " is missing: set it to the Signing Secret from the Slack "
                    + "app's Basic Information page (or, for Socket Mode, set " + APP_TOKEN + ")");
        }
    }

    @Override
    public String toString() {
        return "Config[botToken=" + botToken.map(t -> "***") + ", signingSecret=" + signingSecret.map(t -> "***")
                + ", appToken=" + appToken.map(t -> "***") + ", oauth=" + oauth + ", dataDir=" + dataDir
                + ", port=" + port + ", slackApiUrl=" + slackApiUrl + ", defaultLang=" + defaultLang
                + ", maxUsers=" + maxUsers + ", profileIdle=" + profileIdle + ", interviewIdle=" + interviewIdle + ", metricsToken=" + metricsToken.map(t -> "***")
                + ", workQueueLimit=" + workQueueLimit + ", shutdownGrace=" + shutdownGrace
                + ", redis=" + redisUrl.map(u -> u.getScheme() + "://" + u.getHost() + ":" + u.getPort()) + "]";
    }

    private static Broadcasts broadcasts(Map<String, String> env) {
        Optional<String> channel = optional(env, ADVISOR_CHANNEL_ID);
        channel.ifPresent(id -> {
            if (!id.matches("[CG][A-Z0-9]{6,}")) {
                throw new ConfigException(ADVISOR_CHANNEL_ID + " is malformed: use the channel's id (C0123ABCD, from the "
                        + "channel's details), not its name");
            }
        });
        java.util.Set<String> advisors = new java.util.LinkedHashSet<>();
        for (String id : optional(env, ADVISOR_USER_IDS).orElse("").split(",")) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.matches("[UW][A-Z0-9]{6,}")) {
                throw new ConfigException(ADVISOR_USER_IDS + " is malformed: list Slack member ids such as U0123ABCD, "
                        + "separated by commas");
            }
            advisors.add(trimmed);
        }
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(optional(env, BROADCAST_TIMEZONE).orElse("Asia/Tokyo"));
        } catch (java.time.DateTimeException e) {
            throw new ConfigException(BROADCAST_TIMEZONE + " is not a time zone: use a name such as Asia/Tokyo");
        }
        var schedule = jp.infracareer.config.Schedule.parse(optional(env, BROADCAST_SCHEDULE).orElse("MON-FRI 09:00"),
                zone, BROADCAST_SCHEDULE);
        Lang lang = optional(env, BROADCAST_LANG).map(v -> Lang.parse(v).orElseThrow(() -> new ConfigException(
                BROADCAST_LANG + " must be ja or en"))).orElse(Lang.JA);
        String scheduled = optional(env, BROADCASTS_SCHEDULED).orElse("true").toLowerCase(java.util.Locale.ROOT);
        if (!scheduled.equals("true") && !scheduled.equals("false")) {
            throw new ConfigException(BROADCASTS_SCHEDULED + " must be true or false");
        }
        return new Broadcasts(channel, java.util.Set.copyOf(advisors), schedule, lang, scheduled.equals("true"));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String checkBotToken(String token) {
        if (!token.startsWith("xoxb-") || token.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(BOT_TOKEN + " is malformed: it must be a bot token starting with xoxb- "
                    + "(a user token xoxp- or an app token xapp- will not work)");
        }
        return token;
    }

    private static String checkAppToken(String token) {
        if (!token.startsWith("xapp-") || token.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(APP_TOKEN + " is malformed: it must be an app-level token starting with xapp- "
                    + "(Basic Information, App-Level Tokens, with the connections:write scope)");
        }
        return token;
    }

    private static String checkSigningSecret(String secret) {
        if (secret.length() < 16 || secret.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(SIGNING_SECRET + " is malformed: copy the Signing Secret (32 characters) "
                    + "from the Slack app's Basic Information page");
        }
        return secret;
    }

    /** redis:// or rediss://, host required; a password may be in the URL (never printed). */
    private static URI checkRedisUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(REDIS_URL + " is malformed: use redis://[:password@]host:6379 or rediss://...");
        }
        if (uri.getHost() == null || !("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme()))) {
            throw new ConfigException(REDIS_URL + " is malformed: use redis://[:password@]host:6379 or rediss://...");
        }
        return uri;
    }

    private static URI checkApiUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value : value + "/");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SLACK_API_URL + " is malformed: give an absolute URL such as http://127.0.0.1:8080/api/");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new ConfigException(SLACK_API_URL + " is malformed: give an absolute http(s) URL such as http://127.0.0.1:8080/api/");
        }
        return uri;
    }

    private static int intValue(Map<String, String> env, String name, long fallback, long min, long max) {
        Optional<String> raw = optional(env, name);
        if (raw.isEmpty()) {
            return (int) fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min || value > max) {
                throw new ConfigException(name + " is out of range: use a whole number from " + min + " to " + max);
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " is malformed: use a whole number from " + min + " to " + max);
        }
    }
}
