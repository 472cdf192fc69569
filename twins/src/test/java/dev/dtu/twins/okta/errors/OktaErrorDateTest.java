package dev.dtu.twins.okta.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The framework's answers in Okta's envelope (injected faults) carry the universe's time, as the twin's own do. */
class OktaErrorDateTest {

    private static long seconds(Http.Reply r, String header) {
        String v = r.header(header);
        return header.equals("Date") ? ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond() : Long.parseLong(v);
    }

    @Test
    void anInjectedErrorIsDatedByTheUniversesClock() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply clock = Http.send("PUT", server.url() + "/_dtu/universes/" + u.id() + "/clock",
                    "{\"at\":\"2031-01-01T09:00:00Z\",\"scale\":1}", "Content-Type", "application/json");
            assertEquals(200, clock.status(), clock.body());
            Http.Reply faults = Http.send("PUT", server.url() + "/_dtu/universes/" + u.id() + "/faults",
                    "{\"rules\":[{\"twin\":\"okta\",\"path\":\"/api/v1/users\",\"action\":\"error\",\"status\":429}]}",
                    "Content-Type", "application/json");
            assertEquals(200, faults.status(), faults.body());
            Http.Reply r = u.get("/api/v1/users");
            assertEquals(429, r.status(), r.body());
            assertEquals("E0000047", r.json().path("errorCode").asText(), r.body());
            long date = seconds(r, "Date");
            long at = Instant.parse("2031-01-01T09:00:00Z").getEpochSecond();
            assertTrue(date >= at && date < at + 60, "Date " + r.header("Date") + " is the universe's time");
            long reset = seconds(r, "X-Rate-Limit-Reset");
            assertTrue(reset - date >= 0 && reset - date <= 60, "the SDK waits Reset - Date: " + (reset - date) + " s");
        }
    }
}
