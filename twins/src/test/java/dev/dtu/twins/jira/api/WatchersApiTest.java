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

/** Issue watchers: watch, unwatch, the bulk "am I watching" question, and Jira's errors. */
class WatchersApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void watchingIsSeenOnTheNextReadAndTwiceIsOnce() {
        JsonNode fresh = site.get("/rest/api/3/issue/SUP-1/watchers").json();
        assertTrue(OpenApi.problems("Watchers", fresh).isEmpty(), fresh.toString());
        assertFalse(fresh.path("isWatching").asBoolean());
        assertEquals(204, site.post("/rest/api/3/issue/SUP-1/watchers", "\"" + site.accountId + "\"").status());
        assertEquals(204, site.post("/rest/api/3/issue/SUP-1/watchers", "\"" + site.accountId + "\"").status());
        JsonNode watched = site.get("/rest/api/3/issue/SUP-1/watchers").json();
        assertTrue(watched.path("isWatching").asBoolean());
        assertEquals(1, watched.path("watchCount").asInt());
        assertEquals(site.accountId, watched.path("watchers").get(0).path("accountId").asText());
        String id = site.get("/rest/api/3/issue/SUP-1").json().path("id").asText();
        Reply bulk = site.post("/rest/api/3/issue/watching", "{\"issueIds\":[\"" + id + "\"]}");
        assertTrue(bulk.json().path("issuesIsWatching").path(id).asBoolean(), bulk.body());

        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/watchers?accountId=" + site.accountId, null).status());
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1/watchers").json().path("watchCount").asInt());
    }

    @Test
    void badInputIsJirasError() {
        assertEquals(404, site.post("/rest/api/3/issue/SUP-1/watchers", "\"no-such-account\"").status());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/watchers", "{\"accountId\":1}").status());
        assertEquals(400, site.send("DELETE", "/rest/api/3/issue/SUP-1/watchers", null).status());
        Reply missing = site.get("/rest/api/3/issue/SUP-99999/watchers");
        assertEquals(404, missing.status());
        assertFalse(missing.json().path("errorMessages").isEmpty());
        assertEquals(400, site.post("/rest/api/3/issue/watching", "{}").status());
    }
}
