package dev.dtu.recording.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.RecordedBody;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.recording.seeding.RecordingSeeder;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two cassettes that each create the same user: as one world the second creation clashes with the first; session
 * by session each replays in its own fresh universe, as it was recorded.
 */
class FidelityPerSessionTest {
    private static final String NEW_USER = "{\"profile\":{\"firstName\":\"New\",\"lastName\":\"Hire\",\"email\":\"new@acme.test\","
            + "\"login\":\"new@acme.test\"}}";
    private static final String USERS = "[{\"id\":\"00uold\",\"status\":\"ACTIVE\",\"profile\":{\"firstName\":\"Old\","
            + "\"lastName\":\"Timer\",\"email\":\"old@acme.test\",\"login\":\"old@acme.test\"}}]";

    private final List<Exchange> exchanges = new ArrayList<>();

    private void session(String name) {
        exchange(name, "GET", "/api/v1/users", null, USERS);
        exchange(name, "POST", "/api/v1/users", NEW_USER, "{\"id\":\"00unew\",\"status\":\"ACTIVE\"," + NEW_USER.substring(1));
    }

    private void exchange(String session, String method, String path, String request, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchanges.add(new Exchange("m" + exchanges.size() + ".json", exchanges.size(), Vendor.OKTA, method, path, Map.of(),
                request == null ? null : "application/json",
                request == null ? new byte[0] : request.getBytes(StandardCharsets.UTF_8), "SSWS REDACTED-1", 200,
                Map.of("Content-Type", List.of("application/json")), new RecordedBody.Inline(bytes, Json.parse(bytes)), session));
    }

    @Test
    void eachSessionReplaysInAFreshUniverse() {
        session("first.yml");
        session("second.yml");
        Recordings recordings = new Recordings(List.copyOf(exchanges), List.of());

        RecordingSeeder.InferredSeed whole = RecordingSeeder.infer(recordings);
        FidelityReport together = Fidelity.measure(recordings, whole.seed(), whole.notes());
        assertEquals(400, together.results().get(3).twinStatus(), "as one world the second creation clashes");

        FidelityReport apart = Fidelity.measurePerSession(recordings, session -> {
            RecordingSeeder.InferredSeed s = RecordingSeeder.infer(session);
            return new Fidelity.Seeded(s.seed(), s.notes());
        }, 0, port -> { });
        assertEquals(List.of(200, 200, 200, 200), apart.results().stream().map(ExchangeResult::twinStatus).toList());
        assertEquals("second.yml: m3.json", apart.results().get(3).source());
        assertEquals(apart.results().get(1).differences().size(), apart.results().get(3).differences().size(),
                "the second session fares exactly as the first");
    }
}
