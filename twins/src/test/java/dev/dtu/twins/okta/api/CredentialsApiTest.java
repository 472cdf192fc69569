package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import org.junit.jupiter.api.Test;

/** credentials/change_password and change_recovery_question, and a path with a doubled slash, over HTTP. */
class CredentialsApiTest extends OneOktaUniverse {
    static String createUser(String name) {
        Http.Reply r = u.send("POST", "/api/v1/users?activate=true", "{\"profile\":{\"firstName\":\"" + name
                + "\",\"lastName\":\"Cred\",\"email\":\"" + name + "@example.com\",\"login\":\"" + name
                + "@example.com\"},\"credentials\":{\"password\":{\"value\":\"Abcd1234#@\"}}}");
        assertEquals(200, r.status(), r.body());
        return r.json().path("id").asText();
    }

    static JsonNode authn(String body) {
        return Http.post(u.orgUrl() + "/api/v1/authn", body, "Content-Type", "application/json").json();
    }

    @Test
    void changePasswordNeedsTheOldOneAndThenSignsInWithTheNewOne() {
        String id = createUser("hedy");
        Http.Reply wrong = u.send("POST", "/api/v1/users/" + id + "/credentials/change_password",
                "{\"oldPassword\":{\"value\":\"nope\"},\"newPassword\":{\"value\":\"1234Abcd@#\"}}");
        assertEquals(403, wrong.status());
        assertEquals("E0000014", wrong.json().path("errorCode").asText());
        assertEquals("oldPassword: The credentials provided were incorrect.",
                wrong.json().at("/errorCauses/0/errorSummary").asText());
        Http.Reply weak = u.send("POST", "/api/v1/users/" + id + "/credentials/change_password",
                "{\"oldPassword\":{\"value\":\"Abcd1234#@\"},\"newPassword\":{\"value\":\"short\"}}");
        assertEquals(403, weak.status());
        Http.Reply ok = u.send("POST", "/api/v1/users/" + id + "/credentials/change_password",
                "{\"oldPassword\":{\"value\":\"Abcd1234#@\"},\"newPassword\":{\"value\":\"1234Abcd@#\"}}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("OKTA", ok.json().at("/provider/type").asText());
        assertEquals("E0000004", authn("{\"username\":\"hedy@example.com\",\"password\":\"Abcd1234#@\"}")
                .path("errorCode").asText());
        assertEquals("SUCCESS", authn("{\"username\":\"hedy@example.com\",\"password\":\"1234Abcd@#\"}")
                .path("status").asText());
    }

    @Test
    void aNewRecoveryQuestionIsWhatRecoveryAsks() {
        String id = createUser("radia");
        Http.Reply changed = u.send("POST", "/api/v1/users/" + id + "/credentials/change_recovery_question",
                "{\"password\":{\"value\":\"Abcd1234#@\"},\"recovery_question\":{\"question\":\"First router?\","
                        + "\"answer\":\"Spanning tree\"}}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("First router?", changed.json().at("/recovery_question/question").asText());
        Http.Reply reset = u.send("POST", "/api/v1/users/" + id + "/lifecycle/reset_password?sendEmail=false", "");
        String token = reset.json().path("resetPasswordUrl").asText().replaceAll(".*/", "");
        JsonNode recovery = Http.post(u.orgUrl() + "/api/v1/authn/recovery/token", "{\"recoveryToken\":\"" + token
                + "\"}", "Content-Type", "application/json").json();
        assertEquals("RECOVERY", recovery.path("status").asText(), recovery.toString());
        assertEquals("First router?", recovery.at("/_embedded/user/recovery_question/question").asText());
        JsonNode answered = Http.post(u.orgUrl() + "/api/v1/authn/recovery/answer", "{\"stateToken\":\""
                + recovery.path("stateToken").asText() + "\",\"answer\":\"spanning tree\"}",
                "Content-Type", "application/json").json();
        assertEquals("PASSWORD_RESET", answered.path("status").asText());
    }

    @Test
    void aDoubledSlashReachesTheSameOperation() {
        Http.Reply r = Http.get(u.orgUrl() + "//api/v1/users?limit=1", "Authorization", "SSWS " + u.apiToken());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().isArray());
    }
}
