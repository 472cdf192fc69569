package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    private Reply search(String jql, String more) {
        return site.get("/rest/api/3/search/jql?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8) + more);
    }

    @Test
    void jqlMatchTellsWhichGivenIssuesEachQueryMatches() {
        long sup1 = site.get("/rest/api/3/issue/SUP-1").json().path("id").asLong();
        long eng1 = site.get("/rest/api/3/issue/ENG-1").json().path("id").asLong();
        Reply r = site.post("/rest/api/3/jql/match", "{\"issueIds\":[" + sup1 + "," + eng1 + "],"
                + "\"jqls\":[\"project = SUP\",\"project = NOSUCHPROJECT\",\"project = = x\"]}");
        assertEquals(200, r.status(), r.body());
        assertTrue(dev.dtu.twins.jira.OpenApi.problems("IssueMatches", r.json()).isEmpty(), r.body());
        JsonNode matches = r.json().path("matches");
        assertEquals(List.of(sup1), longs(matches.get(0).path("matchedIssues")));
        assertEquals(0, matches.get(0).path("errors").size());
        assertEquals(0, matches.get(1).path("matchedIssues").size());
        assertEquals(0, matches.get(1).path("errors").size(), "an unknown value matches nothing and is no error");
        assertEquals(1, matches.get(2).path("errors").size(), "a query that does not parse says why");
        assertEquals(400, site.post("/rest/api/3/jql/match", "{\"jqls\":\"x\"}").status());
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asLong()));
        return out;
    }

    @Test
    void jqlFindsSeededAndNewIssuesInOrder() {
        Reply r = search("project = SUP ORDER BY key ASC", "&fields=summary,status");
        assertEquals(200, r.status(), r.body());
        IssuesApiTest.conforms("SearchAndReconcileResults", r.json());
        assertEquals(List.of("SUP-1", "SUP-2"), keys(r.json()));
        assertTrue(r.json().path("isLast").asBoolean());
        assertEquals("Done", r.json().path("issues").get(1).path("fields").path("status").path("name").asText());

        site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Task\"},"
                + "\"summary\":\"Robot vacuum escaped\",\"labels\":[\"robots\"]}}");
        assertEquals(List.of("SUP-3"), keys(search("text ~ \"vacuum\" AND labels = robots", "&fields=key").json()));
        assertEquals(List.of("ENG-2", "SUP-2"), keys(search("resolution = Done ORDER BY created DESC", "&fields=key").json()));
        assertEquals(List.of("SUP-1"), keys(search("status WAS \"In Progress\" AND status != Done", "&fields=key").json()));
        assertEquals(List.of("ENG-2"), keys(search("assignee = currentUser() AND statusCategory = done", "&fields=key").json()));
        assertEquals(List.of("ENG-1"), keys(search("\"Story Points\" > 4", "&fields=key").json()));
        assertEquals(List.of("ENG-2"), keys(search("Severity = S1", "&fields=key").json()));
        assertEquals(List.of("ENG-2", "ENG-1"), keys(search("component = Firmware ORDER BY priority DESC", "&fields=key").json()));
    }

    @Test
    void theDefaultIsIdsOnlyAndPostTakesTheSameQuery() {
        JsonNode ids = search("project = ENG", "").json();
        assertEquals(2, ids.path("issues").size());
        assertEquals(1, ids.path("issues").get(0).size(), "only the id: " + ids);
        Reply post = site.post("/rest/api/3/search/jql", "{\"jql\":\"project = ENG ORDER BY key\",\"fields\":[\"summary\"],"
                + "\"expand\":\"names\",\"maxResults\":1}");
        assertEquals(200, post.status(), post.body());
        assertEquals("ENG-1", post.json().path("issues").get(0).path("key").asText());
        assertFalse(post.json().path("isLast").asBoolean());
        assertEquals("Summary", post.json().path("names").path("summary").asText());
        Reply count = site.post("/rest/api/3/search/approximate-count", "{\"jql\":\"project in (SUP, ENG)\"}");
        IssuesApiTest.conforms("JQLCountResultsBean", count.json());
        assertEquals(4, count.json().path("count").asInt());
    }

    @Test
    void nextPageTokensWalkEveryMatchOnce() {
        for (int i = 0; i < 7; i++) {
            site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"t" + i + "\"}}");
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = search("project = ENG ORDER BY key", "&fields=key&maxResults=4"
                    + (token == null ? "" : "&nextPageToken=" + token)).json();
            seen.addAll(keys(page));
            token = page.path("nextPageToken").asText(null);
            assertEquals(token == null, page.path("isLast").asBoolean());
            pages++;
        } while (token != null);
        assertEquals(3, pages);
        assertEquals(9, seen.size());
        assertEquals(9, seen.stream().distinct().count());
        Reply bad = search("project = ENG", "&nextPageToken=garbage");
        assertEquals(400, bad.status());
    }

    @Test
    void badQueriesGetJirasMessages() {
        Reply syntax = search("project = SUP AND", "");
        assertEquals(400, syntax.status());
        assertEquals("Error in the JQL Query: Expecting a field name at the end of the query.",
                syntax.json().path("errorMessages").get(0).asText(), syntax.body());
        Reply position = search("project = SUP ORDER key", "");
        assertTrue(position.json().path("errorMessages").get(0).asText().contains("(line 1, character"), position.body());
        Reply field = search("colour = red", "");
        assertEquals("Field 'colour' does not exist or you do not have permission to view it.",
                field.json().path("errorMessages").get(0).asText());
        Reply unbounded = search("ORDER BY created", "");
        assertEquals("Unbounded JQL queries are not allowed here. Please add a search restriction to your query.",
                unbounded.json().path("errorMessages").get(0).asText());
        Reply removed = site.get("/rest/api/3/search?jql=project%3DSUP");
        assertEquals(410, removed.status());
        assertTrue(removed.json().path("errorMessages").get(0).asText().startsWith("The requested API has been removed."));
        assertEquals(400, site.get("/rest/api/3/search/jql?jql=project%3DSUP&maxResults=lots").status());
    }

    static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.path("issues").forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }

    /** Issue #19 item 6: words that are not JQL are searched for as text, as Jira Cloud answers them, not refused. */
    @Test
    void bareWordsAreATextSearch() {
        Reply none = search("this is not jql", "");
        assertEquals(200, none.status(), none.body());
        assertEquals(0, none.json().path("issues").size());
        Reply found = search("battery health", "&fields=summary");
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.json().path("issues").size(), found.body());
        assertEquals("Robots report battery health to the cloud", found.json().path("issues").get(0).path("fields").path("summary").asText());
        assertEquals(400, search("project = \"unterminated", "").status(), "what is not words stays a syntax error");
        assertEquals(400, search("colour = red", "").status());
    }
}
