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

/** Worklogs: Jira's duration syntax, the time tracking total, paging, by ids, changed since, errors, v2. */
class WorklogsApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void loggedTimeIsParsedSummedUpdatedAndRemoved() {
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1/worklog").json().path("total").asInt());
        assertEquals("{}", site.get("/rest/api/3/issue/SUP-1?fields=timetracking").json().path("fields").path("timetracking").toString());
        Reply added = site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"1h 30m\",\"comment\":" + JiraSite.adf("worked") + "}");
        assertEquals(201, added.status(), added.body());
        assertTrue(OpenApi.problems("Worklog", added.json()).isEmpty(), added.body());
        assertEquals(5400, added.json().path("timeSpentSeconds").asLong());
        assertEquals("1h 30m", added.json().path("timeSpent").asText());
        String id = added.json().path("id").asText();
        assertEquals(5400, tracked());

        Reply updated = site.send("PUT", "/rest/api/3/issue/SUP-1/worklog/" + id, "{\"timeSpent\":\"2h\"}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals(7200, updated.json().path("timeSpentSeconds").asLong());
        assertEquals("worked", updated.json().path("comment").path("content").get(0).path("content").get(0).path("text").asText());
        site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpentSeconds\":900}");
        assertEquals(8100, tracked());
        JsonNode page = site.get("/rest/api/3/issue/SUP-1/worklog?maxResults=1").json();
        assertTrue(OpenApi.problems("PageOfWorklogs", page).isEmpty(), page.toString());
        assertEquals(2, page.path("total").asInt());
        assertEquals(1, page.path("worklogs").size());

        Reply byIds = site.post("/rest/api/3/worklog/list", "{\"ids\":[" + id + "]}");
        assertEquals(id, byIds.json().get(0).path("id").asText(), byIds.body());
        JsonNode changed = site.get("/rest/api/3/worklog/updated?since=0").json();
        assertTrue(OpenApi.problems("ChangedWorklogs", changed).isEmpty(), changed.toString());
        assertEquals(2, changed.path("values").size());

        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/worklog/" + id, null).status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/worklog/" + id).status());
        assertEquals(900, tracked());
    }

    @Test
    void v2TakesTheCommentAsMarkup() {
        Reply added = site.post("/rest/api/2/issue/SUP-1/worklog", "{\"timeSpent\":\"1d\",\"comment\":\"h4. Worklog note\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals("h4. Worklog note", added.json().path("comment").asText());
        assertEquals(8 * 3600, added.json().path("timeSpentSeconds").asLong(), "a day is 8 hours");
        JsonNode v3 = site.get("/rest/api/3/issue/SUP-1/worklog/" + added.json().path("id").asText()).json();
        assertEquals("heading", v3.path("comment").path("content").get(0).path("type").asText());
    }

    @Test
    void badInputIsJirasError() {
        Reply bad = site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"not a duration\"}");
        assertEquals(400, bad.status());
        assertFalse(bad.json().path("errors").isEmpty(), bad.body());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/worklog", "{}").status());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"1h\",\"comment\":\"text in v3\"}").status());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"1h\",\"started\":\"yesterday\"}").status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-99999/worklog").status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/worklog/123").status());
        assertEquals(400, site.get("/rest/api/3/worklog/updated?since=soon").status());
        assertEquals(403, JiraSite.as(server, "margaret").post("/rest/api/3/issue/SUP-1/worklog", "{\"timeSpent\":\"1h\"}").status(),
                "Margaret may browse SUP but not edit its issues");
    }

    private long tracked() {
        return site.get("/rest/api/3/issue/SUP-1?fields=timetracking").json().path("fields").path("timetracking")
                .path("timeSpentSeconds").asLong();
    }
}
