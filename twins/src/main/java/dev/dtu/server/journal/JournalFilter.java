package dev.dtu.server.journal;

import dev.dtu.server.http.Request;
import dev.dtu.server.universe.DtuException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * Which journal entries a reader wants ({@code GET /_dtu/universes/{id}/journal?twin=&operation=&status=&since=}):
 * each given parameter must match; {@code since} takes an ISO-8601 instant or epoch milliseconds and keeps
 * entries made at or after it.
 */
public record JournalFilter(String twin, String operation, Integer status, Instant since)
        implements Predicate<JournalEntry> {

    public static JournalFilter of(Request r) {
        return new JournalFilter(r.queryParam("twin").orElse(null), r.queryParam("operation").orElse(null),
                r.queryParam("status").map(JournalFilter::status).orElse(null),
                r.queryParam("since").map(JournalFilter::instant).orElse(null));
    }

    @Override
    public boolean test(JournalEntry e) {
        return (twin == null || twin.equals(e.twin()))
                && (operation == null || operation.equals(e.operation()))
                && (status == null || status == e.status())
                && (since == null || !e.at().isBefore(since));
    }

    private static int status(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw DtuException.badRequest("invalid_request", "status: expected an HTTP status code, got '" + value + "'");
        }
    }

    private static Instant instant(String value) {
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(value))
                    : Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw DtuException.badRequest("invalid_request",
                    "since: expected an ISO-8601 instant or epoch milliseconds, got '" + value + "'");
        }
    }
}
