package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom SMS templates, a declared resource: any template type is kept, and a list narrows by {@code templateType}. */
class SmsTemplateDeclaredTest {

    private static String template(String name, String type) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"template\":\"Your code is ${code}.\","
                + "\"translations\":{\"fr\":\"Votre code: ${code}.\"}}";
    }

    @Test
    void aTemplateOfAnyTypeIsKeptAndListedByType() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply verify = u.send("POST", "/api/v1/templates/sms", template("verify", "SMS_VERIFY_CODE"));
            assertEquals(200, verify.status(), verify.body());
            Http.Reply other = u.send("POST", "/api/v1/templates/sms", template("other", "fake_type"));
            assertEquals(200, other.status(), other.body());
            assertEquals("fake_type", other.json().path("type").asText());
            JsonNode listed = u.get("/api/v1/templates/sms?templateType=fake_type").json();
            assertEquals(List.of("other"), listed.findValuesAsText("name"), listed.toString());
            assertEquals(2, u.get("/api/v1/templates/sms").json().size());
        }
    }

    @Test
    void aTemplateWithoutItsTextIsRefused() {
        try (OktaServer server = new OktaServer()) {
            Http.Reply r = server.universe().send("POST", "/api/v1/templates/sms", "{\"name\":\"n\",\"type\":\"t\"}");
            assertEquals(400, r.status(), r.body());
            assertEquals("E0000001", r.json().path("errorCode").asText());
            assertTrue(r.json().at("/errorCauses/0/errorSummary").asText().contains("template"), r.body());
        }
    }
}
