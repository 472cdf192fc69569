package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** The older create metadata (GET issue/createmeta) and the versions create metadata offers. */
class CreateMetaApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void theOlderFormListsProjectsAndTypesAndFieldsOnlyWhenExpanded() {
        JsonNode plain = site.get("/rest/api/3/issue/createmeta?projectKeys=SUP").json();
        assertTrue(OpenApi.problems("IssueCreateMetadata", plain).isEmpty(), plain.toString());
        assertEquals(1, plain.path("projects").size());
        JsonNode sup = plain.path("projects").get(0);
        assertEquals("SUP", sup.path("key").asText());
        assertEquals(2, sup.path("issuetypes").size(), "SUP has Bug and Task");
        assertTrue(sup.path("issuetypes").get(0).path("fields").isMissingNode());

        JsonNode expanded = site.get("/rest/api/3/issue/createmeta?projectKeys=SUP&issuetypeNames=Bug"
                + "&expand=projects.issuetypes.fields").json();
        assertTrue(OpenApi.problems("IssueCreateMetadata", expanded).isEmpty(), expanded.toString());
        JsonNode types = expanded.path("projects").get(0).path("issuetypes");
        assertEquals(1, types.size());
        JsonNode fields = types.get(0).path("fields");
        assertTrue(fields.path("summary").path("required").asBoolean());
        assertEquals(3, fields.path("components").path("allowedValues").size());
        assertEquals(0, fields.path("fixVersions").path("allowedValues").size());
    }

    @Test
    void aNewVersionIsOfferedForFixVersions() {
        String projectId = site.get("/rest/api/3/project/SUP").json().path("id").asText();
        site.post("/rest/api/3/version", "{\"name\":\"2.0\",\"projectId\":" + projectId + "}");
        String bug = site.get("/rest/api/3/issue/createmeta/SUP/issuetypes").json().path("issueTypes").get(0).path("id").asText();
        JsonNode fields = site.get("/rest/api/3/issue/createmeta/SUP/issuetypes/" + bug).json().path("fields");
        JsonNode fix = null;
        for (JsonNode f : fields) {
            if (f.path("fieldId").asText().equals("fixVersions")) {
                fix = f;
            }
        }
        assertEquals("2.0", fix.path("allowedValues").get(0).path("name").asText(), fields.toString());
        assertEquals(0, site.get("/rest/api/3/issue/createmeta?projectKeys=NOPE").json().path("projects").size());
    }
}
