package jp.infracareer.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class AckCoreTest {
    @Test
    void workGetsOneCarrierFewerThanCoresAndAtLeastOne() {
        Properties two = new Properties();
        assertThat(AckCore.reserve(two, 2)).isEqualTo("1");
        assertThat(two.getProperty(AckCore.CARRIERS)).isEqualTo("1");
        Properties eight = new Properties();
        assertThat(AckCore.reserve(eight, 8)).isEqualTo("7");
        Properties one = new Properties();
        assertThat(AckCore.reserve(one, 1)).isEqualTo("1");
    }

    @Test
    void anOperatorsSettingIsKept() {
        Properties set = new Properties();
        set.setProperty(AckCore.CARRIERS, "2");
        assertThat(AckCore.reserve(set, 2)).isEqualTo("2");
        assertThat(set.getProperty(AckCore.CARRIERS)).isEqualTo("2");
    }
}
