package jp.infracareer.broadcast;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import jp.infracareer.config.Config;
import jp.infracareer.state.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor channels of a distributed app, one per workspace that set one up. Settings are read from the
 * store on every lookup (an installer's change applies at once, on every replica); the assembled channel is
 * kept while its settings stay the same, for what it remembers about threads. It never keeps a token: its
 * posts ask {@code clientOf} for the workspace's current bot token on every call. One schedule tick, under the
 * replicas' lease, goes over every workspace with settings.
 */
public final class WorkspaceChannels implements AdvisorChannels {
    static final String LEASE_NAME = BroadcastScheduler.LEASE_NAME;
    private static final Logger log = LoggerFactory.getLogger(WorkspaceChannels.class);

    private record Built(ChannelSettings settings, AdvisorChannelFeature feature) {}

    private final ChannelSettingsStore store;
    private final Config.Broadcasts defaults;
    private final AdvisorChannelFeature.Parts parts;
    private final Function<ChannelSettingsStore.Stored, MethodsClient> clientOf;
    private final Lease lease;
    private final Cache<String, Built> built = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofDays(7)).build();
    private final ScheduleTimer timer = new ScheduleTimer();

    /**
     * @param defaults the schedule (BROADCAST_SCHEDULE, BROADCAST_TIMEZONE) every workspace shares, and whether
     *                 this replica runs it (BROADCASTS_SCHEDULED)
     * @param clientOf a client with the workspace's bot token as it is now (it throws when the app is gone)
     */
    public WorkspaceChannels(ChannelSettingsStore store, Config.Broadcasts defaults, AdvisorChannelFeature.Parts parts,
            Function<ChannelSettingsStore.Stored, MethodsClient> clientOf) {
        this.store = store;
        this.defaults = defaults;
        this.parts = parts;
        this.clientOf = clientOf;
        this.lease = parts.shared().lease();
    }

    public ChannelSettingsStore settings() {
        return store;
    }

    @Override
    public Optional<AdvisorChannelFeature> of(String teamId) {
        Optional<ChannelSettingsStore.Stored> stored = store.find(teamId);
        if (stored.isEmpty()) {
            built.invalidate(teamId);
            return Optional.empty();
        }
        Built current = built.asMap().compute(teamId, (team, old) -> old != null && old.settings().equals(stored.get().settings())
                ? old : new Built(stored.get().settings(), AdvisorChannelFeature.forWorkspace(stored.get().settings(), defaults,
                        parts, () -> clientOf.apply(stored.get()))));
        return Optional.of(current.feature());
    }

    /** One pass of the schedule over every workspace with a channel, on the replica that holds the lease. */
    public void tick() {
        try {
            if (!lease.holds(LEASE_NAME, BroadcastScheduler.LEASE)) {
                return;
            }
            for (ChannelSettingsStore.Stored stored : store.all()) {
                // each scheduler catches its own failures: one workspace's trouble does not stop the others
                of(stored.teamId()).map(AdvisorChannelFeature::scheduler).ifPresent(BroadcastScheduler::tick);
            }
        } catch (RuntimeException e) {
            // an escaping exception would cancel the fixed-delay schedule for good
            log.warn("a pass of the workspaces' schedule failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        if (!defaults.scheduled()) {
            log.info("scheduled broadcasts are off on this replica (BROADCASTS_SCHEDULED=false)");
            return;
        }
        timer.start(this::tick);
        log.info("scheduled broadcasts on for every workspace with an advisor channel: {}", defaults.schedule());
    }

    @Override
    public void stop() {
        timer.stop();
    }
}
