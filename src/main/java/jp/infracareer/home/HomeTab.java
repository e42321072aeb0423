package jp.infracareer.home;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import jp.infracareer.slack.Outbox;
import com.slack.api.model.event.AppHomeOpenedEvent;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Reply;
import jp.infracareer.advisor.Response;
import jp.infracareer.interview.InterviewReplies;
import jp.infracareer.state.UserKey;
import jp.infracareer.state.UserState;

/** Publishes the App Home tab when it is opened, and again when an interview ends. */
public final class HomeTab {
    private final Advisor advisor;
    private final Outbox outbox;
    private final java.util.Optional<jp.infracareer.broadcast.AdvisorChannel> advisorChannel;

    public HomeTab(Advisor advisor, Outbox outbox, java.util.Optional<jp.infracareer.broadcast.AdvisorChannel> advisorChannel) {
        this.advisor = advisor;
        this.outbox = outbox;
        this.advisorChannel = advisorChannel;
    }

    public void register(App app, jp.infracareer.slack.Work work) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) || event.getTab() == null) {
                UserKey user = new UserKey(payload.getTeamId() == null ? "-" : payload.getTeamId(), event.getUser());
                work.submit(user, () -> publish(ctx.client(), user));
            }
            return ctx.ack();
        });
    }

    /** After a response that ended an interview, the Home tab's progress is out of date. */
    public void refreshIfFinished(MethodsClient client, UserKey user, Response response) {
        for (Reply reply : response.replies()) {
            if (reply.topic().equals(InterviewReplies.SUMMARY)) {
                publish(client, user);
                return;
            }
        }
    }

    /** After "forget" the Home tab still shows the old progress: publish the empty one. */
    public void refreshIfForgotten(MethodsClient client, UserKey user, Response response, jp.infracareer.slack.Work work) {
        boolean forgot = response.replies().stream().anyMatch(r -> Boolean.TRUE.equals(r.data().get("forgot")));
        if (forgot) {
            // forgetting also stops advisors' replies to a shared summary reaching the user
            advisorChannel.ifPresent(c -> c.forget(user));
            if (work == null) {
                publish(client, user);
            } else {
                work.submit(user, () -> publish(client, user));
            }
        }
    }

    void publish(MethodsClient client, UserKey user) {
        UserState state = advisor.store().get(user);
        outbox.call("views.publish", () -> client.viewsPublish(r -> r.userId(user.userId())
                .view(HomeView.build(advisor.knowledge().catalog(advisor.languageOf(user)), state.progress()))));
    }
}
