package jp.infracareer.home;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.function.Function;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.slack.Outbox;
import jp.infracareer.slack.Work;
import jp.infracareer.state.ConversationStore;

/** Publishes the App Home tab when it is opened, and again whenever the composition root says it is out of date. */
public final class HomeTab {
    private final ConversationStore store;
    private final Function<UserKey, Catalog> catalogOf;
    private final Outbox outbox;
    private final HomeSection extra;

    public HomeTab(ConversationStore store, Function<UserKey, Catalog> catalogOf, Outbox outbox) {
        this(store, catalogOf, outbox, HomeSection.NONE);
    }

    /** With a section some users see at the end (settings only they may change). */
    public HomeTab(ConversationStore store, Function<UserKey, Catalog> catalogOf, Outbox outbox, HomeSection extra) {
        this.store = store;
        this.catalogOf = catalogOf;
        this.outbox = outbox;
        this.extra = extra;
    }

    public void register(App app, Work work) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) || event.getTab() == null) {
                UserKey user = new UserKey(payload.getTeamId() == null ? "-" : payload.getTeamId(), event.getUser());
                if (!work.submit(user, () -> publish(ctx.client(), user))) {
                    return jp.infracareer.slack.SlackKit.refused();
                }
            }
            return ctx.ack();
        });
    }

    /** Publishes the user's Home tab with their progress as it is now. */
    public void publish(MethodsClient client, UserKey user) {
        var progress = store.get(user).progress();
        Catalog catalog = catalogOf.apply(user);
        var more = extra.blocks(user, catalog);
        outbox.call("views.publish", () -> client.viewsPublish(r -> r.userId(user.userId())
                .view(HomeView.build(catalog, progress, more))));
    }
}
