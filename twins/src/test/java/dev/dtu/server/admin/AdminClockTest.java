package dev.dtu.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.universe.UniverseEvents;
import dev.dtu.server.universe.UniverseRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET/PUT /_dtu/universes/{id}/clock}: a universe's rate and time, kept by forks, snapshots and restores. */
class AdminClockTest {
    private final UniverseRegistry registry =
            new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://bound:1", UniverseEvents.NONE);
    private final AdminApi admin = new AdminApi(registry, () -> true);
    private final String id = registry.create("clocked", null).id();

    private record Reply(int status, JsonNode json) {
        Instant now() {
            return Instant.parse(json.path("now").asText());
        }

        String message() {
            return json.path("error").path("message").asText();
        }
    }

    private Reply call(String method, String path, String body) {
        Response r = admin.serve(new Request(method, path, Map.of(), Map.of("content-type", List.of("application/json")),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "http://h/_dtu"));
        return new Reply(r.status(), Json.parse(r.body()));
    }

    private Reply put(String body) {
        return call("PUT", "/universes/" + id + "/clock", body);
    }

    @Test
    void aNewUniverseRunsInRealTime() {
        Instant before = Instant.now();
        Reply r = call("GET", "/universes/" + id + "/clock", null);
        assertEquals(200, r.status());
        assertEquals(1.0, r.json().path("scale").asDouble());
        assertEquals(0, r.json().path("offsetMs").asLong() / 1000, "within a second of real time");
        assertTrue(!r.now().isBefore(before.minusSeconds(1)), r.json().toString());
    }

    @Test
    void scaleAdvanceAndAtAreSetAndShown() {
        assertEquals(10.0, put("{\"scale\":10}").json().path("scale").asDouble());
        Reply advanced = put("{\"advance\":\"PT1H\"}");
        assertEquals(200, advanced.status());
        assertTrue(advanced.json().path("offsetMs").asLong() >= 3_600_000, advanced.json().toString());
        assertEquals(10.0, advanced.json().path("scale").asDouble(), "a jump keeps the rate");
        Reply at = put("{\"at\":\"2027-01-01T09:00:00Z\",\"scale\":1}");
        assertEquals(1.0, at.json().path("scale").asDouble());
        assertTrue(Duration.between(Instant.parse("2027-01-01T09:00:00Z"), at.now()).abs().toSeconds() < 5, at.json().toString());
        assertEquals(at.now().toString().substring(0, 16),
                registry.require(id).clock().instant().toString().substring(0, 16), "the twins read the same time");
    }

    @Test
    void badClockChangesAre400sNamingTheFieldAndChangeNothing() {
        assertEquals("scale: expected a number above 0 and at most 1000, got 0", put("{\"scale\":0}").message());
        assertEquals(400, put("{\"scale\":\"fast\"}").status());
        assertEquals(400, put("{\"scale\":1001}").status());
        assertEquals("advance: expected an ISO-8601 duration such as PT1H, got 'an hour'", put("{\"advance\":\"an hour\"}").message());
        assertEquals("advance: time only moves forward, got -PT1H", put("{\"advance\":\"-PT1H\"}").message());
        assertEquals(400, put("{\"at\":\"tomorrow\"}").status());
        assertEquals("advance and at: give one of them", put("{\"advance\":\"PT1S\",\"at\":\"2027-01-01T00:00:00Z\"}").message());
        assertTrue(put("{\"speed\":2}").message().startsWith("speed: unknown field"));
        assertEquals(400, put("{}").status());
        assertEquals(400, put("[1]").status());
        assertEquals(1.0, registry.clock(id).scale());
        assertTrue(registry.clock(id).offset().abs().toSeconds() < 5);
    }

    @Test
    void forksSnapshotsAndRestoresKeepTheClock() {
        put("{\"scale\":10,\"advance\":\"P2D\"}");
        String snapshot = call("POST", "/universes/" + id + "/snapshots", "{}").json().path("snapshot").asText();
        String fork = call("POST", "/universes/" + id + "/fork", "{\"name\":\"f\"}").json().path("id").asText();
        Reply forked = call("GET", "/universes/" + fork + "/clock", null);
        assertEquals(10.0, forked.json().path("scale").asDouble());
        assertTrue(forked.json().path("offsetMs").asLong() >= Duration.ofDays(2).toMillis(), forked.json().toString());
        put("{\"advance\":\"PT1H\"}");
        assertEquals(200, call("POST", "/universes/" + id + "/restore", "{\"snapshot\":\"" + snapshot + "\"}").status());
        Reply restored = call("GET", "/universes/" + id + "/clock", null);
        assertEquals(10.0, restored.json().path("scale").asDouble());
        assertTrue(restored.json().path("offsetMs").asLong() >= Duration.ofDays(2).plusHours(1).toMillis(),
                "a restore rewinds the state, not time: " + restored.json());
    }

    @Test
    void pendingTimersAreListedAndAnAdvanceFiresThem() {
        var u = registry.require(id);
        List<String> fired = new java.util.concurrent.CopyOnWriteArrayList<>();
        u.wakeAfter(Duration.ofHours(2), () -> fired.add("second"));
        u.wakeAfter(Duration.ofHours(1), () -> fired.add("first"));
        assertEquals(2, call("GET", "/universes/" + id + "/clock", null).json().path("timers").size());
        Reply r = put("{\"advance\":\"PT3H\"}");
        assertEquals(List.of("first", "second"), fired);
        assertEquals(0, r.json().path("timers").size());
    }
}
