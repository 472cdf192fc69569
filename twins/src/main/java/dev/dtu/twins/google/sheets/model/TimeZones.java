package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.errors.GoogleException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A spreadsheet's {@code timeZone}: a CLDR (tz database) id such as "America/New_York", or a custom zone such as
 * "GMT-07:00" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties).
 */
public final class TimeZones {
    private static final Set<String> IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final Pattern CUSTOM = Pattern.compile("GMT[+-]\\d{2}:\\d{2}");

    private TimeZones() {
    }

    /** The zone an id names, if Google would take it. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || !(IDS.contains(id) || CUSTOM.matcher(id).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    /** The id as given, or Google's 400 for a zone it does not know. */
    public static String require(String id) {
        if (parse(id).isEmpty()) {
            // Unconfirmed wording: no recorded Google answer for an unknown timeZone was found.
            throw GoogleException.invalidArgument("Invalid timeZone: " + id);
        }
        return id;
    }

    /** The zone NOW() and TODAY() read a stored spreadsheet's clock in (GMT for an id stored before checks). */
    public static ZoneId zoneOf(String id) {
        return parse(id).orElse(ZoneOffset.UTC);
    }
}
