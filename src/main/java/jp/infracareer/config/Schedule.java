package jp.infracareer.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When scheduled posts go out: days of the week and a time of day in a time zone. Written as
 * {@code MON-FRI 09:00}, {@code MON,WED,FRI 18:30} or {@code DAILY 08:00}.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime time, ZoneId zone) {
    private static final List<String> NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    public static final String FORMAT_HELP = "use days and a time such as MON-FRI 09:00, MON,WED,FRI 18:30 or DAILY 08:00";

    public static Schedule parse(String spec, ZoneId zone, String variable) {
        String[] parts = spec == null ? new String[0] : spec.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            throw new ConfigException(variable + " is malformed: " + FORMAT_HELP);
        }
        LocalTime time;
        try {
            time = LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]);
        } catch (DateTimeParseException e) {
            throw new ConfigException(variable + " has a malformed time: " + FORMAT_HELP);
        }
        return new Schedule(days(parts[0], variable), time, zone);
    }

    private static Set<DayOfWeek> days(String spec, String variable) {
        if (spec.equals("DAILY")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(",", -1)) {
            String[] range = part.split("-", -1);
            if (range.length > 2 || range[0].isEmpty() || range[range.length - 1].isEmpty()) {
                throw new ConfigException(variable + " has malformed days: " + FORMAT_HELP);
            }
            int from = day(range[0], variable);
            int to = range.length == 2 ? day(range[1], variable) : from;
            for (int d = from; ; d = (d + 1) % 7) {
                days.add(DayOfWeek.of(d + 1));
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static int day(String name, String variable) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new ConfigException(variable + " names an unknown day '" + name + "': " + FORMAT_HELP);
        }
        return index;
    }

    /** True when {@code now} falls on a scheduled day at or after the scheduled time. */
    public boolean dueOn(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        return days.contains(local.getDayOfWeek()) && !local.toLocalTime().isBefore(time);
    }

    @Override
    public String toString() {
        return days + " " + time + " " + zone;
    }
}
