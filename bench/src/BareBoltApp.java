import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.event.MessageEvent;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The ceiling for any Bolt app on this machine: Bolt on Jetty 12, /career acked with one line of text and
 * each DM acked and then answered with one chat.postMessage of about our reply's size (a fair DM comparison).
 * Same environment variables as the advisor.
 */
public final class BareBoltApp {
    public static void main(String[] args) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        App app = new App(AppConfig.builder()
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .slack(Slack.getInstance(slackConfig)).build());
        app.command("/career", (req, ctx) -> ctx.ack("ok"));
        // a fair DM: after the ack, one reply of about the size of ours (two Block Kit sections)
        java.util.concurrent.ExecutorService work = java.util.concurrent.Executors.newFixedThreadPool(16);
        String reply = "フィードバック: ".repeat(1) + "結論から話せていて良いです。次は数字を入れて、前職での経験を一つ具体的に話しましょう。".repeat(12);
        app.event(MessageEvent.class, (payload, ctx) -> {
            String channel = payload.getEvent().getChannel();
            work.submit(() -> {
                try {
                    ctx.client().chatPostMessage(r -> r.channel(channel).text(reply));
                } catch (Exception e) {
                    // the benchmark counts replies that arrive
                }
            });
            return ctx.ack();
        });
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(Integer.parseInt(System.getenv("PORT")));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        server.setHandler(context);
        app.start();
        server.start();
        server.join();
    }
}
