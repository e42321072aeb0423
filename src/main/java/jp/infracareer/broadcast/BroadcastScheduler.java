package jp.infracareer.broadcast;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import jp.infracareer.config.Config;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.Tips;
import jp.infracareer.state.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled posts: on every scheduled day at the scheduled time, the tip of the day; once a week (on
 * its first scheduled day the app is up), also the interview question of the week. {@link #tick} is all the logic
 * and takes its time from the clock, so tests move a fake clock instead of sleeping. Before posting it
 * asks the channel's history whether today's tip (this week's question) is already there, so a restart
 * or a second replica does not post it twice. No exception ends the schedule.
 */
public final class BroadcastScheduler {
    private static final Logger log = LoggerFactory.getLogger(BroadcastScheduler.class);

    private final Config.Broadcasts config;
    private final Catalog catalog;
    private final ChannelPoster poster;
    private final AdvisorChannel channel;
    private final Clock clock;
    private final Lease lease;
    private LocalDate tipDone;
    private String questionDone;
    private final ScheduleTimer timer = new ScheduleTimer();

    /** How long the schedule stays with a replica that stopped renewing (ticks come every 30 s). */
    static final java.time.Duration LEASE = java.time.Duration.ofSeconds(90);
    static final String LEASE_NAME = "broadcast-schedule";

    public BroadcastScheduler(Config.Broadcasts config, Catalog catalog, ChannelPoster poster, AdvisorChannel channel,
            Clock clock) {
        this(config, catalog, poster, channel, clock, Lease.solo());
    }

    /** With the lease that picks the one replica that runs the schedule. */
    public BroadcastScheduler(Config.Broadcasts config, Catalog catalog, ChannelPoster poster, AdvisorChannel channel,
            Clock clock, Lease lease) {
        this.lease = lease;
        this.config = config;
        this.catalog = catalog;
        this.poster = poster;
        this.channel = channel;
        this.clock = clock;
    }

    /** Checks every 30 seconds. */
    public void start() {
        timer.start(this::tick);
        log.info("scheduled broadcasts on: {}", config.schedule());
    }

    public void stop() {
        timer.stop();
    }

    public synchronized void tick() {
        try {
            ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(config.schedule().zone());
            // only the replica holding the lease posts; the history check below covers a handover mid-post
            if (!config.schedule().dueOn(now) || !lease.holds(LEASE_NAME, LEASE)) {
                return;
            }
            LocalDate today = now.toLocalDate();
            if (!today.equals(tipDone)) {
                postTip(today, now);
            }
            String week = week(today);
            if (!week.equals(questionDone)) {
                postQuestion(week, today, now);
            }
        } catch (Throwable e) {
            // an escaping throwable would cancel the fixed-delay schedule for good
            log.warn("a scheduled broadcast failed: {}", e.getClass().getSimpleName());
        }
    }

    private void postTip(LocalDate today, ZonedDateTime now) {
        Map<String, Object> marker = Map.of("date", today.toString());
        var existing = poster.findByEvent(channel.channelId(), AdvisorChannel.TIP, now.toLocalDate().atStartOfDay(now.getZone())
                .toInstant(), marker);
        if (!existing.known()) {
            return; // cannot tell whether it was posted: try again at the next tick rather than risk a repeat
        }
        if (existing.found().isPresent()) {
            tipDone = today;
            return;
        }
        Tips.Tip tip = Rotation.forDay(catalog.tips().tips(), config.schedule().days(), today);
        poster.post(channel.channelId(), null, BroadcastReplies.tip(catalog, tip), AdvisorChannel.TIP,
                Map.of("date", today.toString(), "tip", tip.id())).ifPresent(ts -> tipDone = today);
    }

    private void postQuestion(String week, LocalDate today, ZonedDateTime now) {
        Map<String, Object> marker = Map.of("week", week);
        var lookup = poster.findByEvent(channel.channelId(), AdvisorChannel.QUESTION,
                today.with(DayOfWeek.MONDAY).atStartOfDay(now.getZone()).toInstant(), marker);
        if (!lookup.known()) {
            return;
        }
        if (lookup.found().isPresent()) {
            var existing = lookup.found().get();
            questionDone = week;
            Object id = existing.getMetadata().getEventPayload().get("question");
            channel.remember(existing.getTs(), new AdvisorChannel.Parent.Question(String.valueOf(id)));
            return;
        }
        List<InterviewQuestion> general = catalog.questions().stream().filter(q -> q.inTrack("general")).toList();
        InterviewQuestion q = Rotation.forWeek(general, today);
        poster.post(channel.channelId(), null, BroadcastReplies.question(catalog, q), AdvisorChannel.QUESTION,
                Map.of("week", week, "question", q.id())).ifPresent(ts -> {
                    questionDone = week;
                    channel.remember(ts, new AdvisorChannel.Parent.Question(q.id()));
                });
    }

    static String week(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
