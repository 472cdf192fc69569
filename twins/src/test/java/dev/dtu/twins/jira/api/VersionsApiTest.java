package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Project versions: the write cycle, order, fix versions on issues, merge and delete moving issues, Jira's errors. */
class VersionsApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    String projectId() {
        return site.get("/rest/api/3/project/SUP").json().path("id").asText();
    }

    JsonNode create(String name) {
        Reply r = site.post("/rest/api/3/version", "{\"name\":\"" + name + "\",\"projectId\":" + projectId() + ",\"released\":false}");
        assertEquals(201, r.status(), r.body());
        assertTrue(OpenApi.problems("Version", r.json()).isEmpty(), r.body());
        return r.json();
    }

    @Test
    void aVersionIsCreatedReadReleasedAndCountsItsIssuesOnlyWhenExpanded() {
        JsonNode v = create("1.0");
        String id = v.path("id").asText();
        assertFalse(v.path("archived").asBoolean());
        assertEquals(Long.parseLong(projectId()), site.get("/rest/api/3/version/" + id).json().path("projectId").asLong());
        assertTrue(site.get("/rest/api/3/version/" + id).json().path("issuesStatusForFixVersion").isMissingNode());
        assertEquals(0, site.get("/rest/api/3/version/" + id + "?expand=issuesstatus").json()
                .path("issuesStatusForFixVersion").path("toDo").asInt(-1));

        assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"fixVersions\":[{\"id\":\"" + id + "\"}]}}").status());
        JsonNode byStatus = site.get("/rest/api/3/version/" + id + "?expand=issuesstatus").json().path("issuesStatusForFixVersion");
        assertEquals(1, byStatus.path("inProgress").asInt(), "SUP-1 is In Progress: " + byStatus);
        assertEquals(0, byStatus.path("toDo").asInt());
        JsonNode counts = site.get("/rest/api/3/version/" + id + "/relatedIssueCounts").json();
        assertTrue(OpenApi.problems("VersionIssueCounts", counts).isEmpty(), counts.toString());
        assertEquals(1, counts.path("issuesFixedCount").asInt());
        assertEquals(1, site.get("/rest/api/3/version/" + id + "/unresolvedIssueCount").json().path("issuesCount").asInt());
        JsonNode fields = site.get("/rest/api/3/issue/SUP-1?fields=fixVersions").json().path("fields");
        assertEquals("1.0", fields.path("fixVersions").get(0).path("name").asText());
        JsonNode found = site.post("/rest/api/3/search/jql", "{\"jql\":\"fixVersion = \\\"1.0\\\"\",\"fields\":[\"key\"]}").json();
        assertEquals("SUP-1", found.path("issues").get(0).path("key").asText(), found.toString());

        JsonNode released = site.send("PUT", "/rest/api/3/version/" + id, "{\"released\":true,\"releaseDate\":\"2026-01-15\"}").json();
        assertTrue(released.path("released").asBoolean());
        assertEquals("2026-01-15", released.path("releaseDate").asText());
        assertEquals("15/Jan/26", released.path("userReleaseDate").asText());
    }

    @Test
    void moveOrdersTheProjectsVersionsAndThePagedListPages() {
        String first = create("a").path("id").asText();
        String second = create("b").path("id").asText();
        assertEquals(List.of(first, second), ids(site.get("/rest/api/3/project/SUP/versions").json()));
        assertEquals(200, site.post("/rest/api/3/version/" + second + "/move", "{\"position\":\"First\"}").status());
        assertEquals(List.of(second, first), ids(site.get("/rest/api/3/project/SUP/versions").json()));
        site.post("/rest/api/3/version/" + second + "/move", "{\"after\":\"" + site.base + "/rest/api/3/version/" + first + "\"}");
        assertEquals(List.of(first, second), ids(site.get("/rest/api/3/project/SUP/versions").json()));

        JsonNode page = site.get("/rest/api/3/project/SUP/version?maxResults=1&orderBy=-name").json();
        assertTrue(OpenApi.problems("PageBeanVersion", page).isEmpty(), page.toString());
        assertEquals(2, page.path("total").asInt());
        assertEquals(List.of(second), ids(page.path("values")));
        assertFalse(page.path("isLast").asBoolean());
    }

    @Test
    void mergingMovesTheIssuesAndDeletesTheVersion() {
        String from = create("old").path("id").asText();
        String to = create("new").path("id").asText();
        site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"update\":{\"fixVersions\":[{\"add\":{\"name\":\"old\"}}]}}");
        assertEquals(204, site.send("PUT", "/rest/api/3/version/" + from + "/mergeto/" + to, null).status());
        assertEquals(404, site.get("/rest/api/3/version/" + from).status());
        assertEquals(List.of(to), ids(site.get("/rest/api/3/issue/SUP-1?fields=fixVersions").json().path("fields").path("fixVersions")));

        assertEquals(204, site.post("/rest/api/3/version/" + to + "/removeAndSwap", "{}").status());
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1?fields=fixVersions").json().path("fields").path("fixVersions").size());
    }

    @Test
    void badInputIsJirasError() {
        create("dup");
        Reply dup = site.post("/rest/api/3/version", "{\"name\":\"dup\",\"projectId\":" + projectId() + "}");
        assertEquals(400, dup.status());
        assertFalse(dup.json().path("errors").path("name").isMissingNode(), dup.body());
        assertEquals(400, site.post("/rest/api/3/version", "{\"projectId\":" + projectId() + "}").status());
        assertEquals(400, site.post("/rest/api/3/version", "{\"name\":\"x\"}").status());
        assertEquals(400, site.post("/rest/api/3/version", "{\"name\":\"y\",\"projectId\":" + projectId()
                + ",\"releaseDate\":\"soon\"}").status());
        assertEquals(404, site.get("/rest/api/3/version/99999999").status());
        assertEquals(404, site.get("/rest/api/3/version/abc").status());
        Reply badField = site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"fixVersions\":[{\"id\":\"424242\"}]}}");
        assertEquals(400, badField.status());
        assertEquals("Version id '424242' is not valid", badField.json().path("errors").path("fixVersions").asText());
        String id = create("z").path("id").asText();
        assertEquals(400, site.post("/rest/api/3/version/" + id + "/move", "{\"position\":\"Sideways\"}").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/version/" + id + "/mergeto/" + id, null).status());
        assertEquals(400, site.get("/rest/api/3/project/SUP/version?orderBy=colour").status());
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.path("id").asText()));
        return out;
    }
}
