package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** Filter share permissions (who else sees a filter), the default share scope, and a filter's own columns. */
class FilterSharingApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    String filter(JiraSite owner, String name) {
        Reply r = owner.post("/rest/api/3/filter", "{\"name\":\"" + name + "\",\"jql\":\"project = SUP\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().path("id").asText();
    }

    @Test
    void aProjectShareIsListedOnTheFilterUntilItIsDeleted() {
        JiraSite grace = JiraSite.as(server, "grace");
        String id = filter(grace, "shared");
        String projectId = grace.get("/rest/api/3/project/SUP").json().path("id").asText();
        assertEquals(0, grace.get("/rest/api/3/filter/" + id + "/permission").json().size());

        Reply added = grace.post("/rest/api/3/filter/" + id + "/permission", "{\"type\":\"project\",\"projectId\":\"" + projectId + "\"}");
        assertEquals(201, added.status(), added.body());
        JsonNode share = added.json().get(0);
        assertTrue(OpenApi.problems("SharePermission", share).isEmpty(), share.toString());
        assertEquals(projectId, share.path("project").path("id").asText());
        String permissionId = share.path("id").asText();
        assertEquals("project", grace.get("/rest/api/3/filter/" + id + "/permission/" + permissionId).json().path("type").asText());
        assertEquals(1, grace.get("/rest/api/3/filter/" + id).json().path("sharePermissions").size());

        assertEquals(204, grace.send("DELETE", "/rest/api/3/filter/" + id + "/permission/" + permissionId, null).status());
        assertEquals(0, grace.get("/rest/api/3/filter/" + id + "/permission").json().size());
        assertEquals(404, grace.get("/rest/api/3/filter/" + id + "/permission/" + permissionId).status());
    }

    @Test
    void aGroupShareIsSeenByItsMembersOnly() {
        String id = filter(site, "for engineering");
        assertEquals(201, site.post("/rest/api/3/filter/" + id + "/permission", "{\"type\":\"group\",\"groupname\":\"engineering\"}").status());
        JsonNode group = site.get("/rest/api/3/filter/" + id + "/permission").json().get(0).path("group");
        assertEquals("engineering", group.path("name").asText());
    }

    @Test
    void theDefaultScopeIsPrivateUntilSet() {
        assertEquals("PRIVATE", site.get("/rest/api/3/filter/defaultShareScope").json().path("scope").asText());
        assertEquals(200, site.send("PUT", "/rest/api/3/filter/defaultShareScope", "{\"scope\":\"AUTHENTICATED\"}").status());
        assertEquals("AUTHENTICATED", site.get("/rest/api/3/filter/defaultShareScope").json().path("scope").asText());
        assertEquals(400, site.send("PUT", "/rest/api/3/filter/defaultShareScope", "{\"scope\":\"EVERYONE\"}").status());
    }

    @Test
    void aFilterHasNoColumnsUntilSetAndNoneAfterAReset() {
        String id = filter(site, "columns");
        assertEquals(404, site.get("/rest/api/3/filter/" + id + "/columns").status());
        assertEquals(200, site.send("PUT", "/rest/api/3/filter/" + id + "/columns", "{\"columns\":[\"summary\",\"status\"]}").status());
        JsonNode columns = site.get("/rest/api/3/filter/" + id + "/columns").json();
        assertEquals("summary", columns.get(0).path("value").asText());
        assertEquals("Summary", columns.get(0).path("label").asText());
        assertEquals("status", columns.get(1).path("value").asText());
        assertEquals(204, site.send("DELETE", "/rest/api/3/filter/" + id + "/columns", null).status());
        assertEquals(404, site.get("/rest/api/3/filter/" + id + "/columns").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/filter/" + id + "/columns", "{\"columns\":[\"nonsense\"]}").status());
    }

    @Test
    void badInputIsJirasError() {
        String id = filter(site, "bad");
        assertEquals(400, site.post("/rest/api/3/filter/" + id + "/permission", "{\"type\":\"planet\"}").status());
        assertEquals(400, site.post("/rest/api/3/filter/" + id + "/permission", "{\"type\":\"project\",\"projectId\":\"1\"}").status());
        assertEquals(400, site.post("/rest/api/3/filter/" + id + "/permission", "{\"type\":\"group\",\"groupname\":\"nobody\"}").status());
        assertEquals(400, site.post("/rest/api/3/filter/" + id + "/permission", "{\"type\":\"user\",\"accountId\":\"x\"}").status());
        assertEquals(404, site.get("/rest/api/3/filter/99999999/permission").status());
    }
}
