package dev.dtu.twins.jira.model.jql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date literals of JQL: absolute dates, epoch millis and periods relative to now ("-7d", "4w 2d"). */
final class DateValues {
    private static final Pattern ABSOLUTE =
            Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern PERIOD = Pattern.compile("([+-])?\\s*((?:\\d{1,9}\\s*[wdhm]\\s*)+)");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([wdhm])");

    private DateValues() {
    }

    static Optional<DateRange> parse(String text, Instant now, ZoneId zone) {
        String s = text.trim();
        if (s.matches("\\d{1,15}")) {
            return Optional.of(DateRange.at(Instant.ofEpochMilli(Long.parseLong(s))));
        }
        Matcher abs = ABSOLUTE.matcher(s);
        if (abs.matches()) {
            return absolute(abs, zone);
        }
        try {
            return period(s).map(d -> DateRange.at(now.plus(d)));
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DateRange> absolute(Matcher m, ZoneId zone) {
        try {
            LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(4) == null) {
                return Optional.of(new DateRange(day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            LocalDateTime time = day.atTime(num(m, 4), num(m, 5));
            Instant start = time.atZone(zone).toInstant();
            return Optional.of(new DateRange(start, start.plusSeconds(60)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A signed period such as "-1w", "+2d 3h" or "30m"; no sign means the future. */
    static Optional<Duration> period(String text) {
        Matcher m = PERIOD.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(m.group(2));
        while (part.find()) {
            total = total.plus(unit(part.group(2)).multipliedBy(Long.parseLong(part.group(1))));
        }
        return Optional.of("-".equals(m.group(1)) ? total.negated() : total);
    }

    private static Duration unit(String unit) {
        return switch (unit) {
            case "w" -> Duration.ofDays(7);
            case "d" -> Duration.ofDays(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofMinutes(1);
        };
    }

    private static int num(Matcher m, int group) {
        String digits = m.group(group);
        if (digits.length() > 4) {
            throw new DateTimeParseException("too long", digits, 0);
        }
        return Integer.parseInt(digits);
    }
}
