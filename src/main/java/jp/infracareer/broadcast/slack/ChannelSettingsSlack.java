package jp.infracareer.broadcast.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.infracareer.broadcast.ChannelSettings;
import jp.infracareer.broadcast.ChannelSettingsStore;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.SlackIds;
import jp.infracareer.slack.SlackKit;
import jp.infracareer.state.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A distributed app's advisor-channel settings, set in Slack by the workspace's installer or its advisors:
 * the Home tab section only they see, the modal its button opens, and the submission that saves them. Who may
 * is checked on the server at every step (the button and the submission), never only by hiding the button.
 */
public final class ChannelSettingsSlack {
    private static final Logger log = LoggerFactory.getLogger(ChannelSettingsSlack.class);

    private final ChannelSettingsStore store;
    private final BiFunction<String, String, Optional<String>> installerOf;
    private final Function<UserKey, Catalog> catalogOf;

    /** @param installerOf who installed the app in a workspace, by enterprise id (or null) and team id */
    public ChannelSettingsSlack(ChannelSettingsStore store, BiFunction<String, String, Optional<String>> installerOf,
            Function<UserKey, Catalog> catalogOf) {
        this.store = store;
        this.installerOf = installerOf;
        this.catalogOf = catalogOf;
    }

    /** The Home tab section for {@code user}: the settings and their button, or nothing if they may not change them. */
    public List<LayoutBlock> homeSection(UserKey user, Catalog catalog) {
        try {
            if (!mayEdit(null, user.teamId(), user.userId())) {
                return List.of();
            }
            return ChannelSettingsView.homeSection(catalog, store.find(user.teamId()).map(ChannelSettingsStore.Stored::settings));
        } catch (StoreUnavailableException e) {
            return List.of(); // the rest of Home still shows
        }
    }

    /** The installer of the workspace, or one of its advisors. */
    boolean mayEdit(String enterpriseId, String teamId, String userId) {
        if (teamId == null || userId == null) {
            return false;
        }
        return installerOf.apply(enterpriseId, teamId).filter(userId::equals).isPresent()
                || store.find(teamId).filter(s -> s.settings().advisorIds().contains(userId)).isPresent();
    }

    /** The button and the modal's submission; {@code refreshHome} publishes a user's Home tab again. */
    public void register(App app, SlackKit kit, BiConsumer<MethodsClient, UserKey> refreshHome) {
        app.blockAction(ActionIds.pattern(ChannelSettingsView.ROUTE), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String enterprise = p.getEnterprise() == null ? null : p.getEnterprise().getId();
            UserKey user = SlackIds.user(p.getTeam() == null ? null : p.getTeam().getId(), enterprise,
                    p.getUser() == null ? null : p.getUser().getId());
            String triggerId = p.getTriggerId();
            MethodsClient client = ctx.client();
            if (!kit.work().submit(user, () -> open(kit, client, enterprise, user, triggerId))) {
                return SlackKit.refused();
            }
            return ctx.ack();
        });
        app.viewSubmission(ChannelSettingsView.CALLBACK_ID, (req, ctx) -> {
            ViewSubmissionPayload p = req.getPayload();
            String enterprise = p.getEnterprise() == null ? null : p.getEnterprise().getId();
            String team = p.getTeam() == null ? null : p.getTeam().getId();
            UserKey user = SlackIds.user(team, enterprise, p.getUser() == null ? null : p.getUser().getId());
            Catalog catalog = catalogOf.apply(user);
            try {
                if (!mayEdit(enterprise, team, user.userId())) {
                    log.info("refused advisor-channel settings from someone who may not change them");
                    return ctx.ackWithErrors(Map.of(ChannelSettingsView.CHANNEL_BLOCK, catalog.ui().text("channel_settings.not_allowed")));
                }
                Optional<ChannelSettings> settings = read(p.getView().getState());
                if (settings.isEmpty()) {
                    return ctx.ackWithErrors(Map.of(ChannelSettingsView.CHANNEL_BLOCK, catalog.ui().text("channel_settings.error_channel")));
                }
                store.save(enterprise, team, settings.get());
            } catch (StoreUnavailableException e) {
                return ctx.ackWithErrors(Map.of(ChannelSettingsView.CHANNEL_BLOCK, catalog.ui().text("error.store_unavailable")));
            }
            log.info("a workspace's advisor-channel settings were saved");
            MethodsClient client = ctx.client();
            kit.work().submit(user, () -> refreshHome.accept(client, user));
            return ctx.ack();
        });
    }

    private void open(SlackKit kit, MethodsClient client, String enterprise, UserKey user, String triggerId) {
        if (!mayEdit(enterprise, user.teamId(), user.userId())) {
            log.info("refused to open the advisor-channel settings for someone who may not change them");
            return;
        }
        Catalog catalog = catalogOf.apply(user);
        var current = store.find(user.teamId()).map(ChannelSettingsStore.Stored::settings);
        kit.outbox().call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId)
                .view(ChannelSettingsView.modal(catalog, current))));
    }

    /** The submitted settings, or empty when no valid channel was chosen. */
    static Optional<ChannelSettings> read(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of() : state.getValues();
        ViewState.Value channel = value(values, ChannelSettingsView.CHANNEL_BLOCK, ChannelSettingsView.CHANNEL_ACTION);
        ViewState.Value advisors = value(values, ChannelSettingsView.ADVISORS_BLOCK, ChannelSettingsView.ADVISORS_ACTION);
        ViewState.Value lang = value(values, ChannelSettingsView.LANG_BLOCK, ChannelSettingsView.LANG_ACTION);
        String channelId = channel == null ? null : channel.getSelectedConversation();
        if (!ChannelSettings.validChannel(channelId)) {
            return Optional.empty();
        }
        List<String> users = advisors == null || advisors.getSelectedUsers() == null ? List.of() : advisors.getSelectedUsers();
        Set<String> advisorIds = Set.copyOf(users.stream().filter(ChannelSettings::validUser)
                .limit(ChannelSettings.MAX_ADVISORS).toList());
        Lang language = lang == null || lang.getSelectedOption() == null ? Lang.JA
                : Lang.parse(lang.getSelectedOption().getValue()).orElse(Lang.JA);
        return Optional.of(new ChannelSettings(channelId, advisorIds, language));
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        Map<String, ViewState.Value> inBlock = values.get(block);
        return inBlock == null ? null : inBlock.get(action);
    }
}
