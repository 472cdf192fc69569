package dev.dtu.twins.jira.model.jql;

import java.time.Instant;

/**
 * A date operand as an interval [start, end). A date without a time covers its whole day for '=' and
 * '!=', while '<', '>' etc. compare with its start (midnight), so {@code created <= "2026-01-31"} excludes
 * issues created later on the 31st, as in Jira. Exact instants have start == end.
 */
record DateRange(Instant start, Instant end) {

    static DateRange at(Instant instant) {
        return new DateRange(instant, instant);
    }

    boolean contains(Instant instant) {
        return start.equals(end) ? instant.equals(start) : !instant.isBefore(start) && instant.isBefore(end);
    }

    Instant last() {
        return end.equals(start) ? start : end;
    }
}
