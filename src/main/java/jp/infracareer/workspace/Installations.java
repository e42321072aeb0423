package jp.infracareer.workspace;

import com.google.gson.Gson;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.util.json.GsonFactory;
import java.util.Optional;
import jp.infracareer.state.Records;

/**
 * Where each workspace's installation lives (its bot token above all), for Bolt's OAuth flow and its
 * per-request authorization. One group of {@link Records} per workspace: the bot, and who installed it.
 * Installer records keep no tokens (the app asks for no user scopes, and the bot's token lives once, in the
 * bot record, so a refreshed token leaves no stale copy behind). Tokens about to expire are refreshed here,
 * by one replica at a time ({@link TokenRefresh}).
 */
public final class Installations implements InstallationService {
    static final String BOT = "bot";
    static final String INSTALLER = "installer:";
    /** The user id of whoever installed the app first (they may change the workspace's settings). */
    static final String INSTALLED_BY = "installed-by";

    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final Records records;
    private final TokenRefresh refresh;
    private final java.util.function.Supplier<String> notInstalled;

    /** @param notInstalled what a user of a workspace without the app is told (both languages: we know neither's) */
    public Installations(Records records, TokenRefresh refresh, java.util.function.Supplier<String> notInstalled) {
        this.records = records;
        this.refresh = refresh;
        this.notInstalled = notInstalled;
    }

    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return notInstalled.get();
    }

    /** The group of records about one workspace (or a whole Enterprise Grid org, for an org-wide install). */
    public static String group(String enterpriseId, String teamId) {
        return "ws:" + (enterpriseId == null ? "-" : enterpriseId) + ":" + (teamId == null ? "-" : teamId);
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        // only the current installation is kept: an old token has no use and is one more secret to leak
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        String group = group(installer.getEnterpriseId(), installer.getTeamId());
        saveBot(installer.toBot());
        DefaultInstaller kept = JSON.fromJson(JSON.toJson(installer), DefaultInstaller.class);
        kept.setBotAccessToken(null);
        kept.setBotRefreshToken(null);
        kept.setInstallerUserAccessToken(null);
        kept.setInstallerUserRefreshToken(null);
        if (installer.getInstallerUserId() != null) {
            records.put(group, INSTALLER + installer.getInstallerUserId(), JSON.toJson(kept));
            // the first installer keeps the role: a member who installs the app again (to add it to a channel,
            // or on purpose) must not take over who may choose where shared summaries go
            if (records.get(group, INSTALLED_BY).isEmpty()) {
                records.put(group, INSTALLED_BY, installer.getInstallerUserId());
            }
        }
    }

    @Override
    public void saveBot(Bot bot) {
        records.put(group(bot.getEnterpriseId(), bot.getTeamId()), BOT, JSON.toJson(bot));
    }

    @Override
    public void deleteBot(Bot bot) {
        records.remove(group(bot.getEnterpriseId(), bot.getTeamId()), BOT);
    }

    @Override
    public void deleteInstaller(Installer installer) {
        records.remove(group(installer.getEnterpriseId(), installer.getTeamId()), INSTALLER + installer.getInstallerUserId());
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        records.removeGroup(group(enterpriseId, teamId));
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return groupOf(enterpriseId, teamId)
                .map(group -> refresh.fresh(group, () -> readBot(group), this::saveBot))
                .orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return groupOf(enterpriseId, teamId)
                .flatMap(group -> records.get(group, INSTALLER + userId))
                .map(json -> JSON.fromJson(json, DefaultInstaller.class))
                .orElse(null);
    }

    /** Who installed the app in a workspace (they may change its settings), when known. */
    public Optional<String> installerOf(String enterpriseId, String teamId) {
        return groupOf(enterpriseId, teamId).flatMap(group -> records.get(group, INSTALLED_BY));
    }

    /** The workspace's own group, or its org's when the app was installed org-wide. */
    private Optional<String> groupOf(String enterpriseId, String teamId) {
        String own = group(enterpriseId, teamId);
        if (records.get(own, BOT).isPresent()) {
            return Optional.of(own);
        }
        if (enterpriseId != null) {
            String org = group(enterpriseId, null);
            if (records.get(org, BOT).isPresent()) {
                return Optional.of(org);
            }
        }
        return Optional.empty();
    }

    private Optional<DefaultBot> readBot(String group) {
        return records.get(group, BOT).map(json -> JSON.fromJson(json, DefaultBot.class));
    }
}
