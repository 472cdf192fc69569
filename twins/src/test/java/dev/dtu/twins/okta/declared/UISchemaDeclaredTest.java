package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import org.junit.jupiter.api.Test;

/**
 * UI schemas, a declared resource: stored, listed, replaced, deleted, validated. Over HTTP, not the Java SDK: SDK
 * 24.0.0 models {@code uiSchema.elements} as one object, where Okta's spec and answers have an array.
 */
class UISchemaDeclaredTest {
    private static final String FIRST = "{\"type\":\"Control\",\"scope\":\"#/properties/firstName\",\"label\":\"First Name\","
            + "\"options\":{\"format\":\"text\"}}";

    @Test
    void aUiSchemaIsStoredReplacedAndDeleted() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply created = u.send("POST", "/api/v1/meta/uischemas", "{\"uiSchema\":{\"label\":\"Sign in\","
                    + "\"type\":\"Group\",\"elements\":[" + FIRST + "]}}");
            assertEquals(200, created.status(), created.body());
            String id = created.json().path("id").asText();
            assertTrue(id.startsWith("uis"), id);
            assertEquals("First Name", created.json().at("/uiSchema/elements/0/label").asText());
            JsonNode list = u.get("/api/v1/meta/uischemas").json();
            assertTrue(list.findValuesAsText("id").contains(id), list.toString());
            Http.Reply replaced = u.send("PUT", "/api/v1/meta/uischemas/" + id, "{\"uiSchema\":{\"label\":\"Join\","
                    + "\"type\":\"Group\",\"elements\":[" + FIRST + "]}}");
            assertEquals("Join", replaced.json().at("/uiSchema/label").asText(), replaced.body());
            assertEquals("Join", u.get("/api/v1/meta/uischemas/" + id).json().at("/uiSchema/label").asText());
            Http.Reply badFormat = u.send("POST", "/api/v1/meta/uischemas", "{\"uiSchema\":{\"elements\":[{\"type\":"
                    + "\"Control\",\"options\":{\"format\":\"slider\"}}]}}");
            assertEquals(400, badFormat.status(), badFormat.body());
            assertTrue(badFormat.json().at("/errorCauses/0/errorSummary").asText().contains("format"), badFormat.body());
            assertEquals(204, u.send("DELETE", "/api/v1/meta/uischemas/" + id, "").status());
            assertEquals(404, u.get("/api/v1/meta/uischemas/" + id).status());
        }
    }
}
