package dev.dtu.twins.slack.model;

import dev.dtu.twins.slack.errors.SlackError;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a reminder is due, read from reminders.add's {@code time} (https://docs.slack.dev/reference/methods/reminders.add):
 * "the Unix timestamp (up to five years from now), the number of seconds until the reminder (if within 24 hours),
 * or a natural language description". The phrases understood are the ones Slack's cannot_parse description gives
 * as examples ({@code in 5 minutes}, {@code tomorrow}, {@code at 3:30pm}, {@code on Tuesday}, {@code next week}),
 * their combinations ({@code tomorrow at 3pm}), and {@code every …} for recurring reminders; anything else, and a
 * time that is not in the future, is cannot_parse. A day without a time of day means 9:00 in the member's zone.
 *
 * @param at         the first time the reminder is due (epoch seconds)
 * @param recurrence how it repeats, or null for a one-off reminder
 */
public record ReminderTime(long at, Recurrence recurrence) {
    /** How a reminder repeats, in reminders.add's {@code recurrence} words. */
    public record Recurrence(String frequency, List<String> weekdays) {
        public static final List<String> FREQUENCIES = List.of("daily", "weekly", "monthly", "yearly");
    }

    public static final long MAX_SECONDS_FROM_NOW = 24 * 3600L;
    public static final long MAX_AHEAD_SECONDS = 5 * 366 * 24 * 3600L;
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String CLOCK = "(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    private static final Pattern IN = Pattern.compile("in\\s+(\\d{1,9}|an?)\\s+(second|sec|minute|min|hour|hr|day|week)s?");
    private static final Pattern DAY_AND_TIME = Pattern.compile(
            "(today|tomorrow|next\\s+week|(?:on\\s+)?(?:" + WEEKDAY + "))?\\s*(?:" + CLOCK + ")?");
    private static final Pattern EVERY = Pattern.compile(
            "every\\s+(day|weekday|week|month|year|(?:" + WEEKDAY + ")(?:\\s*(?:,|and)\\s*(?:" + WEEKDAY + "))*)"
                    + "(?:\\s+" + CLOCK + ")?");

    public boolean recurring() {
        return recurrence != null;
    }

