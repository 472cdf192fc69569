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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin API refuses what it cannot honour, reads YAML, and finds universes by name. */
class AdminApiTest {
    private final UniverseRegistry registry =
            new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://bound:1", UniverseEvents.NONE);
    private final AdminApi admin = new AdminApi(registry, () -> true, () -> Optional.of("PEM"));

    private record Reply(int status, JsonNode json) {
        String message() {
            return json.path("error").path("message").asText();
        }

        String code() {
            return json.path("error").path("code").asText();
        }
    }

    private Reply call(String method, String path, String body, String contentType) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("content-type", List.of(contentType));
        Response r = admin.serve(new Request(method, path, Map.of(), headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "https://dtu.example:8443/_dtu"));
        String text = new String(r.body(), StandardCharsets.UTF_8);
        return new Reply(r.status(), text.isEmpty() || !text.startsWith("{") ? Json.object() : Json.parse(r.body()));
    }

    private Reply post(String path, String json) {
        return call("POST", path, json, "application/json");
    }

    @Test
    void anUnknownFieldIsA400NamingIt() {
        Reply r = post("/universes", "{\"nmae\":\"x\"}");
        assertEquals(400, r.status());
        assertTrue(r.message().startsWith("nmae: unknown field"), r.message());
        assertTrue(r.message().contains("name"), "the known fields are listed: " + r.message());
        assertEquals(1, registry.size(), "nothing was created");
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        Reply r = post("/universes", "{\"name\":5}");
        assertEquals(400, r.status());
        assertEquals("name: expected a string, got '5'", r.message());
        assertEquals(400, post("/universes/default/fork", "{\"name\":true}").status());
        assertEquals("snapshot: expected a string", post("/universes/default/restore", "{\"snapshot\":[1]}").message());
    }

    @Test
    void settingsOfTheWrongTypeAreRefusedNotCoerced() {
        Reply r = call("PUT", "/universes/default/settings", "{\"rateLimits\":\"yes\"}", "application/json");
        assertEquals(400, r.status());
        assertTrue(r.message().startsWith("rateLimits: expected a boolean"), r.message());
        assertEquals(false, registry.settings("default").rateLimits());
    }

    @Test
    void aYamlBodyIsReadWithOrWithoutItsContentType() {
        String yaml = """
                name: from-yaml
                seed:
                  company: {name: Initech, domain: initech.example}
                  people:
                    - {id: peter, name: Peter Gibbons, email: peter@initech.example}
                """;
        for (String type : new String[] {"application/yaml", "application/x-www-form-urlencoded", null}) {
            Reply r = call("POST", "/universes", yaml, type);
            assertEquals(201, r.status(), type + ": " + r.json());
            assertEquals("from-yaml", r.json().path("name").asText());
            registry.delete(r.json().path("id").asText());
        }
    }

    @Test
    void aYamlSyntaxErrorIsReportedWithLineAndColumn() {
        Reply r = call("POST", "/universes", "name: x\nseed:\n  company: {name: [Initech\n", "application/yaml");
        assertEquals(400, r.status());
        assertEquals("invalid_yaml", r.code());
        assertTrue(r.message().matches("the body is not valid YAML at line \\d+, column \\d+: .+"), r.message());
        Reply undeclared = call("POST", "/universes", "name: x\n  bad: indent\n", null);
        assertEquals("invalid_yaml", undeclared.code(), undeclared.message());
        assertTrue(undeclared.message().contains("line 2"), undeclared.message());
    }

    @Test
    void aBodyDeclaredAsJsonIsReadAsJsonOnly() {
        Reply r = post("/universes", "name: x");
        assertEquals(400, r.status());
        assertEquals("invalid_json", r.code());
    }

    @Test
    void universesAreAddressedByUniqueNameAsWellAsId() {
        String id = post("/universes", "{\"name\":\"trial-1\"}").json().path("id").asText();
        assertEquals(id, call("GET", "/universes/trial-1", null, null).json().path("id").asText());
        assertEquals(201, post("/universes/trial-1/snapshots", null).status());
        assertEquals(200, call("GET", "/universes/trial-1/state", null, null).status());
        Reply fork = post("/universes/trial-1/fork", "{\"name\":\"trial-1\"}");
        assertEquals(201, fork.status());
        Reply ambiguous = call("GET", "/universes/trial-1", null, null);
        assertEquals(409, ambiguous.status());
        assertEquals("ambiguous_name", ambiguous.code());
        assertTrue(ambiguous.message().contains(id), ambiguous.message());
        assertEquals(id, call("GET", "/universes/" + id, null, null).json().path("id").asText(), "the id still works");
        assertEquals(204, call("DELETE", "/universes/" + fork.json().path("id").asText(), null, null).status());
        assertEquals(204, call("DELETE", "/universes/trial-1", null, null).status());
        Reply gone = call("GET", "/universes/trial-1", null, null);
        assertEquals(404, gone.status());
        assertEquals("no universe with id or name 'trial-1'", gone.message());
        assertEquals(409, call("DELETE", "/universes/default", null, null).status());
    }

    @Test
    void descriptionsUseTheUrlTheClientReached() {
        Reply created = post("/universes", "{}");
        String id = created.json().path("id").asText();
        assertEquals("https://dtu.example:8443/u/" + id + "/notes/", created.json().path("twins").path("notes").path("baseUrl").asText());
        JsonNode listed = call("GET", "/universes", null, null).json().path("universes").get(0);
        assertEquals("https://dtu.example:8443/u/default/notes/", listed.path("twins").path("notes").path("baseUrl").asText());
        assertTrue(registry.get(id).twins().toString().contains("http://bound:1/u/"), "without a request: the server's URL");
    }

    @Test
    void theCaCertificateIsServedWhenThereIsOne() {
        Response r = admin.serve(Request.of("GET", "/ca.pem"));
        assertEquals(200, r.status());
        assertEquals("PEM", new String(r.body(), StandardCharsets.UTF_8));
        AdminApi plain = new AdminApi(registry, () -> true);
        assertEquals(404, plain.serve(Request.of("GET", "/ca.pem")).status());
    }

    @Test
    void aUniverseDescribesTheUniverseItWasForkedFromAndTheSnapshotRestoredIntoIt() {
        String root = post("/universes", "{\"name\":\"root\"}").json().path("id").asText();
        Reply fork = post("/universes/" + root + "/fork", "{}");
        assertEquals(root, fork.json().path("forkedFrom").path("universe").asText(), fork.json().toString());
        assertTrue(fork.json().path("forkedFrom").path("at").isTextual(), fork.json().toString());
        assertTrue(call("GET", "/universes/" + root, null, null).json().path("forkedFrom").isMissingNode());
        String snapshot = post("/universes/" + root + "/snapshots", null).json().path("snapshot").asText();
        String forkId = fork.json().path("id").asText();
        assertEquals(200, post("/universes/" + forkId + "/restore", "{\"snapshot\":\"" + snapshot + "\"}").status());
        JsonNode restored = call("GET", "/universes/" + forkId, null, null).json().path("restoredFrom");
        assertEquals(snapshot, restored.path("snapshot").asText(), restored.toString());
        assertEquals(root, restored.path("universe").asText());
    }
}
