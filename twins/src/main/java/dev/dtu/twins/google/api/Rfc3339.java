package dev.dtu.twins.google.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Google's timestamps: RFC 3339 in UTC with milliseconds ("2026-01-31T12:00:00.000Z"). */
public final class Rfc3339 {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Rfc3339() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
