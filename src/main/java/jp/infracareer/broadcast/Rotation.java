package jp.infracareer.broadcast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Which tip goes out on which day, and which question in which week, computed from the date alone: a
 * fixed shuffle of the list walked one step per scheduled day. No tip repeats until all have been used,
 * and a restart (or a second replica) picks the same item for the same day without remembering anything.
 */
final class Rotation {
    /** A Monday from which scheduled days are counted. */
    static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
    private static final long SEED = 0x1CA5EEDL;

    private Rotation() {}

    static <T> T forDay(List<T> items, Set<DayOfWeek> days, LocalDate date) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to rotate");
        }
        return shuffled(items).get((int) Math.floorMod(scheduledDaysBefore(days, date), (long) items.size()));
    }

    static <T> T forWeek(List<T> items, LocalDate date) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to rotate");
        }
        long weeks = ChronoUnit.WEEKS.between(EPOCH, date.with(DayOfWeek.MONDAY));
        return shuffled(items).get((int) Math.floorMod(weeks, (long) items.size()));
    }

    /** How many scheduled days fall in [EPOCH, date). */
    static long scheduledDaysBefore(Set<DayOfWeek> days, LocalDate date) {
        long total = ChronoUnit.DAYS.between(EPOCH, date);
        long full = Math.floorDiv(total, 7L);
        long count = full * days.size();
        for (LocalDate d = EPOCH.plusWeeks(full); d.isBefore(date); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                count++;
            }
        }
        return count;
    }

    private static <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(SEED));
        return copy;
    }
}
