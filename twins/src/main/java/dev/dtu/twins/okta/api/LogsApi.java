package dev.dtu.twins.okta.api;

import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.LogEvent;
import dev.dtu.twins.okta.model.LogQueries;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.SystemLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code GET /api/v1/logs}: events published in [since, until) (since defaults to seven days ago), with
 * {@code filter}, {@code q} and {@code sortOrder}. Deviation: Okta always sends a {@code next} link on
 * polling requests (no {@code until}); the twin sends one only while more events exist.
 */
final class LogsApi {
    private static final Pages.Limits LIMITS = new Pages.Limits(100, 1000);

    private LogsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/api/v1/logs", OktaRoute.api("listLogEvents", LogsApi::list));
    }

    private static Response list(OktaRequest r) {
        Instant since = r.query("since").map(LogsApi::date).orElse(r.now().minus(7, ChronoUnit.DAYS));
        Instant until = r.query("until").map(LogsApi::date).orElse(null);
        Predicate<LogEvent> filter = LogQueries.filter(r.query("filter").orElse(null));
        Predicate<LogEvent> q = LogQueries.keywords(r.query("q").orElse(null));
        List<LogEvent> events = new ArrayList<>(r.state().all(SystemLog.EVENTS).values().stream()
                .filter(e -> !e.published().isBefore(since) && (until == null || e.published().isBefore(until)))
                .filter(filter).filter(q).toList());
        boolean descending = r.query("sortOrder").map("DESCENDING"::equalsIgnoreCase).orElse(false);
        if (descending) {
            Collections.reverse(events);
            return Pages.page(r, events, e -> invert(e.uuid()), LogJson::of, LIMITS);
        }
        return Pages.page(r, events, LogEvent::uuid, LogJson::of, LIMITS);
    }

    /** A descending cursor: larger uuids sort first. */
    private static String invert(String uuid) {
        StringBuilder sb = new StringBuilder();
        for (char c : uuid.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) ? Character.forDigit(15 - Character.digit(c, 16), 16) : c);
        }
        return sb.toString();
    }

    private static Instant date(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw OktaErrors.invalidDate();
        }
    }
}
