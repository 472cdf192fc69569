package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** Project components: the write cycle, listings, issue counts, deletion leaving issues intact, Jira's errors. */
class ComponentsApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    JsonNode create(String name) {
        Reply r = site.post("/rest/api/3/component", "{\"name\":\"" + name + "\",\"project\":\"SUP\",\"description\":\"d\","
                + "\"assigneeType\":\"PROJECT_DEFAULT\"}");
        assertEquals(201, r.status(), r.body());
        assertTrue(OpenApi.problems("ProjectComponent", r.json()).isEmpty(), r.body());
        return r.json();
    }

    @Test
    void aComponentIsCreatedListedEditedCountedAndDeletedFromItsIssues() {
        JsonNode c = create("Backend");
        String id = c.path("id").asText();
        assertEquals("SUP", c.path("project").asText());
        assertTrue(c.path("isAssigneeTypeValid").asBoolean());
        assertTrue(site.get("/rest/api/3/project/SUP/components").json().findValuesAsText("id").contains(id));
        JsonNode page = site.get("/rest/api/3/project/SUP/component?maxResults=1&orderBy=name").json();
        assertTrue(OpenApi.problems("PageBeanComponent", page).isEmpty(), page.toString());
        assertEquals(1, page.path("values").size());
        JsonNode found = site.get("/rest/api/3/component?projectIdsOrKeys=SUP&query=backend").json();
        assertEquals(id, found.path("values").get(0).path("id").asText(), found.toString());

        assertEquals("edited", site.send("PUT", "/rest/api/3/component/" + id, "{\"description\":\"edited\"}").json()
                .path("description").asText());
        assertEquals("Backend", site.get("/rest/api/3/component/" + id).json().path("name").asText());

        assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"components\":[{\"id\":\"" + id + "\"}]}}").status());
        JsonNode count = site.get("/rest/api/3/component/" + id + "/relatedIssueCounts").json();
        assertTrue(OpenApi.problems("ComponentIssuesCount", count).isEmpty(), count.toString());
        assertEquals(1, count.path("issueCount").asInt());

        assertEquals(204, site.send("DELETE", "/rest/api/3/component/" + id, null).status());
        assertEquals(404, site.get("/rest/api/3/component/" + id).status());
        JsonNode issue = site.get("/rest/api/3/issue/SUP-1?fields=components").json();
        assertEquals(0, issue.path("fields").path("components").size(), issue.toString());
    }

    @Test
    void deletingWithMoveIssuesToMovesThem() {
        String gone = create("Old").path("id").asText();
        String kept = create("New").path("id").asText();
        site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"components\":[{\"id\":\"" + gone + "\"}]}}");
        assertEquals(204, site.send("DELETE", "/rest/api/3/component/" + gone + "?moveIssuesTo=" + kept, null).status());
        assertEquals(kept, site.get("/rest/api/3/issue/SUP-1?fields=components").json().path("fields").path("components")
                .get(0).path("id").asText());
    }

    @Test
    void badInputIsJirasError() {
        create("Same");
        Reply dup = site.post("/rest/api/3/component", "{\"name\":\"Same\",\"project\":\"SUP\"}");
        assertEquals(400, dup.status());
        assertFalse(dup.json().path("errors").path("name").isMissingNode(), dup.body());
        assertEquals(400, site.post("/rest/api/3/component", "{\"name\":\"x\"}").status());
        assertEquals(400, site.post("/rest/api/3/component", "{\"name\":\"x\",\"project\":\"NOPE\"}").status());
        assertEquals(400, site.post("/rest/api/3/component", "{\"name\":\"x\",\"project\":\"SUP\",\"assigneeType\":\"ME\"}").status());
        assertEquals(400, site.post("/rest/api/3/component", "{\"project\":\"SUP\"}").status());
        assertEquals(404, site.get("/rest/api/3/component/99999999").status());
        assertEquals(404, site.get("/rest/api/3/project/NOPE/components").status());
    }
}
