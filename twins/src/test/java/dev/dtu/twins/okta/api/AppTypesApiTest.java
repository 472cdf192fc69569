package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Apps of every sign-on mode: Okta's required settings per app definition, defaults, names of custom apps. */
class AppTypesApiTest extends OneOktaUniverse {
    @Test
    void everyAppDefinitionIsCreatedWithItsSettingsAndOktasDefaults() {
        String[][] apps = {
                {"bookmark", "BOOKMARK", "{\"app\":{\"requestIntegration\":false,\"url\":\"https://a.example/b\"}}"},
                {"template_basic_auth", "BASIC_AUTH", "{\"app\":{\"url\":\"https://a.example\",\"authURL\":\"https://a.example/auth\"}}"},
                {"template_swa", "BROWSER_PLUGIN", "{\"app\":{\"buttonField\":\"b\",\"passwordField\":\"p\",\"usernameField\":\"u\",\"url\":\"https://a.example\"}}"},
                {"template_swa3field", "BROWSER_PLUGIN", "{\"app\":{\"targetURL\":\"https://a.example\",\"buttonSelector\":\"#b\",\"passwordSelector\":\"#p\",\"userNameSelector\":\"#u\",\"extraFieldSelector\":\".x\",\"extraFieldValue\":\"v\"}}"},
                {"template_sps", "SECURE_PASSWORD_STORE", "{\"app\":{\"url\":\"https://a.example\",\"passwordField\":\"p\",\"usernameField\":\"u\",\"optionalField1\":\"o\"}}"},
                {"template_wsfed", "WS_FEDERATION", "{\"app\":{\"audienceRestriction\":\"urn:a\",\"groupValueFormat\":\"windowsDomainQualifiedName\",\"wReplyURL\":\"https://a.example/\",\"nameIDFormat\":\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\",\"authnContextClassRef\":\"urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport\",\"siteURL\":\"https://a.example\",\"usernameAttribute\":\"username\"}}"},
                {"office365", "SAML_1_1", "{\"app\":{\"domain\":\"a.example\",\"msftTenant\":\"a\"}}"}};
        for (String[] app : apps) {
            Http.Reply created = u.send("POST", "/api/v1/apps", "{\"name\":\"" + app[0] + "\",\"label\":\"L " + app[0]
                    + "\",\"signOnMode\":\"" + app[1] + "\",\"settings\":" + app[2] + "}");
            assertEquals(200, created.status(), created.body());
            JsonNode json = created.json();
            assertEquals(app[0], json.path("name").asText());
            assertEquals(app[1], json.path("signOnMode").asText());
            assertEquals("ACTIVE", json.path("status").asText());
            assertEquals(dev.dtu.server.http.Json.parse(app[2].getBytes(java.nio.charset.StandardCharsets.UTF_8)).path("app"),
                    json.at("/settings/app"), app[0]);
            assertEquals("DISABLED", json.at("/settings/notifications/vpn/network/connection").asText());
            assertEquals("${source.login}", json.at("/credentials/userNameTemplate/template").asText());
            assertEquals(json, u.get("/api/v1/apps/" + json.path("id").asText()).json(), "get answers what create did");
        }
    }

    @Test
    void eachMissingRequiredSettingIsNamedInErrorCauses() {
        Http.Reply reply = u.send("POST", "/api/v1/apps", "{\"name\":\"template_basic_auth\",\"label\":\"B\","
                + "\"signOnMode\":\"BASIC_AUTH\",\"settings\":{\"app\":{}}}");
        assertEquals(400, reply.status());
        assertEquals("E0000001", reply.json().path("errorCode").asText());
        assertEquals("Api validation failed: url", reply.json().path("errorSummary").asText());
        assertEquals(List.of("url: The field cannot be left blank", "authURL: The field cannot be left blank"),
                causes(reply.json()));
    }

    @Test
    void anAppDefinitionAcceptsOnlyItsSignOnModes() {
        Http.Reply reply = u.send("POST", "/api/v1/apps", "{\"name\":\"bookmark\",\"label\":\"B\","
                + "\"signOnMode\":\"SAML_2_0\",\"settings\":{\"app\":{\"url\":\"https://a.example\"}}}");
        assertEquals(400, reply.status());
        assertEquals("Api validation failed: signOnMode", reply.json().path("errorSummary").asText());
        Http.Reply unknown = u.send("POST", "/api/v1/apps", "{\"name\":\"no_such_app\",\"label\":\"B\",\"signOnMode\":\"BOOKMARK\"}");
        assertEquals(400, unknown.status());
        assertEquals("Api validation failed: name", unknown.json().path("errorSummary").asText());
        Http.Reply mode = u.send("POST", "/api/v1/apps", "{\"label\":\"B\",\"signOnMode\":\"NOT_A_MODE\"}");
        assertEquals("Api validation failed: signOnMode", mode.json().path("errorSummary").asText());
    }

