package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaTwin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declared resources are entities of the universe state like any other: the admin API's state view, snapshots,
 * forks, restores and --data-dir durability carry them with no code of their own.
 */
class DeclaredStateTest {
    static final String ORIGIN = "{\"name\":\"%s\",\"origin\":\"https://%s.example.com\",\"scopes\":[{\"type\":\"CORS\"}]}";

    @TempDir
    Path dataDir;

    record U(String url, String id, String orgUrl, String token) {
        Http.Reply send(String method, String path, String json) {
            return Http.send(method, orgUrl + path, json, "Authorization", "SSWS " + token, "Content-Type", "application/json");
        }

        int count() {
            return send("GET", "/api/v1/trustedOrigins", null).json().size();
        }

        JsonNode state() {
            return Http.get(url + "/_dtu/universes/" + id + "/state").json();
        }
    }

    static U universe(String url, String id) {
        JsonNode u = Http.get(url + "/_dtu/universes/" + id).json();
        return new U(url, id, u.path("twins").path("okta").path("orgUrl").asText(), u.path("twins").path("okta").path("apiToken").asText());
    }

    static DtuServer server(Path dir) {
        return new DtuServer(new ServerConfig("127.0.0.1", 0, dir, 8, 1 << 20), List.of(new OktaTwin())).start();
    }

    @Test
    void snapshotsForksRestoresAndTheStateViewCarryDeclaredResources() {
        try (DtuServer server = server(null)) {
            String id = Http.post(server.url() + "/_dtu/universes", "{}").json().path("id").asText();
            U u = universe(server.url(), id);
            assertEquals(200, u.send("POST", "/api/v1/trustedOrigins", ORIGIN.formatted("a", "a")).status());
            assertEquals(1, u.state().path("okta").path("trustedOrigins").size());
            String snap = Http.post(server.url() + "/_dtu/universes/" + id + "/snapshots", null).json().path("snapshot").asText();
            assertEquals(200, u.send("POST", "/api/v1/trustedOrigins", ORIGIN.formatted("b", "b")).status());
            U fork = universe(server.url(), Http.post(server.url() + "/_dtu/universes/" + id + "/fork", "{}").json().path("id").asText());
            assertEquals(2, fork.count());
            assertEquals(200, Http.post(server.url() + "/_dtu/universes/" + id + "/restore", "{\"snapshot\":\"" + snap + "\"}").status());
            assertEquals(1, u.count());
            assertEquals(2, fork.count(), "the fork keeps its own state");
            assertEquals(200, fork.send("POST", "/api/v1/trustedOrigins", ORIGIN.formatted("c", "c")).status());
            assertEquals("tosdtu00000000000003", fork.send("GET", "/api/v1/trustedOrigins", null).json().get(2).path("id").asText(),
                    "ids continue in the fork");
        }
    }

    @Test
    void aDataDirKeepsThemAcrossRestarts() {
        String id;
        try (DtuServer server = server(dataDir)) {
            id = Http.post(server.url() + "/_dtu/universes", "{}").json().path("id").asText();
            U u = universe(server.url(), id);
            assertEquals(200, u.send("POST", "/api/v1/trustedOrigins", ORIGIN.formatted("kept", "kept")).status());
            String tos = u.send("GET", "/api/v1/trustedOrigins", null).json().get(0).path("id").asText();
            assertEquals(200, u.send("POST", "/api/v1/trustedOrigins/" + tos + "/lifecycle/deactivate", null).status());
        }
        try (DtuServer server = server(dataDir)) {
            JsonNode list = universe(server.url(), id).send("GET", "/api/v1/trustedOrigins", null).json();
            assertEquals(1, list.size());
            assertEquals("kept", list.get(0).path("name").asText());
            assertEquals("INACTIVE", list.get(0).path("status").asText());
        }
    }
}
