package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Deleting issue types (with Jira's alternative rules) and priorities (issues move to the default; a 303 task). */
class MetadataDeletesApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    private JsonNode type(String field) {
        return site.get("/rest/api/3/issue/SUP-1?fields=" + field).json().path("fields").path(field);
    }

    @Test
    void anIssueTypeInUseNeedsAnAlternativeOfItsLevel() {
        JsonNode used = type("issuetype");
        String id = used.path("id").asText();
        JsonNode all = site.get("/rest/api/3/issuetype").json();
        String sameLevel = StreamSupport.stream(all.spliterator(), false)
                .filter(t -> !t.path("id").asText().equals(id) && t.path("subtask").asBoolean() == used.path("subtask").asBoolean())
                .findFirst().orElseThrow().path("id").asText();
        String otherLevel = StreamSupport.stream(all.spliterator(), false)
                .filter(t -> t.path("subtask").asBoolean() != used.path("subtask").asBoolean())
                .findFirst().orElseThrow().path("id").asText();

        assertEquals(404, site.send("DELETE", "/rest/api/3/issuetype/99999999", null).status());
        assertEquals(404, site.send("DELETE", "/rest/api/3/issuetype/" + id, null).status(), "in use, no alternative");
        assertEquals(404, site.send("DELETE", "/rest/api/3/issuetype/" + id + "?alternativeIssueTypeId=99999999", null).status());
        assertEquals(409, site.send("DELETE", "/rest/api/3/issuetype/" + id + "?alternativeIssueTypeId=" + id, null).status());
        assertEquals(409, site.send("DELETE", "/rest/api/3/issuetype/" + id + "?alternativeIssueTypeId=" + otherLevel, null).status());
        assertEquals(403, JiraSite.as(server, "grace").send("DELETE", "/rest/api/3/issuetype/" + id + "?alternativeIssueTypeId=" + sameLevel, null).status());
        assertEquals(id, type("issuetype").path("id").asText(), "refusals change nothing");

        Reply done = site.send("DELETE", "/rest/api/3/issuetype/" + id + "?alternativeIssueTypeId=" + sameLevel, null);
        assertEquals(204, done.status(), done.body());
        assertEquals(sameLevel, type("issuetype").path("id").asText());
        assertEquals(404, site.get("/rest/api/3/issuetype/" + id).status());
        JsonNode history = site.get("/rest/api/3/issue/SUP-1/changelog").json().path("values");
        assertTrue(history.toString().contains("\"field\":\"issuetype\""), history.toString());
    }

    @Test
    void aDeletedPriorityHandsItsIssuesToTheDefaultThroughATask() {
        String used = type("priority").path("id").asText();
        JsonNode priorities = site.get("/rest/api/3/priority").json();
        String fallback = StreamSupport.stream(priorities.spliterator(), false).filter(p -> p.path("isDefault").asBoolean())
                .findFirst().orElseThrow().path("id").asText();
        assertEquals(404, site.send("DELETE", "/rest/api/3/priority/99999999", null).status());
        assertEquals(400, site.send("DELETE", "/rest/api/3/priority/" + fallback, null).status(), "the default stays");
        String victim = used.equals(fallback) ? StreamSupport.stream(priorities.spliterator(), false)
                .map(p -> p.path("id").asText()).filter(p -> !p.equals(fallback)).findFirst().orElseThrow() : used;
        if (!victim.equals(used)) {
            assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"priority\":{\"id\":\"" + victim + "\"}}}").status());
        }
        assertEquals(403, JiraSite.as(server, "grace").send("DELETE", "/rest/api/3/priority/" + victim, null).status());

        Reply deleted = site.send("DELETE", "/rest/api/3/priority/" + victim, null);
        assertEquals(303, deleted.status(), deleted.body());
        String location = deleted.header("Location");
        assertTrue(location.contains("/rest/api/3/task/"), location);
        assertEquals(fallback, type("priority").path("id").asText());
        assertEquals(404, site.get("/rest/api/3/priority/" + victim).status());

        JsonNode task = site.get(location.substring(location.indexOf("/rest/api/3/"))).json();
        assertEquals(Set.of(), OpenApi.vendorProblems("TaskProgressBeanObject", task));
        assertEquals("COMPLETE", task.path("status").asText());
        assertEquals(100, task.path("progress").asInt());
        assertEquals(400, site.post(location.substring(location.indexOf("/rest/api/3/")) + "/cancel", null).status());
        assertEquals(404, site.get("/rest/api/3/task/99999999").status());
        assertFalse(site.get("/rest/api/3/priority").json().toString().contains("\"id\":\"" + victim + "\""));
    }
}