    @Test
    void customAppsGetAGeneratedNameAndCheckTheirSignOnSettings() {
        JsonNode swa = u.send("POST", "/api/v1/apps", "{\"label\":\"Example Custom SWA App\",\"signOnMode\":\"AUTO_LOGIN\","
                + "\"settings\":{\"signOn\":{\"loginUrl\":\"https://a.example/login\",\"redirectUrl\":\"https://a.example\"}}}").json();
        assertTrue(swa.path("name").asText().contains("examplecustomswaapp"), swa.toString());
        assertEquals("https://a.example/login", swa.at("/settings/signOn/loginUrl").asText());
        Http.Reply noLogin = u.send("POST", "/api/v1/apps", "{\"label\":\"S\",\"signOnMode\":\"AUTO_LOGIN\",\"settings\":{\"signOn\":{}}}");
        assertEquals(List.of("loginUrl: The field cannot be left blank"), causes(noLogin.json()));
        Http.Reply saml = u.send("POST", "/api/v1/apps", "{\"label\":\"S\",\"signOnMode\":\"SAML_2_0\",\"settings\":{\"signOn\":"
                + "{\"ssoAcsUrl\":\"https://a.example/acs\"}}}");
        assertEquals(400, saml.status());
        assertTrue(causes(saml.json()).contains("audience: The field cannot be left blank"), saml.body());
    }

    @Test
    void replaceKeepsTheModeAndChecksTheSettingsAgain() {
        JsonNode app = u.send("POST", "/api/v1/apps", "{\"name\":\"bookmark\",\"label\":\"Before\",\"signOnMode\":\"BOOKMARK\","
                + "\"settings\":{\"app\":{\"url\":\"https://a.example/1\"}}}").json();
        String id = app.path("id").asText();
        ((com.fasterxml.jackson.databind.node.ObjectNode) app).put("label", "After");
        ((com.fasterxml.jackson.databind.node.ObjectNode) app.at("/settings/app")).put("url", "https://a.example/2");
        JsonNode replaced = u.send("PUT", "/api/v1/apps/" + id, app.toString()).json();
        assertEquals("After", replaced.path("label").asText());
        assertEquals("https://a.example/2", replaced.at("/settings/app/url").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) app.at("/settings/app")).remove("url");
        assertEquals(400, u.send("PUT", "/api/v1/apps/" + id, app.toString()).status());
        ((com.fasterxml.jackson.databind.node.ObjectNode) app).put("signOnMode", "BASIC_AUTH");
        Http.Reply changed = u.send("PUT", "/api/v1/apps/" + id, app.toString());
        assertEquals("Api validation failed: signOnMode", changed.json().path("errorSummary").asText());
    }

    @Test
    void listFiltersByNameAndFindsAppsOfEveryMode() {
        u.send("POST", "/api/v1/apps", "{\"name\":\"template_sps\",\"label\":\"Sps\",\"signOnMode\":\"SECURE_PASSWORD_STORE\","
                + "\"settings\":{\"app\":{\"url\":\"https://a.example\",\"passwordField\":\"p\",\"usernameField\":\"u\"}}}");
        JsonNode listed = u.get("/api/v1/apps?filter=" + ManagementApiTest.enc("name eq \"template_sps\"")).json();
        assertTrue(listed.size() >= 1);
        listed.forEach(a -> assertEquals("template_sps", a.path("name").asText()));
    }

    @Test
    void aProvisioningConnectionActivatesOnlyWithACredential() {
        String id = u.send("POST", "/api/v1/apps", "{\"name\":\"okta_org2org\",\"label\":\"Org2Org\",\"signOnMode\":\"SAML_2_0\"}")
                .json().path("id").asText();
        String path = "/api/v1/apps/" + id + "/connections/default";
        JsonNode initial = u.get(path).json();
        assertEquals("TOKEN", initial.path("authScheme").asText());
        assertEquals("DISABLED", initial.path("status").asText());
        Http.Reply refused = u.send("POST", path + "/lifecycle/activate", "");
        assertEquals(400, refused.status());
        assertEquals("Api validation failed: credential", refused.json().path("errorSummary").asText());
        assertEquals(400, u.send("POST", path, "{\"profile\":{\"authScheme\":\"TOKEN\"}}").status());
        assertEquals(201, u.send("POST", path, "{\"profile\":{\"authScheme\":\"TOKEN\",\"token\":\"t\"}}").status());
        assertEquals(204, u.send("POST", path + "/lifecycle/activate", "").status());
        assertEquals("ENABLED", u.get(path).json().path("status").asText());
        assertEquals(204, u.send("POST", path + "/lifecycle/deactivate", "").status());
        assertEquals("DISABLED", u.get(path).json().path("status").asText());
    }

    private static List<String> causes(JsonNode error) {
        List<String> causes = new ArrayList<>();
        error.path("errorCauses").forEach(c -> causes.add(c.path("errorSummary").asText()));
        return causes;
    }
}
