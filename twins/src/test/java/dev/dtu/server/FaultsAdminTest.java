package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.NotesTwin;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PUT /faults rejects the mistakes {@code dtu scenario check} finds, with a 400 naming the field. */
class FaultsAdminTest {
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

    @Test
    void aMisspeltFieldOrUnknownTwinIsA400() {
        Http.Reply created = Http.post(url + "/_dtu/universes", "{\"name\":\"faults\"}", "Content-Type", "application/json");
        String id = created.json().path("id").asText();
        Http.Reply misspelt = Http.send("PUT", url + "/_dtu/universes/" + id + "/faults", "[{\"twin\":\"notes\",\"operaton\":\"x\",\"action\":\"drop\"}]");
        assertEquals(400, misspelt.status(), misspelt.body());
        String message = misspelt.json().path("error").path("message").asText();
        assertTrue(message.contains("rules[0].operaton: unknown field 'operaton' (did you mean 'operation'?)"), message);
        Http.Reply twin = Http.send("PUT", url + "/_dtu/universes/" + id + "/faults", "[{\"twin\":\"slack\",\"action\":\"drop\"}]");
        assertEquals(400, twin.status(), twin.body());
        assertTrue(twin.json().path("error").path("message").asText().contains("rules[0].twin"), twin.body());
        assertEquals(0, Http.get(url + "/_dtu/universes/" + id + "/faults").json().path("rules").size(), "nothing was set");
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + id + "/faults", "[{\"twin\":\"notes\",\"action\":\"drop\"}]").status());
    }

    @Test
    void anOperationTheTwinDoesNotNameIsA400WithWhatWasMeant() {
        try (DtuServer vendors = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 32, 4096), dev.dtu.twins.Twins.all()).start()) {
            String id = Http.post(vendors.url() + "/_dtu/universes", "{\"name\":\"ops\"}", "Content-Type", "application/json")
                    .json().path("id").asText();
            String faults = vendors.url() + "/_dtu/universes/" + id + "/faults";
            Http.Reply wrong = Http.send("PUT", faults, "[{\"twin\":\"slack\",\"operation\":\"chat.postMesage\",\"action\":\"drop\"}]");
            assertEquals(400, wrong.status(), wrong.body());
            assertTrue(wrong.json().path("error").path("message").asText()
                    .contains("rules[0].operation: 'chat.postMesage' is not an operation of slack (did you mean 'chat.postMessage'?)"), wrong.body());
            Http.Reply request = Http.send("PUT", faults, "[{\"twin\":\"jira\",\"operation\":\"GET /rest/api/3/issue/PROJ-1\",\"action\":\"drop\"}]");
            assertTrue(request.json().path("error").path("message").asText().contains("rules[0].operation: 'GET /rest/api/3/issue/PROJ-1'"
                    + " is not an operation of jira (did you mean 'GET /rest/api/3/issue/{issueIdOrKey}'? an operation names the route,"
                    + " not one request)"), request.body());
            Http.Reply anyTwin = Http.send("PUT", faults, "[{\"operation\":\"POST /api/chat.postMessage\",\"action\":\"drop\"}]");
            assertTrue(anyTwin.json().path("error").path("message").asText().contains("did you mean 'chat.postMessage'?"), anyTwin.body());
            assertEquals(200, Http.send("PUT", faults, "[{\"twin\":\"slack\",\"operation\":\"chat.postMessage\",\"action\":\"drop\"},"
                    + "{\"twin\":\"jira\",\"operation\":\"POST /rest/api/3/issue\",\"action\":\"drop\"}]").status());
        }
    }
}
