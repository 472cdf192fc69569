package dev.dtu.twins.jira.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's time tracking durations: "1w 2d 3h 30m", with Jira Cloud's default working time (a day is 8 hours, a week 5
 * days) and minutes for a bare number ("Configure time tracking": working hours per day 8, days per week 5, default
 * unit minutes).
 */
public final class Durations {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 8 * HOUR;
    private static final long WEEK = 5 * DAY;
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhm]?)");

    private Durations() {}

    /** Seconds, or empty when the text is not a duration. */
    public static Optional<Long> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = PART.matcher(s);
        long seconds = 0;
        int at = 0;
        while (m.find()) {
            if (!s.substring(at, m.start()).isBlank()) {
                return Optional.empty();
            }
            double n = Double.parseDouble(m.group(1));
            long unit = switch (m.group(2)) {
                case "w" -> WEEK;
                case "d" -> DAY;
                case "h" -> HOUR;
                default -> MINUTE;
            };
            seconds += Math.round(n * unit);
            at = m.end();
        }
        return at == s.length() && at > 0 ? Optional.of(seconds) : Optional.empty();
    }

    /** As Jira writes it: "1w 2d", "1h 30m", "0m" for nothing. */
    public static String format(long seconds) {
        StringBuilder out = new StringBuilder();
        long rest = seconds;
        for (long[] u : new long[][] {{WEEK, 'w'}, {DAY, 'd'}, {HOUR, 'h'}, {MINUTE, 'm'}}) {
            if (rest >= u[0]) {
                out.append(out.isEmpty() ? "" : " ").append(rest / u[0]).append((char) u[1]);
                rest %= u[0];
            }
        }
        return out.isEmpty() ? "0m" : out.toString();
    }
}
