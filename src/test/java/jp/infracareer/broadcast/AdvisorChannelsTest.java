package jp.infracareer.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/** Sharing is offered only to a user whose own workspace has an advisor channel. */
class AdvisorChannelsTest {
    @Test
    void aWorkspaceWithoutAChannelIsNotOfferedSharing() {
        AdvisorChannels none = AdvisorChannels.single(Optional.empty());
        assertThat(none.available(new UserKey("T1", "U1"))).isFalse();
        AdvisorChannels perWorkspace = new AdvisorChannels() {
            @Override
            public Optional<AdvisorChannelFeature> of(String teamId) {
                return teamId.equals("T-with") ? Optional.of(new AdvisorChannelFeature(null, null, null, null, null, null, null, null)) : Optional.empty();
            }

            @Override
            public void start() {}

            @Override
            public void stop() {}
        };
        assertThat(perWorkspace.available(new UserKey("T-with", "U1"))).isTrue();
        assertThat(perWorkspace.available(new UserKey("T-without", "U1"))).isFalse();
    }
}
