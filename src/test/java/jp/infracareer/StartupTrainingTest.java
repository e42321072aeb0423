package jp.infracareer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import jp.infracareer.wiring.StartupTraining;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile records its AOT cache from {@code train-startup}: a loopback-only run of the served process (a
 * stand-in for Slack's Web API, a made-up signing secret), every kind of request once and then a few seconds of
 * load. It must serve all of it and exit, whatever the environment holds.
 */
class StartupTrainingTest {
    @Test
    void theTrainingRunAnswersEveryRequestAndExits() {
        assertThat(Main.run(new String[] {"train-startup", "--seconds", "1"}, Map.of())).isZero();
    }

    @Test
    void itIgnoresTheEnvironmentsSlackSettings() {
        // a build machine's variables must not point the run at a real workspace
        assertThat(Main.run(new String[] {"train-startup", "--seconds", "1"}, Map.of("SLACK_BOT_TOKEN", "xoxb-real", "SLACK_API_URL",
                "http://127.0.0.1:9/api/", "SLACK_SIGNING_SECRET", "not checked"))).isZero();
    }

    @Test
    void theLoadIsServedForTheTimeAskedAndEveryRequestAcknowledged() throws Exception {
        var outcome = StartupTraining.run((c, store) -> Main.newAdvisor(c, store, Clock.systemUTC()), Duration.ofSeconds(2));
        assertThat(outcome.ok()).isTrue();
        // a handful of requests leaves the JIT's profiles empty; two seconds on loopback serves more, even on a slow machine
        assertThat(outcome.loadSent()).isGreaterThan(10);
        assertThat(outcome.loadServed()).isEqualTo(outcome.loadSent());
    }

    @Test
    void aMalformedLengthIsRefusedWithTheUsage() {
        assertThat(Main.run(new String[] {"train-startup", "--seconds", "many"}, Map.of())).isEqualTo(2);
        assertThat(Main.run(new String[] {"train-startup", "extra"}, Map.of())).isEqualTo(2);
    }
}
