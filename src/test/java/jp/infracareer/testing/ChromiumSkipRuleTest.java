package jp.infracareer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Without a browser, the browser test is skipped with a reason on a laptop and fails in CI. */
class ChromiumSkipRuleTest {

    @Test
    void anInstalledBrowserIsUsed() {
        Path chromium = Path.of("/usr/bin/chromium");
        assertThat(Chromium.require(Optional.of(chromium), Map.of("CI", "true"))).isEqualTo(chromium);
    }

    @Test
    void noBrowserOutsideCiSkipsWithAReasonThatSaysHowToGetOne() {
        assertThatThrownBy(() -> Chromium.require(Optional.empty(), Map.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped").hasMessageContaining(".ci/run");
        assertThatThrownBy(() -> Chromium.require(Optional.empty(), Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void noBrowserUnderCiFailsInsteadOfSkipping() {
        assertThatThrownBy(() -> Chromium.require(Optional.empty(), Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true");
    }
}
