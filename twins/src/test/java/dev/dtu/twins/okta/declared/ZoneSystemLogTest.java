package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes to a declared Okta resource leave the System Log events its declaration names (issue 17). */
class ZoneSystemLogTest extends OneOktaUniverse {
    @Test
    void aZonesLifecycleIsInTheSystemLogWithTheZoneAsTarget() {
        Http.Reply created = u.send("POST", "/api/v1/zones",
                "{\"name\":\"Branch office\",\"type\":\"IP\",\"gateways\":[{\"type\":\"CIDR\",\"value\":\"10.1.0.0/16\"}]}");
        assertEquals(200, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertEquals(200, u.send("POST", "/api/v1/zones/" + id + "/lifecycle/deactivate", "").status());
        assertEquals(204, u.send("DELETE", "/api/v1/zones/" + id, "").status());

        Http.Reply logs = u.get("/api/v1/logs?limit=1000");
        assertEquals(200, logs.status(), logs.body());
        List<String> types = new ArrayList<>();
        for (JsonNode e : logs.json()) {
            if (!e.path("target").path(0).path("id").asText().equals(id)) {
                continue;
            }
            types.add(e.path("eventType").asText());
            assertEquals("NetworkZone", e.path("target").get(0).path("type").asText(), e.toString());
            assertEquals("Branch office", e.path("target").get(0).path("displayName").asText(), e.toString());
            assertEquals("SUCCESS", e.path("outcome").path("result").asText());
        }
        assertEquals(List.of("zone.create", "zone.deactivate", "zone.delete"), types);
    }
}
