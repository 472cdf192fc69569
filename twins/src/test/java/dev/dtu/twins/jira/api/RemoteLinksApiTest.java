package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** Remote issue links: a globalId makes a second write an update; deletes by id and by globalId; Jira's errors. */
class RemoteLinksApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    static String link(String globalId, String url) {
        return "{" + (globalId == null ? "" : "\"globalId\":\"" + globalId + "\",") + "\"relationship\":\"documented by\","
                + "\"object\":{\"url\":\"" + url + "\",\"title\":\"Spec\"}}";
    }

    @Test
    void aGlobalIdMakesTheSecondWriteAnUpdate() {
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1/remotelink").json().size());
        Reply created = site.post("/rest/api/3/issue/SUP-1/remotelink", link("spec", "https://example.com/a"));
        assertEquals(201, created.status(), created.body());
        assertTrue(OpenApi.problems("RemoteIssueLinkIdentifies", created.json()).isEmpty(), created.body());
        String id = created.json().path("id").asText();
        JsonNode one = site.get("/rest/api/3/issue/SUP-1/remotelink/" + id).json();
        assertTrue(OpenApi.problems("RemoteIssueLink", one).isEmpty(), one.toString());
        assertEquals("documented by", one.path("relationship").asText());

        Reply updated = site.post("/rest/api/3/issue/SUP-1/remotelink", link("spec", "https://example.com/b"));
        assertEquals(200, updated.status());
        assertEquals(id, updated.json().path("id").asText());
        JsonNode all = site.get("/rest/api/3/issue/SUP-1/remotelink").json();
        assertEquals(1, all.size());
        assertEquals("https://example.com/b", all.get(0).path("object").path("url").asText());

        assertEquals(201, site.post("/rest/api/3/issue/SUP-1/remotelink", link(null, "https://example.com/c")).status());
        assertEquals(2, site.get("/rest/api/3/issue/SUP-1/remotelink").json().size());
        assertEquals(id, site.get("/rest/api/3/issue/SUP-1/remotelink?globalId=spec").json().path("id").asText());
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/remotelink?globalId=spec", null).status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/remotelink/" + id).status());
        assertEquals(1, site.get("/rest/api/3/issue/SUP-1/remotelink").json().size());
        String other = site.get("/rest/api/3/issue/SUP-1/remotelink").json().get(0).path("id").asText();
        assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1/remotelink/" + other, link(null, "https://example.com/d")).status());
        assertEquals("https://example.com/d", site.get("/rest/api/3/issue/SUP-1/remotelink/" + other).json().path("object").path("url").asText());
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/remotelink/" + other, null).status());
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1/remotelink").json().size());
    }

    @Test
    void badInputIsJirasError() {
        Reply noTitle = site.post("/rest/api/3/issue/SUP-1/remotelink", "{\"object\":{\"url\":\"https://x\"}}");
        assertEquals(400, noTitle.status());
        assertEquals("'title' is required.", noTitle.json().path("errors").path("title").asText());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/remotelink", "{}").status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/remotelink/99999999").status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-1/remotelink?globalId=none").status());
        assertEquals(400, site.send("DELETE", "/rest/api/3/issue/SUP-1/remotelink", null).status());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-99999/remotelink").status());
    }
}
