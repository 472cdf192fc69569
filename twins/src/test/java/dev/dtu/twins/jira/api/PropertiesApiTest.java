package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** Issue, project and user properties, and the issue picker (which GET issue/{issueIdOrKey} used to swallow). */
class PropertiesApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void theIssuePickerIsItsOwnRouteNotAnIssueKey() {
        Reply r = site.get("/rest/api/3/issue/picker?query=SUP-1&currentJQL=project%3DSUP");
        assertEquals(200, r.status(), r.body());
        assertTrue(OpenApi.problems("IssuePickerSuggestions", r.json()).isEmpty(), r.body());
        assertEquals("History Search", r.json().path("sections").get(0).path("label").asText());
        assertEquals("SUP-1", r.json().path("sections").get(0).path("issues").get(0).path("key").asText());
        assertEquals("cs", r.json().path("sections").get(1).path("id").asText());
    }

    @Test
    void aPropertyIsStoredReplacedListedAndDeletedOnEachEntity() {
        for (String entity : new String[] {"/rest/api/3/issue/SUP-1", "/rest/api/3/project/SUP", "/rest/api/3/user"}) {
            String q = entity.endsWith("user") ? "?accountId=" + site.accountId : "";
            String path = entity + "/properties/dtu.test" + q;
            assertEquals(201, site.send("PUT", path, "{\"nested\":{\"n\":[1,2]}}").status(), path);
            assertEquals(200, site.send("PUT", path, "{\"replaced\":true}").status(), path);
            JsonNode read = site.get(path).json();
            assertEquals("{\"replaced\":true}", read.path("value").toString(), "replaced, not merged");
            JsonNode keys = site.get(entity + "/properties" + q).json();
            assertTrue(OpenApi.problems("PropertyKeys", keys).isEmpty(), keys.toString());
            assertEquals("dtu.test", keys.path("keys").get(0).path("key").asText());
            assertEquals(204, site.send("DELETE", path, null).status());
            assertEquals(404, site.get(path).status());
        }
    }

    @Test
    void badInputIsJirasError() {
        assertEquals(404, site.get("/rest/api/3/issue/SUP-99999/properties/x").status());
        assertEquals(404, site.get("/rest/api/3/project/NOPE/properties").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/user/properties/x", "{}").status(), "accountId is required");
        assertEquals(404, site.get("/rest/api/3/user/properties/x?accountId=no-such").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/issue/SUP-1/properties/big", "\"" + "x".repeat(40_000) + "\"").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/issue/SUP-1/properties/bad", "{not json").status());
        Reply missing = site.send("DELETE", "/rest/api/3/issue/SUP-1/properties/never", null);
        assertEquals(404, missing.status());
        assertTrue(missing.json().path("errorMessages").size() > 0);
    }

    /** Comments, worklogs and issue types keep properties of their own, apart from their issue's. */
    @Test
    void commentsWorklogsAndIssueTypesHoldTheirOwnProperties() {
        String comment = site.post("/rest/api/3/issue/SUP-1/comment", "{\"body\":" + JiraSite.adf("carrier") + "}").json().path("id").asText();
        String worklog = site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"10m\"}").json().path("id").asText();
        String type = site.get("/rest/api/3/issue/SUP-1?fields=issuetype").json().path("fields").path("issuetype").path("id").asText();
        String[] owners = {"/rest/api/3/comment/" + comment, "/rest/api/3/issue/SUP-1/worklog/" + worklog, "/rest/api/3/issuetype/" + type};
        for (String owner : owners) {
            assertEquals(201, site.send("PUT", owner + "/properties/dtu.child", "{\"on\":\"" + owner + "\"}").status(), owner);
        }
        for (String owner : owners) {
            assertEquals(owner, site.get(owner + "/properties/dtu.child").json().path("value").path("on").asText());
            JsonNode keys = site.get(owner + "/properties").json();
            assertTrue(keys.path("keys").get(0).path("self").asText().endsWith(owner.replace("SUP-1", site.get("/rest/api/3/issue/SUP-1").json().path("id").asText())
                    + "/properties/dtu.child"), keys.toString());
        }
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/properties/dtu.child").status(), "not the issue's");
        assertEquals(204, site.send("DELETE", owners[0] + "/properties/dtu.child", null).status());
        assertEquals(404, site.get(owners[0] + "/properties/dtu.child").status());
        assertEquals("/rest/api/3/issue/SUP-1/worklog/" + worklog, site.get(owners[1] + "/properties/dtu.child").json().path("value").path("on").asText());
        assertEquals(404, site.get("/rest/api/3/comment/99999999/properties").status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/worklog/99999999/properties").status());
        assertEquals(404, site.get("/rest/api/3/issuetype/99999999/properties").status());
    }

    /** A deleted comment's or worklog's properties go with it, and so do a deleted issue's and its children's. */
    @Test
    void propertiesGoWithTheirOwner() {
        String comment = site.post("/rest/api/3/issue/SUP-1/comment", "{\"body\":" + JiraSite.adf("carrier") + "}").json().path("id").asText();
        String worklog = site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"10m\"}").json().path("id").asText();
        assertEquals(201, site.send("PUT", "/rest/api/3/comment/" + comment + "/properties/dtu.gone", "{\"a\":1}").status());
        assertEquals(201, site.send("PUT", "/rest/api/3/issue/SUP-1/worklog/" + worklog + "/properties/dtu.gone", "{\"a\":1}").status());
        assertEquals(2, stored("dtu.gone"));
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/comment/" + comment, null).status());
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/worklog/" + worklog, null).status());
        assertEquals(0, stored("dtu.gone"), "the deleted owners' properties are gone");

        String issue = site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"short-lived\"}}")
                .json().path("key").asText();
        String c2 = site.post("/rest/api/3/issue/" + issue + "/comment", "{\"body\":" + JiraSite.adf("c") + "}").json().path("id").asText();
        String w2 = site.post("/rest/api/3/issue/" + issue + "/worklog", "{\"timeSpent\":\"5m\"}").json().path("id").asText();
        site.send("PUT", "/rest/api/3/comment/" + c2 + "/properties/dtu.gone2", "{\"a\":1}");
        site.send("PUT", "/rest/api/3/issue/" + issue + "/worklog/" + w2 + "/properties/dtu.gone2", "{\"a\":1}");
        site.send("PUT", "/rest/api/3/issue/" + issue + "/properties/dtu.gone2", "{\"a\":1}");
        assertEquals(3, stored("dtu.gone2"));
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/" + issue, null).status());
        assertEquals(0, stored("dtu.gone2"));
    }

    /** How many stored entity properties have this key (the universe's state). */
    private int stored(String key) {
        JsonNode props = dev.dtu.server.testing.Http.get(site.serverUrl + "/_dtu/universes/" + site.universe + "/state")
                .json().path("jira").path("properties");
        int n = 0;
        for (var it = props.fieldNames(); it.hasNext();) {
            if (it.next().endsWith("/" + key)) {
                n++;
            }
        }
        return n;
    }
}
