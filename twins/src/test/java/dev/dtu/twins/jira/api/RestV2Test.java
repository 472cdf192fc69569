package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import org.junit.jupiter.api.Test;

/** v2 writes with plain text (how jira.js 6 sends string bodies), read back through v3 as documents. */
class WikiMarkupApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void aTextCommentIsStoredAsADocumentAndAnsweredAsText() {
        Reply added = site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":\"first line\\nsecond line\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals("first line\nsecond line", added.json().path("body").asText());
        assertTrue(added.json().path("self").asText().contains("/rest/api/2/issue/"));
        JsonNode v3 = site.get("/rest/api/3/issue/SUP-1/comment/" + added.json().path("id").asText()).json();
        assertEquals("doc", v3.path("body").path("type").asText());
        assertEquals("second line", v3.path("body").path("content").get(1).path("content").get(0).path("text").asText());
    }

    @Test
    void aTextDescriptionCreatesAnIssueWithADocument() {
        Reply created = site.post("/rest/api/2/issue",
                "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Bug\"},\"summary\":\"from v2\",\"description\":\"plain words\"}}");
        assertEquals(201, created.status(), created.body());
        JsonNode issue = site.get("/rest/api/3/issue/" + created.json().path("key").asText()).json();
        assertEquals("plain words", issue.path("fields").path("description").path("content").get(0).path("content").get(0)
                .path("text").asText());
    }

    @Test
    void anEmptyOrNonTextBodyIsJirasError() {
        Reply empty = site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":\"  \"}");
        assertEquals(400, empty.status());
        assertEquals("Comment body can not be empty!", empty.json().path("errors").path("comment").asText());
        assertEquals(400, site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":{\"type\":\"doc\"}}").status());
        assertEquals(404, site.post("/rest/api/2/issue/NOPE-1/comment", "{\"body\":\"x\"}").status());
    }
}
