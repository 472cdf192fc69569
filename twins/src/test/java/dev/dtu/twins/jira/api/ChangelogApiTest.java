package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** An issue's changelog: paged oldest first, picked by id, and fetched in bulk with a field filter and page tokens. */
class ChangelogApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    void rename(String key, String summary) {
        assertEquals(204, site.send("PUT", "/rest/api/3/issue/" + key, "{\"fields\":{\"summary\":\"" + summary + "\"}}").status());
    }

    @Test
    void everyEditIsAPagedEntryOldestFirst() {
        int before = site.get("/rest/api/3/issue/SUP-1/changelog").json().path("total").asInt();
        rename("SUP-1", "first");
        rename("SUP-1", "second");
        JsonNode all = site.get("/rest/api/3/issue/SUP-1/changelog").json();
        assertTrue(OpenApi.problems("PageBeanChangelog", all).isEmpty(), all.toString());
        assertEquals(before + 2, all.path("total").asInt());
        JsonNode last = all.path("values").get(before + 1);
        assertEquals("summary", last.path("items").get(0).path("field").asText());
        assertEquals("first", last.path("items").get(0).path("fromString").asText());
        assertEquals("second", last.path("items").get(0).path("toString").asText());
        assertEquals(site.accountId, last.path("author").path("accountId").asText());

        JsonNode page = site.get("/rest/api/3/issue/SUP-1/changelog?startAt=" + (before + 1) + "&maxResults=1").json();
        assertEquals(1, page.path("values").size());
        assertTrue(page.path("isLast").asBoolean());
        assertEquals(last.path("id").asText(), page.path("values").get(0).path("id").asText());

        String id = last.path("id").asText();
        JsonNode picked = site.post("/rest/api/3/issue/SUP-1/changelog/list", "{\"changelogIds\":[" + id + ",424242]}").json();
        assertTrue(OpenApi.problems("PageOfChangelogs", picked).isEmpty(), picked.toString());
        assertEquals(1, picked.path("histories").size());
        assertEquals(id, picked.path("histories").get(0).path("id").asText());
    }

    @Test
    void bulkFetchFiltersByFieldAndPagesWithATokenAndLeavesOutUnknownIssues() {
        rename("SUP-1", "one");
        rename("SUP-2", "two");
        site.send("PUT", "/rest/api/3/issue/SUP-2", "{\"fields\":{\"labels\":[\"x\"]}}");
        String body = "{\"issueIdsOrKeys\":[\"SUP-1\",\"SUP-2\",\"SUP-99999\"],\"fieldIds\":[\"summary\"],\"maxResults\":1}";
        JsonNode first = site.post("/rest/api/3/changelog/bulkfetch", body).json();
        assertTrue(OpenApi.problems("BulkChangelogResponseBean", first).isEmpty(), first.toString());
        assertEquals(1, first.path("issueChangeLogs").size(), first.toString());
        assertFalse(first.path("nextPageToken").asText().isEmpty());
        int summaries = 0;
        String token = null;
        JsonNode page = first;
        do {
            for (JsonNode log : page.path("issueChangeLogs")) {
                for (JsonNode h : log.path("changeHistories")) {
                    h.path("items").forEach(i -> assertEquals("summary", i.path("fieldId").asText(), i.toString()));
                    summaries++;
                }
            }
            token = page.path("nextPageToken").asText(null);
            if (token != null) {
                page = site.post("/rest/api/3/changelog/bulkfetch", body.replace("}", ",\"nextPageToken\":\"" + token + "\"}")).json();
            }
        } while (token != null);
        assertTrue(summaries >= 2, "both renames, one page each: " + summaries);
    }

    @Test
    void badInputIsJirasError() {
        assertEquals(404, site.get("/rest/api/3/issue/SUP-99999/changelog").status());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/changelog/list", "{}").status());
        assertEquals(400, site.post("/rest/api/3/issue/SUP-1/changelog/list", "[]").status());
        assertEquals(400, site.post("/rest/api/3/changelog/bulkfetch", "{\"issueIdsOrKeys\":[]}").status());
        assertEquals(400, site.post("/rest/api/3/changelog/bulkfetch",
                "{\"issueIdsOrKeys\":[\"SUP-1\"],\"fieldIds\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}").status());
        assertEquals(400, site.post("/rest/api/3/changelog/bulkfetch", "{\"issueIdsOrKeys\":[\"SUP-1\"],\"nextPageToken\":\"%%%\"}").status());
        JsonNode error = site.post("/rest/api/3/changelog/bulkfetch", "{\"issueIdsOrKeys\":[\"SUP-1\"],\"maxResults\":0}").json();
        assertFalse(error.path("errors").path("maxResults").isMissingNode(), error.toString());
    }
}
