package jp.infracareer.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.FileRecords;
import jp.infracareer.state.Records;
import jp.infracareer.workspace.Installations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces' advisor-channel settings in their Records groups: kept apart, listed, gone with the group. */
class ChannelSettingsStoreTest {
    @TempDir
    Path data;

    @Test
    void settingsAreKeptPerWorkspaceAndSurviveANewProcess() {
        ChannelSettingsStore store = new ChannelSettingsStore(new FileRecords(data), Installations::group);
        store.save(null, "T0ONE", new ChannelSettings("C0ONEADV", Set.of("UADV1", "UADV2"), Lang.EN));
        store.save("E0ORG", "T0TWO", new ChannelSettings("G0TWOADV", Set.of(), Lang.JA));

        ChannelSettingsStore reopened = new ChannelSettingsStore(new FileRecords(data), Installations::group);
        assertThat(reopened.find("T0ONE")).hasValueSatisfying(s -> {
            assertThat(s.settings()).isEqualTo(new ChannelSettings("C0ONEADV", Set.of("UADV1", "UADV2"), Lang.EN));
            assertThat(s.enterpriseId()).isNull();
        });
        assertThat(reopened.find("T0TWO")).hasValueSatisfying(s -> assertThat(s.enterpriseId()).isEqualTo("E0ORG"));
        assertThat(reopened.find("T0NONE")).isEmpty();
        assertThat(reopened.all()).extracting(ChannelSettingsStore.Stored::teamId).containsExactlyInAnyOrder("T0ONE", "T0TWO");
    }

    @Test
    void removingAWorkspacesGroupRemovesItsSettingsAndItLeavesTheList() {
        Records records = Records.inMemory();
        ChannelSettingsStore store = new ChannelSettingsStore(records, Installations::group);
        store.save(null, "T0ONE", new ChannelSettings("C0ONEADV", Set.of(), Lang.JA));
        store.save(null, "T0TWO", new ChannelSettings("C0TWOADV", Set.of(), Lang.JA));

        records.removeGroup(Installations.group(null, "T0ONE"));

        assertThat(store.find("T0ONE")).isEmpty();
        assertThat(store.all()).extracting(ChannelSettingsStore.Stored::teamId).containsExactly("T0TWO");
        assertThat(records.group(ChannelSettingsStore.INDEX)).containsOnlyKeys("T0TWO");
    }

    @Test
    void onlyIdsSlackCouldHaveGivenAreAccepted() {
        assertThatThrownBy(() -> new ChannelSettings("<!channel>", Set.of(), Lang.JA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelSettings("C0ONEADV", Set.of("<@U1>"), Lang.JA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ChannelSettings("C0ONEADV", Set.of("W0ADV1"), Lang.JA).advisorIds()).containsExactly("W0ADV1");
    }
}
