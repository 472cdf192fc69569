package dev.dtu.twins.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Raw HTTP at the edges: rate limits, malformed and oversized bodies, seeds the schema rejects. */
class GoogleRoutesEdgeTest {

    private static Http.Reply post(GoogleWorld world, String path, String body) {
        return Http.post(world.universeUrl + path, body, "Content-Type", "application/json",
                "Authorization", "Bearer " + world.tokens.get("ada"));
    }

    private static String newDocument(GoogleWorld world) {
        Http.Reply r = post(world, "v1/documents", "{\"title\":\"Edge\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().path("documentId").asText();
    }

    /** An unknown route answers Google's error object (a numeric code), at the server root and below the universe. */
    @Test
    void unknownRoutesAnswerGooglesErrorObject() {
        GoogleWorld world = GoogleWorld.create();
        for (String url : new String[] {world.universeUrl + "drive/v3/nothing/here",
                world.serverUrl() + "/v4/spreadsheets/x/values/A1/deeper:unknownMethod",
                world.universeUrl + "drive/v3/files/x/revisions/y/more"}) {
            Http.Reply r = Http.get(url, "Authorization", "Bearer " + world.tokens.get("ada"));
            assertTrue(r.status() == 404 || r.status() == 405, url + " " + r.status());
            JsonNode error = r.json().path("error");
            assertTrue(error.path("code").isInt(), r.body());
            assertEquals(r.status(), error.path("code").asInt());
            assertTrue(error.path("status").isTextual(), r.body());
        }
    }

    @Test
    void rateLimitsAnswer429ResourceExhaustedWithRetryAfter() {
        GoogleWorld world = GoogleWorld.create();
        String doc = newDocument(world);
        Http.Reply on = Http.send("PUT", world.serverUrl() + "/_dtu/universes/" + world.universeId + "/settings",
                "{\"rateLimits\":true}", "Content-Type", "application/json");
        assertEquals(200, on.status(), on.body());
        Http.Reply last = null;
        for (int i = 0; i < 61 && (last == null || last.status() == 200); i++) {
            last = Http.get(world.universeUrl + "v1/documents/" + doc, "Authorization", "Bearer " + world.tokens.get("ada"));
        }
        assertEquals(429, last.status(), "the 61st read in a minute is over Docs' per-user quota");
        assertEquals("RESOURCE_EXHAUSTED", last.json().path("error").path("status").asText());
        assertEquals(429, last.json().path("error").path("code").asInt());
        assertNotNull(last.header("Retry-After"));
        Http.Reply other = Http.get(world.universeUrl + "v1/documents/" + doc, "Authorization",
                "Bearer " + world.tokens.get("grace"));
        assertTrue(other.status() != 429, "quotas are per user");
    }

    @Test
    void malformedBodiesGetInvalidArgument() {
        GoogleWorld world = GoogleWorld.create();
        String doc = newDocument(world);
        Http.Reply broken = post(world, "v1/documents/" + doc + ":batchUpdate", "{\"requests\": [");
        assertEquals(400, broken.status());
        assertEquals("INVALID_ARGUMENT", broken.json().path("error").path("status").asText());
        assertTrue(broken.json().path("error").path("message").asText().startsWith("Invalid JSON payload received."));
        Http.Reply array = post(world, "v1/documents/" + doc + ":batchUpdate", "[1, 2]");
        assertEquals(400, array.status());
        Http.Reply wrongType = post(world, "v1/documents/" + doc + ":batchUpdate", "{\"requests\": \"insertText\"}");
        assertEquals(400, wrongType.status());
        Http.Reply sheets = post(world, "v4/spreadsheets", "{\"properties\": ");
        assertEquals(400, sheets.status());
        assertEquals("INVALID_ARGUMENT", sheets.json().path("error").path("status").asText());
    }

    @Test
    void oversizedBodiesGet413InGooglesEnvelope() {
        GoogleWorld world = GoogleWorld.create();
        String doc = newDocument(world);
        String text = "x".repeat(9 << 20);
        Http.Reply r = post(world, "v1/documents/" + doc + ":batchUpdate",
                "{\"requests\":[{\"insertText\":{\"location\":{\"index\":1},\"text\":\"" + text + "\"}}]}");
        assertEquals(413, r.status());
        assertEquals(413, r.json().path("error").path("code").asInt());
        assertNotNull(r.json().path("error").path("message").textValue());
    }

    @Test
    void aGoogleSeedTheSchemaRejectsNamesTheField() throws Exception {
        ObjectNode seed;
        try (InputStream in = GoogleRoutesEdgeTest.class.getResourceAsStream("/seeds/default.yaml")) {
            seed = (ObjectNode) Json.parseYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ((ObjectNode) seed.with("google").withArray("folders").get(0)).put("id", "not a valid id!");
        ObjectNode body = Json.object().put("name", "bad-seed");
        body.set("seed", seed);
        Http.Reply r = Http.post(GoogleWorld.server().url() + "/_dtu/universes", Json.MAPPER.writeValueAsString(body),
                "Content-Type", "application/json");
        assertEquals(400, r.status(), r.body());
        JsonNode error = r.json().path("error");
        assertEquals("google.folders[0].id", error.path("field").asText(), r.body());
    }
}
