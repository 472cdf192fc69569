package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import org.junit.jupiter.api.Test;

/** Policies, a declared resource: created with Okta's fields, type fixed once set, lifecycle, unknown type refused. */
class PolicyDeclaredTest {

    @Test
    void aSignOnPolicyIsStoredValidatedAndDeactivated() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply created = u.send("POST", "/api/v1/policies", "{\"type\":\"OKTA_SIGN_ON\",\"name\":\"Contractors\","
                    + "\"conditions\":{\"people\":{\"groups\":{\"include\":[]}}}}");
            assertEquals(200, created.status(), created.body());
            String id = created.json().path("id").asText();
            assertEquals("ACTIVE", created.json().path("status").asText());
            assertEquals("00p", id.substring(0, 3));
            Http.Reply deactivated = u.send("POST", "/api/v1/policies/" + id + "/lifecycle/deactivate", "");
            assertEquals(204, deactivated.status(), "Okta answers a policy's lifecycle step with no body");
            assertEquals("INACTIVE", u.get("/api/v1/policies/" + id).json().path("status").asText());
            Http.Reply wrongType = u.send("POST", "/api/v1/policies", "{\"type\":\"NOT_A_TYPE\",\"name\":\"x\"}");
            assertEquals(400, wrongType.status());
            assertEquals("E0000001", wrongType.json().path("errorCode").asText());
            Http.Reply retype = u.send("PUT", "/api/v1/policies/" + id, "{\"type\":\"PASSWORD\",\"name\":\"Contractors\"}");
            assertEquals(400, retype.status(), "type is set once");
            assertEquals(404, u.get("/api/v1/policies/00pnothere0000000000").status());
            com.fasterxml.jackson.databind.JsonNode enrollment = u.get("/api/v1/policies?type=MFA_ENROLL").json();
            assertEquals(1, enrollment.size(), "the org's own enrollment policy, not the sign-on one: " + enrollment);
            assertEquals("Default Policy", enrollment.get(0).path("name").asText());
            assertEquals(true, enrollment.get(0).path("system").asBoolean());
        }
    }
}
