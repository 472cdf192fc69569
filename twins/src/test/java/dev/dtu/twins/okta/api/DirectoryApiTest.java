package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import dev.dtu.twins.okta.OneOktaUniverse;
import org.junit.jupiter.api.Test;

/** User types, user schemas with custom attributes enforced on profiles, and linked objects. */
class DirectoryApiTest extends OneOktaUniverse {
    @Test
    void aUserTypeHasItsOwnSchemaAndTheDefaultTypeStays() {
        JsonNode types = u.get("/api/v1/meta/types/user").json();
        assertEquals("user", types.get(0).path("name").asText());
        assertTrue(types.get(0).path("default").asBoolean());
        JsonNode type = u.send("POST", "/api/v1/meta/types/user", "{\"name\":\"contractor\",\"displayName\":\"Contractor\"}").json();
        String schema = type.at("/_links/schema/href").asText();
        JsonNode got = Http.get(schema, "Authorization", "SSWS " + u.apiToken()).json();
        assertEquals("#custom", got.at("/definitions/custom/id").asText());
        assertEquals("contractor", got.path("name").asText());
        Http.Reply twice = u.send("POST", "/api/v1/meta/types/user", "{\"name\":\"contractor\",\"displayName\":\"C\"}");
        assertEquals("Api validation failed: name", twice.json().path("errorSummary").asText());
        Http.Reply rename = u.send("PUT", "/api/v1/meta/types/user/" + type.path("id").asText(),
                "{\"name\":\"other\",\"displayName\":\"C\"}");
        assertEquals(400, rename.status());
        assertEquals(403, u.send("DELETE", "/api/v1/meta/types/user/" + types.get(0).path("id").asText(), null).status());
        assertEquals(204, u.send("DELETE", "/api/v1/meta/types/user/" + type.path("id").asText(), null).status());
        assertEquals(404, Http.get(schema, "Authorization", "SSWS " + u.apiToken()).status());
    }

    @Test
    void customAttributesAreEnforcedOnProfiles() {
        OktaServer.Universe u = server.universe(); // its own org: the attributes would apply to the other tests' users
        Http.Reply bad = u.send("POST", "/api/v1/meta/schemas/user/default", "{\"definitions\":{\"custom\":{\"properties\":"
                + "{\"level\":{\"title\":\"L\",\"type\":\"strng\"}}}}}");
        assertEquals("Api validation failed: level", bad.json().path("errorSummary").asText());
        JsonNode schema = u.send("POST", "/api/v1/meta/schemas/user/default", "{\"definitions\":{\"custom\":{\"properties\":{"
                + "\"tier\":{\"title\":\"Tier\",\"type\":\"string\",\"enum\":[\"gold\",\"silver\"]},"
                + "\"badge\":{\"title\":\"Badge\",\"type\":\"integer\",\"unique\":\"UNIQUE_VALIDATED\"},"
                + "\"costCode\":{\"title\":\"Cost\",\"type\":\"string\",\"required\":true,\"maxLength\":4}}}}}").json();
        assertEquals("costCode", schema.at("/definitions/custom/required/0").asText());
        Http.Reply wrong = u.send("POST", "/api/v1/users?activate=false", profile("t1", "\"tier\":\"bronze\",\"badge\":\"x\""));
        assertEquals(400, wrong.status());
        assertEquals(3, wrong.json().path("errorCauses").size(), wrong.body());
        Http.Reply good = u.send("POST", "/api/v1/users?activate=false", profile("t2", "\"tier\":\"gold\",\"badge\":7,\"costCode\":\"A1\""));
        assertEquals(200, good.status(), good.body());
        Http.Reply same = u.send("POST", "/api/v1/users?activate=false", profile("t3", "\"badge\":7,\"costCode\":\"A2\""));
        assertEquals("Api validation failed: badge", same.json().path("errorSummary").asText());
        Http.Reply tooLong = u.send("POST", "/api/v1/users/" + good.json().path("id").asText(),
                "{\"profile\":{\"costCode\":\"ABCDE\"}}");
        assertEquals("Api validation failed: costCode", tooLong.json().path("errorSummary").asText());
        u.send("POST", "/api/v1/meta/schemas/user/default", "{\"definitions\":{\"custom\":{\"properties\":{"
                + "\"tier\":null,\"badge\":null,\"costCode\":null}}}}");
        assertEquals(200, u.send("POST", "/api/v1/users?activate=false", profile("t4", "\"extra\":1")).status());
    }

    private static String profile(String name, String custom) {
        String login = name + "@dir.example";
        return "{\"profile\":{\"firstName\":\"F\",\"lastName\":\"L\",\"email\":\"" + login + "\",\"login\":\"" + login + "\","
                + custom + "}}";
    }

    @Test
    void linkedObjectsLinkAnAssociatedUserToItsPrimary() {
        String boss = u.send("POST", "/api/v1/users?activate=false", profile("boss", "\"x\":1")).json().path("id").asText();
        String report = u.send("POST", "/api/v1/users?activate=false", profile("report", "\"x\":1")).json().path("id").asText();
        Http.Reply created = u.send("POST", "/api/v1/meta/schemas/user/linkedObjects", "{\"primary\":{\"name\":\"boss\","
                + "\"title\":\"Boss\",\"type\":\"USER\"},\"associated\":{\"name\":\"report\",\"title\":\"Report\",\"type\":\"USER\"}}");
        assertEquals(201, created.status(), created.body());
        assertEquals("boss", u.get("/api/v1/meta/schemas/user/linkedObjects/report").json().at("/primary/name").asText());
        assertEquals(204, u.send("PUT", "/api/v1/users/" + report + "/linkedObjects/boss/" + boss, null).status());
        assertTrue(u.get("/api/v1/users/" + report + "/linkedObjects/boss").json().get(0).at("/_links/self/href")
                .asText().endsWith(boss));
        assertTrue(u.get("/api/v1/users/" + boss + "/linkedObjects/report").json().get(0).at("/_links/self/href")
                .asText().endsWith(report));
        assertEquals(204, u.send("DELETE", "/api/v1/users/" + report + "/linkedObjects/boss", null).status());
        assertEquals(0, u.get("/api/v1/users/" + boss + "/linkedObjects/report").json().size());
        Http.Reply again = u.send("POST", "/api/v1/meta/schemas/user/linkedObjects", "{\"primary\":{\"name\":\"boss\","
                + "\"title\":\"B\",\"type\":\"USER\"},\"associated\":{\"name\":\"x2\",\"title\":\"X\",\"type\":\"USER\"}}");
        assertEquals(400, again.status());
        assertEquals(204, u.send("DELETE", "/api/v1/meta/schemas/user/linkedObjects/boss", null).status());
        assertEquals("E0000007", u.get("/api/v1/meta/schemas/user/linkedObjects/boss").json().path("errorCode").asText());
    }
}
