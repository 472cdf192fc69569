package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import org.junit.jupiter.api.Test;

/** Custom SMTP servers: 201 on create, a wrapped list, the password never shown, partial updates, validation. */
class EmailServersApiTest {
    private static final String SERVER = "{\"alias\":\"CustomServer1\",\"host\":\"smtp.northwind.example\",\"port\":587,"
            + "\"username\":\"mailer\",\"password\":\"Abcd1234#@\"}";

    @Test
    void aServerIsEnrolledListedUpdatedAndDeleted() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply created = u.send("POST", "/api/v1/email-servers", SERVER);
            assertEquals(201, created.status(), created.body());
            assertFalse(created.json().has("password"), created.body());
            String id = created.json().path("id").asText();
            JsonNode list = u.get("/api/v1/email-servers").json();
            assertEquals("smtp.northwind.example", list.at("/email-servers/0/host").asText(), list.toString());
            Http.Reply patched = u.send("PATCH", "/api/v1/email-servers/" + id, "{\"port\":2525}");
            assertEquals(200, patched.status(), patched.body());
            assertEquals(2525, patched.json().path("port").asInt());
            assertEquals("mailer", patched.json().path("username").asText());
            assertEquals(204, u.send("POST", "/api/v1/email-servers/" + id + "/test",
                    "{\"fromAddress\":\"a@northwind.example\",\"toAddress\":\"b@northwind.example\"}").status());
            assertEquals(400, u.send("POST", "/api/v1/email-servers/" + id + "/test", "{}").status());
            assertEquals(204, u.send("DELETE", "/api/v1/email-servers/" + id, "").status());
            assertEquals(404, u.get("/api/v1/email-servers/" + id).status());
        }
    }

    @Test
    void aServerWithoutItsHostOrWithABadPortIsRefused() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply noHost = u.send("POST", "/api/v1/email-servers", SERVER.replace("\"host\":\"smtp.northwind.example\",", ""));
            assertEquals(400, noHost.status(), noHost.body());
            assertTrue(noHost.json().at("/errorCauses/0/errorSummary").asText().startsWith("host"), noHost.body());
            assertEquals(400, u.send("POST", "/api/v1/email-servers", SERVER.replace("587", "\"x\"")).status());
            assertEquals(0, u.get("/api/v1/email-servers").json().path("email-servers").size());
        }
    }
}
