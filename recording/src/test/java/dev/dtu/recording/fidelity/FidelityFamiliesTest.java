package dev.dtu.recording.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.RecordedBody;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.recording.seeding.RecordingSeeder;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the twin does not serve are named by the vendor's operation and grouped by the vendor's family. */
class FidelityFamiliesTest {
    static FidelityReport report;

    @BeforeAll
    static void replay() {
        Recordings recordings = new Recordings(List.of(
                get(1, "/api/v1/users", "[{\"id\":\"00u1ann\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"ann@example.com\","
                        + "\"email\":\"ann@example.com\",\"firstName\":\"Ann\",\"lastName\":\"Lee\"}}]"),
                get(2, "/api/v1/domains", "{\"domains\":[]}"),
                get(3, "/api/v1/domains", "{\"domains\":[]}"),
                get(4, "/api/v1/not/a/vendor/path", "{}")), List.of());
        report = Fidelity.measure(recordings, RecordingSeeder.infer(recordings).seed(), List.of());
    }

    private static Exchange get(int sequence, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Exchange("m" + sequence + ".json", sequence, Vendor.OKTA, "GET", path, Map.of(), null, new byte[0],
                null, 200, Map.of("Content-Type", List.of("application/json")),
                new RecordedBody.Inline(bytes, Json.parse(bytes)));
    }

    @Test
    void anUnservedRequestIsNamedByTheVendorsOperationId() {
        ExchangeResult domains = report.results().get(1);
        assertEquals("listCustomDomains", domains.operation());
        assertEquals("CustomDomain", domains.family());
        assertFalse(domains.served());
        assertEquals(Map.of("okta listCustomDomains", 2L, "okta GET /api/v1/not/a/vendor/path", 1L), report.unserved());
    }

    @Test
    void aServedRequestKeepsTheTwinsNameAndTheVendorsFamily() {
        ExchangeResult users = report.results().get(0);
        assertTrue(users.served(), users.toString());
        assertEquals("User", users.family());
    }

    @Test
    void familiesCountPairsServedAndScore() {
        FamilyScore domain = report.byFamily().stream().filter(f -> f.family().equals("CustomDomain")).findFirst().orElseThrow();
        assertEquals(2, domain.pairs());
        assertEquals(0, domain.served());
        assertTrue(domain.score().value() < 1.0, "a 404 for a recorded 200 is a difference");
        FamilyScore users = report.byFamily().stream().filter(f -> f.family().equals("User")).findFirst().orElseThrow();
        assertEquals(1, users.served());
        String md = MarkdownReport.render(report);
        assertTrue(md.contains("| okta | CustomDomain | 2 | 0 |"), md);
        assertTrue(md.contains("| okta listCustomDomains | 2 |"), md);
        assertTrue(FidelityReports.json(report).path("families").size() >= 3);
    }
}
