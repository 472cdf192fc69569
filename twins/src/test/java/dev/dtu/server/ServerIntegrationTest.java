package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.server.testing.NotesTwin;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server over real HTTP, with a tiny twin. */
class ServerIntegrationTest {
    static DtuServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 32, 4096), List.of(new NotesTwin())).start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode createUniverse() {
        Reply r = Http.post(url + "/_dtu/universes", "{\"name\":\"it\"}", "Content-Type", "application/json");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void healthAndMetricsAnswer() {
        Reply health = Http.get(url + "/_dtu/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().path("status").asText());
        createUniverse();
        Reply metrics = Http.get(url + "/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("dtu_universes_live"), metrics.body());
    }

    @Test
    void aUniverseServesItsTwinAndJournalsWithSecretsRedacted() {
        JsonNode u = createUniverse();
        String base = u.path("twins").path("notes").path("baseUrl").asText();
        String token = u.path("twins").path("notes").path("token").asText();
        assertEquals(url + "/u/" + u.path("id").asText() + "/notes/", base);

        Reply created = Http.post(base + "notes?via=" + token, "{\"text\":\"hi " + token + "\"}", "Authorization", "Bearer " + token);
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertEquals("hi " + token, Http.get(base + "notes/" + id, "Authorization", "Bearer " + token).json().path("text").asText());

        JsonNode journal = Http.get(url + "/_dtu/universes/" + u.path("id").asText() + "/journal").json().path("entries");
        assertEquals(2, journal.size());
        JsonNode first = journal.get(0);
        assertEquals("POST /notes", first.path("operation").asText());
        assertEquals(201, first.path("status").asInt());
        assertEquals("hi [notes:app]", first.path("requestBody").path("text").asText());
        assertFalse(journal.toString().contains(token), "no secret in the journal");

        Reply metrics = Http.get(url + "/metrics");
        assertTrue(metrics.body().contains("twin=\"notes\""), "requests are counted by twin");
    }

    @Test
    void anotherUniversesCredentialGetsTheVendorsAuthError() {
        JsonNode a = createUniverse();
        JsonNode b = createUniverse();
        String tokenA = a.path("twins").path("notes").path("token").asText();
        Reply r = Http.get(b.path("twins").path("notes").path("baseUrl").asText() + "notes", "Authorization", "Bearer " + tokenA);
        assertEquals(401, r.status());
        assertEquals("who are you", r.json().path("problem").asText());
    }

    @Test
    void rootPathsFindTheUniverseByCredential() {
        JsonNode a = createUniverse();
        String token = a.path("twins").path("notes").path("token").asText();
        Http.post(a.path("twins").path("notes").path("baseUrl").asText() + "notes", "{\"text\":\"mine\"}", "Authorization", "Bearer " + token);
        Reply r = Http.get(url + "/notes", "Authorization", "Bearer " + token);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("mine"));
        assertEquals(401, Http.get(url + "/notes", "Authorization", "Bearer nope").status());
    }

    @Test
    void faultsInjectVendorErrorsLatencyAndDropsThenClear() {
        JsonNode u = createUniverse();
        String id = u.path("id").asText();
        String base = u.path("twins").path("notes").path("baseUrl").asText();
        String auth = "Bearer " + u.path("twins").path("notes").path("token").asText();
        Reply set = Http.send("PUT", url + "/_dtu/universes/" + id + "/faults",
                "{\"seed\":7,\"rules\":[{\"twin\":\"notes\",\"operation\":\"GET /notes\",\"action\":\"error\",\"status\":503,\"count\":1},"
                        + "{\"twin\":\"notes\",\"path\":\"/notes/*\",\"action\":\"drop\"}]}");
        assertEquals(200, set.status(), set.body());
        Reply first = Http.get(base + "notes", "Authorization", auth);
        assertEquals(503, first.status());
        assertEquals("injected fault", first.json().path("problem").asText());
        assertEquals(200, Http.get(base + "notes", "Authorization", auth).status(), "count 1: fires once");
        assertThrows(java.io.UncheckedIOException.class, () -> Http.get(base + "notes/n1", "Authorization", auth));

        assertEquals(2, Http.get(url + "/_dtu/universes/" + id + "/faults").json().path("rules").size());
        assertEquals(204, Http.send("DELETE", url + "/_dtu/universes/" + id + "/faults", null).status());
        assertEquals(200, Http.get(base + "notes/n1", "Authorization", auth).status());
    }

    @Test
    void rateLimitsAreOffByDefaultAndVendorShapedWhenOn() {
        JsonNode u = createUniverse();
        String id = u.path("id").asText();
        String base = u.path("twins").path("notes").path("baseUrl").asText();
        String auth = "Bearer " + u.path("twins").path("notes").path("token").asText();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, Http.get(base + "notes", "Authorization", auth).status());
        }
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + id + "/settings", "{\"rateLimits\":true}").status());
        assertEquals(200, Http.get(base + "notes", "Authorization", auth).status());
        assertEquals(200, Http.get(base + "notes", "Authorization", auth).status());
        Reply limited = Http.get(base + "notes", "Authorization", auth);
        assertEquals(429, limited.status());
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
    }

    @Test
    void adminBadInputGets4xxNeverA500() {
        assertEquals(400, Http.post(url + "/_dtu/universes", "{nope").status());
        assertEquals(400, Http.post(url + "/_dtu/universes", "[1,2]").status());
        assertEquals(400, Http.post(url + "/_dtu/universes", "{\"name\": {\"x\": 1}}").status());
        Reply badSeed = Http.post(url + "/_dtu/universes", "{\"seed\": {\"company\": {\"name\": \"x\"}, \"people\": []}}");
        assertEquals(400, badSeed.status());
        assertEquals("invalid_seed", badSeed.json().path("error").path("code").asText());
        assertEquals("company", badSeed.json().path("error").path("field").asText());
        assertEquals(404, Http.get(url + "/_dtu/universes/u-missing").status());
        assertEquals(404, Http.get(url + "/_dtu/universes/u-missing/state").status());
        assertEquals(405, Http.send("PATCH", url + "/_dtu/universes", "{}").status());
        assertEquals(409, Http.send("DELETE", url + "/_dtu/universes/default", null).status());
        String id = createUniverse().path("id").asText();
        Reply badRule = Http.send("PUT", url + "/_dtu/universes/" + id + "/faults", "{\"rules\":[{\"action\":\"error\",\"status\":\"x\"}]}");
        assertEquals(400, badRule.status(), badRule.body());
        assertTrue(badRule.json().path("error").path("message").asText().contains("rules[0].status"), badRule.body());
        Reply badProb = Http.send("PUT", url + "/_dtu/universes/" + id + "/faults", "[{\"action\":\"drop\",\"probability\":2}]");
        assertEquals(400, badProb.status());
        assertTrue(badProb.json().path("error").path("message").asText().contains("probability"), badProb.body());
        assertEquals(400, Http.send("PUT", url + "/_dtu/universes/" + id + "/settings", "{\"colour\":\"red\"}").status());
        assertEquals(400, Http.get(url + "/_dtu/universes/" + id + "/journal?after=x").status());
        assertEquals(400, Http.post(url + "/_dtu/universes/" + id + "/restore", "{}").status());
        assertEquals(404, Http.post(url + "/_dtu/universes/" + id + "/restore", "{\"snapshot\":\"s-x\"}").status());
    }

    @Test
    void oversizedBodiesGet413InTheRightEnvelope() {
        String big = "{\"name\":\"" + "x".repeat(5000) + "\"}";
        Reply admin = Http.post(url + "/_dtu/universes", big);
        assertEquals(413, admin.status());
        JsonNode u = createUniverse();
        Reply twin = Http.post(u.path("twins").path("notes").path("baseUrl").asText() + "notes", big,
                "Authorization", "Bearer " + u.path("twins").path("notes").path("token").asText());
        assertEquals(413, twin.status());
        assertTrue(twin.json().has("problem"), "the vendor's own envelope");
    }

    @Test
    void aTwinBugAnswersInTheVendorsShapeWithoutAStackTrace() {
        JsonNode u = createUniverse();
        Reply r = Http.post(u.path("twins").path("notes").path("baseUrl").asText() + "notes", "{\"text\":\"boom\"}",
                "Authorization", "Bearer " + u.path("twins").path("notes").path("token").asText());
        assertEquals(500, r.status());
        assertEquals("internal error", r.json().path("problem").asText());
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void snapshotForkRestoreAndResetOverHttp() {
        JsonNode u = createUniverse();
        String id = u.path("id").asText();
        String base = u.path("twins").path("notes").path("baseUrl").asText();
        String auth = "Bearer " + u.path("twins").path("notes").path("token").asText();
        String snap = Http.post(url + "/_dtu/universes/" + id + "/snapshots", null).json().path("snapshot").asText();
        Http.post(base + "notes", "{\"text\":\"later\"}", "Authorization", auth);
        Reply fork = Http.post(url + "/_dtu/universes/" + id + "/fork", "{\"name\":\"copy\"}");
        assertEquals(201, fork.status());
        String forkId = fork.json().path("id").asText();
        assertEquals(7, Http.get(url + "/_dtu/universes/" + forkId + "/state").json().path("notes").path("notes").size());
        assertEquals(200, Http.post(url + "/_dtu/universes/" + id + "/restore", "{\"snapshot\":\"" + snap + "\"}").status());
        assertEquals(6, Http.get(url + "/_dtu/universes/" + id + "/state").json().path("notes").path("notes").size());
        assertEquals(7, Http.get(url + "/_dtu/universes/" + forkId + "/state").json().path("notes").path("notes").size());
        assertEquals(200, Http.post(url + "/_dtu/universes/" + forkId + "/reset", null).status());
        assertEquals(6, Http.get(url + "/_dtu/universes/" + forkId + "/state").json().path("notes").path("notes").size());
        assertEquals(204, Http.send("DELETE", url + "/_dtu/universes/" + forkId, null).status());
        assertEquals(404, Http.get(url + "/_dtu/universes/" + forkId).status());
    }
}
