package dev.dtu.twins.jira.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.VendorSpecs;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Project categories, a declared Jira resource, over raw HTTP; every body is checked against our
 * openapi/jira.yaml and, where the vendor specs are present, Atlassian's own ProjectCategory schema.
 */
class ProjectCategoryApiTest extends JiraServerTest {

    static void conforms(JsonNode body) {
        assertEquals(Set.of(), OpenApi.problems("ProjectCategory", body));
        VendorSpecs.document("jira-platform-v3.openapi3.json").ifPresent(doc -> {
            ObjectNode root = Json.object().put("$ref", "#/components/schemas/ProjectCategory");
            root.set("components", doc.path("components"));
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertEquals(Set.of(), schema.validate(body), "against Atlassian's ProjectCategory");
        });
    }

    @Test
    void createGetListUpdateAndDelete() {
        JiraSite ada = JiraSite.as(server, "ada");
        Reply created = ada.post("/rest/api/3/projectCategory", "{\"name\":\"CREATED\",\"description\":\"Created Project Category\"}");
        assertEquals(201, created.status(), created.body());
        JsonNode c = created.json();
        conforms(c);
        assertEquals("10000", c.path("id").asText());
        assertTrue(c.path("id").isTextual(), "Jira writes ids as strings");
        assertEquals(ada.base + "/rest/api/3/projectCategory/10000", c.path("self").asText());
        assertEquals("self", c.fieldNames().next(), "self first, as Jira writes it");

        Reply second = ada.post("/rest/api/3/projectCategory", "{\"name\":\"SECOND\"}");
        assertEquals("10001", second.json().path("id").asText());
        JsonNode all = ada.get("/rest/api/3/projectCategory").json();
        assertTrue(all.isArray());
        assertEquals(2, all.size());
        all.forEach(ProjectCategoryApiTest::conforms);

        Reply updated = ada.send("PUT", "/rest/api/3/projectCategory/10000", "{\"description\":\"Updated Project Category\"}");
        assertEquals(200, updated.status());
        conforms(updated.json());
        assertEquals("CREATED", updated.json().path("name").asText(), "update keeps fields not sent");
        assertEquals("Updated Project Category", ada.get("/rest/api/3/projectCategory/10000").json().path("description").asText());

        assertEquals(204, ada.send("DELETE", "/rest/api/3/projectCategory/10000", null).status());
        Reply gone = ada.get("/rest/api/3/projectCategory/10000");
        assertEquals(404, gone.status());
        assertEquals("The project category with id 10000 does not exist.", gone.json().path("errorMessages").get(0).asText());
    }

    @Test
    void badInputAndConflictsAnswerJirasErrorCollection() {
        JiraSite ada = JiraSite.as(server, "ada");
        Reply noName = ada.post("/rest/api/3/projectCategory", "{\"description\":\"x\"}");
        assertEquals(400, noName.status());
        assertEquals("The project category name is required.", noName.json().path("errors").path("name").asText());
        Reply tooLong = ada.post("/rest/api/3/projectCategory", "{\"name\":\"" + "n".repeat(256) + "\"}");
        assertEquals(400, tooLong.status());
        assertEquals("The name must not exceed 255 characters.", tooLong.json().path("errors").path("name").asText());
        assertEquals(201, ada.post("/rest/api/3/projectCategory", "{\"name\":\"Taken\"}").status());
        Reply taken = ada.post("/rest/api/3/projectCategory", "{\"name\":\"TAKEN\"}");
        assertEquals(409, taken.status());
        assertTrue(taken.json().path("errors").has("name"), taken.body());
        Reply malformed = ada.post("/rest/api/3/projectCategory", "{");
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().path("errorMessages").size() == 1, malformed.body());
    }

    @Test
    void writesNeedTheAdministerJiraPermissionReadsDoNot() {
        JiraSite katherine = JiraSite.as(server, "katherine");
        Reply denied = katherine.post("/rest/api/3/projectCategory", "{\"name\":\"Nope\"}");
        assertEquals(403, denied.status());
        assertEquals("You do not have permission to administer Jira.", denied.json().path("errorMessages").get(0).asText());
        assertEquals(200, katherine.get("/rest/api/3/projectCategory").status());
    }
}
