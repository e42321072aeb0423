package jp.infracareer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile records its class-data archive from {@code train-startup}: a loopback-only run of the served
 * process (a stand-in for Slack's Web API, a made-up signing secret). It must serve every kind of request and
 * exit, whatever the environment holds.
 */
class StartupTrainingTest {
    @Test
    void theTrainingRunAnswersEveryRequestAndExits() {
        assertThat(Main.run(new String[] {"train-startup"}, Map.of())).isZero();
    }

    @Test
    void itIgnoresTheEnvironmentsSlackSettings() {
        // a build machine's variables must not point the run at a real workspace
        assertThat(Main.run(new String[] {"train-startup"}, Map.of("SLACK_BOT_TOKEN", "xoxb-real", "SLACK_API_URL",
                "http://127.0.0.1:9/api/", "SLACK_SIGNING_SECRET", "not checked"))).isZero();
    }
}
