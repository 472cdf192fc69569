package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import org.junit.jupiter.api.Test;

/** Transitions and comments. */
class WorkflowApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void transitionsFollowTheProjectWorkflowAndResolveOnDone() {
        Reply list = site.get("/rest/api/3/issue/ENG-1/transitions");
        IssuesApiTest.conforms("Transitions", list.json());
        assertEquals("[\"Start work\",\"Done\"]", names(list.json()));
        Reply illegal = site.post("/rest/api/3/issue/ENG-1/transitions", "{\"transition\":{\"id\":\"41\"}}");
        assertEquals(400, illegal.status());
        assertEquals("Transition id '41' is not valid for this issue.", illegal.json().path("errorMessages").get(0).asText());
        assertEquals("'transition' identifier must be an integer",
                site.post("/rest/api/3/issue/ENG-1/transitions", "{\"transition\":{\"id\":\"go\"}}").json().path("errorMessages").get(0).asText());

        assertEquals(204, site.post("/rest/api/3/issue/ENG-1/transitions", "{\"transition\":{\"id\":\"31\"},"
                + "\"update\":{\"comment\":[{\"add\":{\"body\":" + JiraSite.adf("Shipped") + "}}]}}").status());
        JsonNode done = site.get("/rest/api/3/issue/ENG-1?fields=status,resolution,resolutiondate,comment").json().path("fields");
        assertEquals("Done", done.path("status").path("name").asText());
        assertEquals("Done", done.path("resolution").path("name").asText());
        assertTrue(done.path("resolutiondate").isTextual());
        assertEquals(1, done.path("comment").path("total").asInt());
        assertEquals("[\"Reopen\"]", names(site.get("/rest/api/3/issue/ENG-1/transitions").json()));

        site.post("/rest/api/3/issue/ENG-1/transitions", "{\"transition\":{\"id\":\"41\"}}");
        JsonNode reopened = site.get("/rest/api/3/issue/ENG-1?fields=status,resolution").json().path("fields");
        assertEquals("To Do", reopened.path("status").path("name").asText());
        assertTrue(reopened.path("resolution").isNull(), "leaving done clears the resolution");
    }

    @Test
    void commentsAreAdfAndRenderAsHtml() {
        Reply added = site.post("/rest/api/3/issue/SUP-2/comment", "{\"body\":" + JiraSite.adf("Hello <team>") + "}");
        assertEquals(201, added.status(), added.body());
        IssuesApiTest.conforms("Comment", added.json());
        String id = added.json().path("id").asText();
        assertEquals(site.accountId, added.json().path("author").path("accountId").asText());

        Reply invalid = site.post("/rest/api/3/issue/SUP-2/comment", "{\"body\":\"plain\"}");
        assertEquals(400, invalid.status());
        assertEquals("Comment body is not valid!", invalid.json().path("errors").path("comment").asText());

        Reply updated = site.send("PUT", "/rest/api/3/issue/SUP-2/comment/" + id + "?expand=renderedBody",
                "{\"body\":" + JiraSite.adf("Hello again") + "}");
        assertEquals(200, updated.status());
        assertEquals("<p>Hello again</p>", updated.json().path("renderedBody").asText());

        Reply page = site.get("/rest/api/3/issue/SUP-2/comment?expand=renderedBody");
        IssuesApiTest.conforms("PageOfComments", page.json());
        assertEquals(1, page.json().path("total").asInt());
        JsonNode rendered = site.get("/rest/api/3/issue/SUP-1?expand=renderedFields&fields=comment").json();
        assertEquals("<p>Reproduced with the March invoice export.</p>",
                rendered.path("renderedFields").path("comment").path("comments").get(0).path("renderedBody").asText());

        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-2/comment/" + id, null).status());
        Reply missing = site.get("/rest/api/3/issue/SUP-2/comment/" + id);
        assertEquals(404, missing.status());
        assertEquals("Can not find a comment for the id: " + id + ".", missing.json().path("errorMessages").get(0).asText());
    }

    static String names(JsonNode transitions) {
        StringBuilder b = new StringBuilder("[");
        transitions.path("transitions").forEach(t -> b.append(b.length() > 1 ? "," : "").append('"').append(t.path("name").asText()).append('"'));
        return b.append(']').toString();
    }
}
