package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.SchemaApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.GroupSchema;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The group schema: custom group attributes added and removed; the user and app schemas stay apart from it. */
class GroupSchemaSdkTest extends OneOktaUniverse {
    static SchemaApi api;

    @BeforeAll
    static void sdk() {
        ApiClient client = u.sdk();
        api = new SchemaApi(client);
    }

    @Test
    void aCustomGroupAttributeIsAddedAndRemoved() throws ApiException {
        GroupSchema schema = api.getGroupSchema();
        assertTrue(schema.getDefinitions().getCustom().getProperties().isEmpty());
        assertEquals("name", u.get("/api/v1/meta/schemas/group/default").json().at("/definitions/base/required/0").asText());
        Http.Reply added = u.send("POST", "/api/v1/meta/schemas/group/default", "{\"definitions\":{\"custom\":{\"id\":\"#custom\","
                + "\"type\":\"object\",\"properties\":{\"costCenter\":{\"title\":\"Cost center\",\"type\":\"string\"}}}}}");
        assertEquals(200, added.status(), added.body());
        // read raw after raw writes: the SDK caches its GET of the schema
        assertEquals(Set.of("costCenter"), Set.copyOf(iterable(u.get("/api/v1/meta/schemas/group/default").json()
                .at("/definitions/custom/properties").fieldNames())));
        assertTrue(u.get("/api/v1/meta/schemas/user/default").json().at("/definitions/custom/properties").isEmpty(),
                "the user schema is another schema");
        u.send("POST", "/api/v1/meta/schemas/group/default",
                "{\"definitions\":{\"custom\":{\"properties\":{\"costCenter\":null}}}}");
        assertTrue(u.get("/api/v1/meta/schemas/group/default").json().at("/definitions/custom/properties").isEmpty());
        Http.Reply bad = u.send("POST", "/api/v1/meta/schemas/group/default",
                "{\"definitions\":{\"custom\":{\"properties\":{\"x\":{\"title\":\"X\",\"type\":\"strng\"}}}}}");
        assertEquals(400, bad.status());
        assertEquals("E0000001", bad.json().path("errorCode").asText());
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> names) {
        java.util.List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void anAppsSchemaIsNotTheOrgsUserSchema() {
        String app = u.send("POST", "/api/v1/apps", "{\"name\":\"bookmark\",\"label\":\"Docs\",\"signOnMode\":\"BOOKMARK\","
                + "\"settings\":{\"app\":{\"url\":\"https://example.com/docs\"}}}").json().path("id").asText();
        Http.Reply changed = u.send("POST", "/api/v1/meta/schemas/apps/" + app + "/default", "{\"definitions\":{\"custom\":"
                + "{\"properties\":{\"seat\":{\"title\":\"Seat\",\"type\":\"string\"}}}}}");
        assertEquals(200, changed.status(), changed.body());
        assertTrue(u.get("/api/v1/meta/schemas/user/default").json().at("/definitions/custom/properties").isEmpty(),
                "changing an app's user schema left the org's user schema alone");
    }
}
