package jp.infracareer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.token_rotation.TokenRotator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.infracareer.redis.RedisLease;
import jp.infracareer.redis.RedisRecords;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.FakeWorkspaces;
import jp.infracareer.testing.RedisReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas sharing installations in Redis, both asked for a workspace's bot at once while its rotating
 * token is about to expire: the refresh token, good for one use, is spent once, and both end up with the new
 * token. Without the lease both would refresh, and one would be left holding a refused refresh token.
 */
class TokenRefreshOnReplicasTest {
    @RegisterExtension
    static final RedisReplicas redis = new RedisReplicas();

    @Test
    void onlyOneReplicaRefreshesAndBothUseTheNewToken() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // Slack issued a rotating token that expires in two minutes
            slack.workspaces().approveRotating("code", "T0ONE", "UINSTALL", 120);
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            var access = Slack.getInstance(config).methods().oauthV2Access(r -> r.clientId(FakeWorkspaces.CLIENT_ID)
                    .clientSecret(FakeWorkspaces.CLIENT_SECRET).code("code"));
            String namespace = "refresh-" + java.util.UUID.randomUUID();
            Installations one = replica(redis.one(), namespace, config);
            Installations two = replica(redis.two(), namespace, config);
            DefaultBot bot = new DefaultBot();
            bot.setTeamId("T0ONE");
            bot.setBotAccessToken(access.getAccessToken());
            bot.setBotRefreshToken(access.getRefreshToken());
            bot.setBotTokenExpiresAt(System.currentTimeMillis() + 120_000);
            one.saveBot(bot);

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> seen = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Installations replica = i % 2 == 0 ? one : two;
                seen.add(pool.submit((Callable<String>) () -> replica.findBot(null, "T0ONE").getBotAccessToken()));
            }
            pool.shutdown();
            for (Future<String> token : seen) {
                token.get();
            }
            assertThat(slack.workspaces().refreshes()).isEqualTo(1);
            String fresh = slack.workspaces().tokenOf("T0ONE");
            assertThat(fresh).isNotEqualTo(access.getAccessToken());
            assertThat(one.findBot(null, "T0ONE").getBotAccessToken()).isEqualTo(fresh);
            assertThat(two.findBot(null, "T0ONE").getBotAccessToken()).isEqualTo(fresh);
            assertThat(slack.workspaces().refreshes()).as("a fresh token is not refreshed again").isEqualTo(1);
        }
    }

    private static Installations replica(io.lettuce.core.api.sync.RedisCommands<String, String> redis, String namespace,
            SlackConfig config) {
        TokenRotator rotator = new TokenRotator(Slack.getInstance(config).methods(), TokenRefresh.AHEAD.toMillis(),
                FakeWorkspaces.CLIENT_ID, FakeWorkspaces.CLIENT_SECRET);
        return new Installations(new RedisRecords(redis, namespace),
                new TokenRefresh(rotator, new RedisLease(redis, namespace)), () -> "not installed");
    }
}
