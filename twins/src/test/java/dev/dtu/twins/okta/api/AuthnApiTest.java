package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import org.junit.jupiter.api.Test;

/** The Authentication API over HTTP: Okta's envelopes for bad input, and a transaction whose factor went away. */
class AuthnApiTest extends OneOktaUniverse {
    static Http.Reply authn(String path, String body) {
        return Http.post(u.orgUrl() + "/api/v1/authn" + path, body, "Content-Type", "application/json");
    }

    @Test
    void badInputGetsOktasEnvelopesNeverA500() {
        Http.Reply malformed = authn("", "{\"username\":");
        assertEquals(400, malformed.status());
        assertEquals("E0000003", malformed.json().path("errorCode").asText());
        Http.Reply noToken = authn("/factors/ost1/verify", "{\"passCode\":\"123456\"}");
        assertEquals(401, noToken.status());
        assertEquals("E0000011", noToken.json().path("errorCode").asText());
        assertEquals("Invalid token provided", noToken.json().path("errorSummary").asText());
        Http.Reply wrongTypes = authn("", "{\"username\":{\"a\":1},\"password\":[1]}");
        assertEquals(401, wrongTypes.status());
        assertEquals("E0000004", wrongTypes.json().path("errorCode").asText());
        assertEquals(401, authn("/cancel", "[]").status());
    }

    @Test
    void aChallengeWhoseFactorWasResetStillAnswersItsState() {
        Http.Reply created = u.send("POST", "/api/v1/users?activate=true", "{\"profile\":{\"firstName\":\"Mae\","
                + "\"lastName\":\"Jemison\",\"email\":\"mae@example.com\",\"login\":\"mae@example.com\"},"
                + "\"credentials\":{\"password\":{\"value\":\"Endeavour-1992\"}}}");
        String user = created.json().path("id").asText();
        String sms = u.send("POST", "/api/v1/users/" + user + "/factors?activate=true",
                "{\"factorType\":\"sms\",\"provider\":\"OKTA\",\"profile\":{\"phoneNumber\":\"+1 415 555 0142\"}}")
                .json().path("id").asText();
        assertEquals(200, Http.send("PUT", server.url() + "/_dtu/universes/" + u.id() + "/okta/signOnPolicy",
                "{\"requireFactor\":true}", "Content-Type", "application/json").status());
        JsonNode required = authn("", "{\"username\":\"mae@example.com\",\"password\":\"Endeavour-1992\"}").json();
        assertEquals("MFA_REQUIRED", required.path("status").asText());
        assertEquals(sms, required.at("/_embedded/factors/0/id").asText());
        String state = required.path("stateToken").asText();
        JsonNode challenge = authn("/factors/" + sms + "/verify", "{\"stateToken\":\"" + state + "\"}").json();
        assertEquals("MFA_CHALLENGE", challenge.path("status").asText());
        assertEquals("verify", challenge.at("/_links/next/name").asText());
        assertEquals(204, u.send("DELETE", "/api/v1/users/" + user + "/factors/" + sms, "").status());
        Http.Reply current = authn("", "{\"stateToken\":\"" + state + "\"}");
        assertEquals(200, current.status(), current.body());
        assertEquals("MFA_CHALLENGE", current.json().path("status").asText());
    }
}