    /** Reads {@code time} as said at {@code now} by a member in {@code zone}; cannot_parse when it does not read. */
    public static ReminderTime parse(String time, Instant now, ZoneId zone) {
        String t = time.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!]$", "");
        long nowSeconds = now.getEpochSecond();
        if (NUMBER.matcher(t).matches()) {
            return once(number(Long.parseLong(t), nowSeconds), nowSeconds);
        }
        ZonedDateTime here = now.atZone(zone);
        Matcher in = IN.matcher(t);
        if (in.matches()) {
            long n = in.group(1).startsWith("a") ? 1 : Long.parseLong(in.group(1));
            return once(nowSeconds + n * unitSeconds(in.group(2)), nowSeconds);
        }
        Matcher every = EVERY.matcher(t);
        if (every.matches()) {
            return every(every, here);
        }
        Matcher day = DAY_AND_TIME.matcher(t);
        if (!t.isEmpty() && day.matches()) {
            return once(dayAndTime(day, here).toEpochSecond(), nowSeconds);
        }
        throw cannotParse();
    }

    /** A one-off reminder's time with the member's {@code recurrence} argument applied; invalid_arguments if bad. */
    public ReminderTime repeating(String frequency, List<String> weekdays) {
        if (!Recurrence.FREQUENCIES.contains(frequency)) {
            throw new SlackError.InvalidArguments("must be a valid enum value [json-pointer:/recurrence/frequency]");
        }
        if (!frequency.equals("weekly")) {
            return new ReminderTime(at, new Recurrence(frequency, List.of()));
        }
        if (weekdays.isEmpty()) {
            throw new SlackError.InvalidArguments("missing required field: weekdays [json-pointer:/recurrence]");
        }
        for (String d : weekdays) {
            if (!d.matches(WEEKDAY)) {
                throw new SlackError.InvalidArguments("must be a valid enum value [json-pointer:/recurrence/weekdays]");
            }
        }
        return new ReminderTime(at, new Recurrence(frequency, List.copyOf(weekdays)));
    }

    /**
     * The first time after {@code now} a recurring reminder last due at {@code last} comes again, at the same time of
     * day in the member's zone: the next day, the next of its weekdays, the same day next month or next year.
     */
    public static long nextAfter(long last, long now, String frequency, List<String> weekdays, ZoneId zone) {
        ZonedDateTime next = Instant.ofEpochSecond(last).atZone(zone);
        do {
            next = switch (frequency) {
                case "monthly" -> next.plusMonths(1);
                case "yearly" -> next.plusYears(1);
                default -> next.plusDays(1);
            };
        } while (next.toEpochSecond() <= now
                || frequency.equals("weekly") && !weekdays.isEmpty() && !weekdays.contains(name(next.getDayOfWeek())));
        return next.toEpochSecond();
    }

    private static long number(long n, long now) {
        if (n >= 1 && n <= MAX_SECONDS_FROM_NOW) {
            return now + n;
        }
        return n;
    }

    private static ReminderTime once(long at, long now) {
        if (at <= now || at > now + MAX_AHEAD_SECONDS) {
            throw cannotParse();
        }
        return new ReminderTime(at, null);
    }

    private static long unitSeconds(String unit) {
        return switch (unit) {
            case "second", "sec" -> 1;
            case "minute", "min" -> 60;
            case "hour", "hr" -> 3600;
            case "day" -> 86_400;
            default -> 7 * 86_400;
        };
    }

    private static ZonedDateTime dayAndTime(Matcher m, ZonedDateTime here) {
        String day = m.group(1);
        LocalTime clock = m.group(2) == null ? null : clock(m.group(2), m.group(3), m.group(4));
        if (day == null && clock == null) {
            throw cannotParse();
        }
        LocalDate today = here.toLocalDate();
        LocalDate date;
        if (day == null) {
            date = here.toLocalTime().isBefore(clock) ? today : today.plusDays(1);
        } else if (day.equals("today")) {
            date = today;
        } else if (day.equals("tomorrow")) {
            date = today.plusDays(1);
        } else if (day.startsWith("next")) {
            date = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        } else {
            date = today.with(TemporalAdjusters.next(weekday(day.replaceFirst("^on ", ""))));
        }
        return ZonedDateTime.of(date, clock == null ? DEFAULT_TIME : clock, here.getZone());
    }

    private static ReminderTime every(Matcher m, ZonedDateTime here) {
        String what = m.group(1);
        LocalTime clock = m.group(2) == null ? DEFAULT_TIME : clock(m.group(2), m.group(3), m.group(4));
        Recurrence r = switch (what) {
            case "day" -> new Recurrence("daily", List.of());
            case "month" -> new Recurrence("monthly", List.of());
            case "year" -> new Recurrence("yearly", List.of());
            case "week" -> new Recurrence("weekly", List.of(name(here.getDayOfWeek())));
            case "weekday" -> new Recurrence("weekly", List.of("monday", "tuesday", "wednesday", "thursday", "friday"));
            default -> new Recurrence("weekly", weekdays(what));
        };
        ZonedDateTime first = ZonedDateTime.of(here.toLocalDate(), clock, here.getZone());
        while (!first.isAfter(here) || !r.weekdays().isEmpty() && !r.weekdays().contains(name(first.getDayOfWeek()))) {
            first = first.plusDays(1);
        }
        return new ReminderTime(first.toEpochSecond(), r);
    }

    private static List<String> weekdays(String list) {
        List<String> out = new ArrayList<>();
        for (String d : list.split("\\s*(?:,|and)\\s*")) {
            if (!out.contains(d.trim())) {
                out.add(d.trim());
            }
        }
        return out;
    }

    private static LocalTime clock(String hour, String minute, String half) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (half != null) {
            if (h < 1 || h > 12) {
                throw cannotParse();
            }
            h = h % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (h > 23 || min > 59) {
            throw cannotParse();
        }
        return LocalTime.of(h, min);
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String name(DayOfWeek d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    private static SlackError cannotParse() {
        return new SlackError("cannot_parse");
    }
}
