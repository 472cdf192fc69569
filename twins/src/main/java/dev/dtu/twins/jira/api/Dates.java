package dev.dtu.twins.jira.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Jira's timestamp formats: "2026-01-05T09:00:00.000+0000" in JSON, "05/Jan/26 9:00 AM" when rendered. */
public final class Dates {
    private static final DateTimeFormatter JSON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RENDERED = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {}

    public static String json(Instant instant) {
        return instant == null ? null : JSON.format(instant);
    }

    public static String rendered(Instant instant) {
        return instant == null ? null : RENDERED.format(instant);
    }
}
