package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** REST v2: the v3 operations with wiki markup for rich text, read back through v3 as the documents Jira stores. */
class RestV2Test extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void aMarkupCommentIsStoredAsADocumentAndAnsweredAsMarkup() {
        Reply added = site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":\"first line\\nsecond line\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals("first line\nsecond line", added.json().path("body").asText());
        assertTrue(OpenApi.problems("CommentV2", added.json()).isEmpty(), added.body());
        JsonNode v3 = site.get("/rest/api/3/issue/SUP-1/comment/" + added.json().path("id").asText()).json();
        JsonNode lines = v3.path("body").path("content").get(0).path("content");
        // Lines of one paragraph are one paragraph with a hard break, as Jira's wiki renderer breaks them.
        assertEquals("first line", lines.get(0).path("text").asText());
        assertEquals("hardBreak", lines.get(1).path("type").asText());
        assertEquals("second line", lines.get(2).path("text").asText());
    }

    @Test
    void headingsMarksAndCodeBlocksBecomeTheirNodes() {
        String wiki = "h2. Steps\\n\\n*bold* and _italic_ with {{code}}\\n\\n{code:java}\\nint x = 1;\\n{code}\\n\\n* one\\n* two";
        Reply added = site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":\"" + wiki + "\"}");
        assertEquals(201, added.status(), added.body());
        JsonNode body = site.get("/rest/api/3/issue/SUP-1/comment/" + added.json().path("id").asText()).json().path("body");
        JsonNode content = body.path("content");
        assertEquals("heading", content.get(0).path("type").asText());
        assertEquals(2, content.get(0).path("attrs").path("level").asInt());
        assertEquals("strong", content.get(1).path("content").get(0).path("marks").get(0).path("type").asText());
        assertEquals("em", content.get(1).path("content").get(2).path("marks").get(0).path("type").asText());
        assertEquals("code", content.get(1).path("content").get(4).path("marks").get(0).path("type").asText());
        assertEquals("codeBlock", content.get(2).path("type").asText());
        assertEquals("java", content.get(2).path("attrs").path("language").asText());
        assertEquals("int x = 1;", content.get(2).path("content").get(0).path("text").asText());
        assertEquals("bulletList", content.get(3).path("type").asText());
        assertEquals(2, content.get(3).path("content").size());
        assertTrue(OpenApi.problems("Document", body).isEmpty(), body.toString());
    }

    @Test
    void aV3DocumentReadsInV2AsMarkup() {
        String doc = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"heading\",\"attrs\":{\"level\":1},\"content\":"
                + "[{\"type\":\"text\",\"text\":\"Title\"}]},{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":"
                + "\"docs\",\"marks\":[{\"type\":\"link\",\"attrs\":{\"href\":\"https://example.com\"}}]},{\"type\":\"text\",\"text\":\" for \"},"
                + "{\"type\":\"mention\",\"attrs\":{\"id\":\"" + site.accountId + "\",\"text\":\"@Ada\"}}]},"
                + "{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":[{\"type\":\"tableHeader\",\"content\":"
                + "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"h\"}]}]}]},{\"type\":\"tableRow\",\"content\":"
                + "[{\"type\":\"tableCell\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"c\"}]}]}]}]},"
                + "{\"type\":\"panel\",\"attrs\":{\"panelType\":\"info\"},\"content\":[{\"type\":\"paragraph\",\"content\":"
                + "[{\"type\":\"text\",\"text\":\"note\"}]}]}]}";
        Reply added = site.post("/rest/api/3/issue/SUP-1/comment", "{\"body\":" + doc + "}");
        assertEquals(201, added.status(), added.body());
        Reply v2 = site.get("/rest/api/2/issue/SUP-1/comment/" + added.json().path("id").asText());
        assertEquals(200, v2.status(), v2.body());
        assertEquals("h1. Title\n\n[docs|https://example.com] for [~accountid:" + site.accountId + "]\n\n||h||\n|c|\n\n"
                + "{panel:bgColor=#deebff}\nnote\n{panel}", v2.json().path("body").asText());
        assertTrue(v2.json().path("self").asText().contains("/rest/api/2/issue/"), v2.body());
        assertTrue(OpenApi.problems("CommentV2", v2.json()).isEmpty(), v2.body());
    }

    @Test
    void anIssueReadsWithMarkupFieldsAndV2LinksAndItsRenderedHtml() {
        Reply created = site.post("/rest/api/2/issue", "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Bug\"},"
                + "\"summary\":\"from v2\",\"description\":\"h2. Described\\n\\nplain *words*\"}}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().path("self").asText().contains("/rest/api/2/issue/"), created.body());
        String key = created.json().path("key").asText();
        JsonNode v3 = site.get("/rest/api/3/issue/" + key).json().path("fields").path("description");
        assertEquals("heading", v3.path("content").get(0).path("type").asText());
        Reply v2 = site.get("/rest/api/2/issue/" + key + "?expand=renderedFields");
        assertEquals(200, v2.status(), v2.body());
        assertEquals("h2. Described\n\nplain *words*", v2.json().path("fields").path("description").asText());
        assertTrue(OpenApi.problems("IssueFieldsV2", v2.json().path("fields")).isEmpty(), v2.body());
        assertEquals("<h2>Described</h2><p>plain <b>words</b></p>", v2.json().path("renderedFields").path("description").asText());
    }

    @Test
    void anEditSetsTheDescriptionFromMarkup() {
        Reply edited = site.send("PUT", "/rest/api/2/issue/SUP-1", "{\"update\":{\"description\":[{\"set\":\"_changed_\"}]}}");
        assertEquals(204, edited.status(), edited.body());
        JsonNode text = site.get("/rest/api/3/issue/SUP-1").json().path("fields").path("description").path("content").get(0)
                .path("content").get(0);
        assertEquals("changed", text.path("text").asText());
        assertEquals("em", text.path("marks").get(0).path("type").asText());
    }

    @Test
    void searchAndErrorsAnswerAsInV3() {
        Reply page = site.get("/rest/api/2/search/jql?jql=project%20%3D%20SUP&fields=summary,description");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.json().path("issues").size() > 0);
        page.json().path("issues").forEach(i -> assertTrue(!i.path("fields").path("description").isObject(), i.toString()));
        assertEquals(site.get("/rest/api/3/search?jql=project%3DSUP").status(), site.get("/rest/api/2/search?jql=project%3DSUP").status());
        Reply missing = site.get("/rest/api/2/issue/NOPE-1");
        assertEquals(404, missing.status());
        assertEquals("Issue does not exist or you do not have permission to see it.", missing.json().path("errorMessages").get(0).asText());
    }

    @Test
    void anEmptyOrNonTextBodyIsJirasError() {
        Reply empty = site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":\"  \"}");
        assertEquals(400, empty.status());
        assertEquals("Comment body can not be empty!", empty.json().path("errors").path("comment").asText());
        assertEquals(400, site.post("/rest/api/2/issue/SUP-1/comment", "{\"body\":{\"type\":\"doc\"}}").status());
        assertEquals(404, site.post("/rest/api/2/issue/NOPE-1/comment", "{\"body\":\"x\"}").status());
        assertEquals(400, site.post("/rest/api/2/issue/SUP-1/comment", "{not json").status());
    }
}
