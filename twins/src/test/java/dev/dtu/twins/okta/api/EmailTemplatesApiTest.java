package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import org.junit.jupiter.api.Test;

/** A brand's email templates: Okta's templates, their default content and previews, customizations per language. */
class EmailTemplatesApiTest {

    private static String customization(String language, String subject, Boolean isDefault) {
        return "{\"language\":\"" + language + "\",\"subject\":\"" + subject + "\",\"body\":\"<p>Hi "
                + "${user.profile.firstName} of ${org.name}: ${resetPasswordLink}</p>\""
                + (isDefault == null ? "" : ",\"isDefault\":" + isDefault) + "}";
    }

    @Test
    void theTemplatesHaveDefaultContentAndPreviewsFilledForTheCurrentUser() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            String brand = u.get("/api/v1/brands").json().get(0).path("id").asText();
            String base = "/api/v1/brands/" + brand + "/templates/email";
            JsonNode templates = u.get(base).json();
            assertTrue(templates.findValuesAsText("name").contains("ForgotPassword"), templates.toString());
            assertEquals("ForgotPassword", u.get(base + "/ForgotPassword").json().path("name").asText());
            assertEquals(404, u.get(base + "/NoSuchTemplate").status());
            JsonNode content = u.get(base + "/ForgotPassword/default-content").json();
            assertTrue(content.path("body").asText().contains("${user.profile.firstName}"), content.toString());
            JsonNode preview = u.get(base + "/ForgotPassword/default-content/preview").json();
            assertFalse(preview.path("body").asText().contains("${user.profile.firstName}"), preview.toString());
            assertEquals(204, u.send("POST", base + "/ForgotPassword/test?language=en", "").status());
            assertEquals("ALL_USERS", u.get(base + "/ForgotPassword/settings").json().path("recipients").asText());
            assertEquals(400, u.send("PUT", base + "/ForgotPassword/settings", "{\"recipients\":\"EVERYONE\"}").status());
            assertEquals("NO_USERS", u.send("PUT", base + "/ForgotPassword/settings", "{\"recipients\":\"NO_USERS\"}")
                    .json().path("recipients").asText());
        }
    }

    @Test
    void oneCustomizationPerLanguageAndExactlyOneDefault() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            String brand = u.get("/api/v1/brands").json().get(0).path("id").asText();
            String base = "/api/v1/brands/" + brand + "/templates/email/ForgotPassword/customizations";
            Http.Reply en = u.send("POST", base, customization("en", "fake subject", null));
            assertEquals(201, en.status(), en.body());
            assertTrue(en.json().path("isDefault").asBoolean(), "the first customization is the default");
            String enId = en.json().path("id").asText();
            Http.Reply again = u.send("POST", base, customization("en", "again", null));
            assertEquals(409, again.status(), again.body());
            assertEquals("E0000183", again.json().path("errorCode").asText());
            Http.Reply es = u.send("POST", base, customization("es", "asunto", null));
            assertEquals(201, es.status(), es.body());
            assertFalse(es.json().path("isDefault").asBoolean());
            String esId = es.json().path("id").asText();
            assertEquals(2, u.get(base).json().size());
            Http.Reply preview = u.get(base + "/" + enId + "/preview");
            assertEquals(200, preview.status(), preview.body());
            assertFalse(preview.json().path("body").asText().contains("${org.name}"), preview.body());
            assertEquals(409, u.send("DELETE", base + "/" + enId, "").status(), "the default stays while others exist");
            Http.Reply esDefault = u.send("PUT", base + "/" + esId, customization("es", "asunto nuevo", true));
            assertEquals(200, esDefault.status(), esDefault.body());
            assertTrue(esDefault.json().path("isDefault").asBoolean());
            assertFalse(u.get(base + "/" + enId).json().path("isDefault").asBoolean(), "the previous default no longer is");
            assertEquals(400, u.send("PUT", base + "/" + enId, "{\"language\":\"en\"}").status());
            assertEquals(204, u.send("DELETE", base + "/" + enId, "").status());
            assertEquals(404, u.get(base + "/" + enId).status());
            assertEquals(204, u.send("DELETE", base, "").status());
            assertEquals(0, u.get(base).json().size());
        }
    }
}
