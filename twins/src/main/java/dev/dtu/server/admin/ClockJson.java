package dev.dtu.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.universe.DtuException;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseClock;
import dev.dtu.server.universe.Universes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A universe's clock as the admin API shows it, and the body of {@code PUT /universes/{id}/clock}. */
final class ClockJson {
    private static final Set<String> FIELDS = Set.of("scale", "advance", "at");

    private ClockJson() {}

    static Map<String, Object> of(Universe u) {
        UniverseClock.Reading r = u.clockReading();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("now", r.now().toString());
        out.put("scale", r.scale());
        out.put("offset", r.offset().toString());
        out.put("offsetMs", r.offset().toMillis());
        out.put("timers", u.timersDue().stream().map(Instant::toString).toList());
        return out;
    }

    /** {@code {"scale": 10}}, {@code {"advance": "PT1H"}}, {@code {"at": "2027-01-01T09:00:00Z"}}; scale may go with either. */
    static Universes.ClockChange change(JsonNode body) {
        if (!body.isObject()) {
            throw DtuException.badRequest("invalid_request", "the body must be a JSON object");
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw DtuException.badRequest("invalid_request", f + ": unknown field (expected scale, advance or at)");
            }
        });
        if (body.size() == 0) {
            throw DtuException.badRequest("invalid_request", "give scale, advance or at");
        }
        if (body.has("advance") && body.has("at")) {
            throw DtuException.badRequest("invalid_request", "advance and at: give one of them");
        }
        return new Universes.ClockChange(scale(body.get("scale")), advance(body.get("advance")), at(body.get("at")));
    }

    private static Double scale(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (!n.isNumber() || !(n.asDouble() > 0) || n.asDouble() > UniverseClock.MAX_SCALE) {
            throw DtuException.badRequest("invalid_request",
                    "scale: expected a number above 0 and at most " + (int) UniverseClock.MAX_SCALE + ", got " + n);
        }
        return n.asDouble();
    }

    private static Duration advance(JsonNode n) {
        if (n == null) {
            return null;
        }
        Duration d = parse(n, "advance", Duration::parse, "an ISO-8601 duration such as PT1H");
        if (d.isNegative()) {
            throw DtuException.badRequest("invalid_request", "advance: time only moves forward, got " + n.asText());
        }
        return d;
    }

    private static Instant at(JsonNode n) {
        return n == null ? null : parse(n, "at", Instant::parse, "an ISO-8601 instant such as 2027-01-01T09:00:00Z");
    }

    private static <T> T parse(JsonNode n, String field, java.util.function.Function<String, T> parser, String expected) {
        if (!n.isTextual()) {
            throw DtuException.badRequest("invalid_request", field + ": expected " + expected + ", got " + n);
        }
        try {
            return parser.apply(n.asText());
        } catch (DateTimeParseException e) {
            throw DtuException.badRequest("invalid_request", field + ": expected " + expected + ", got '" + n.asText() + "'");
        }
    }
}
