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

/** Issue votes: one vote per account, withdrawing is idempotent, unknown issues are Jira's 404. */
class VotesApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void aVoteCountsOnceAndWithdrawingTwiceIsFine() {
        JsonNode none = site.get("/rest/api/3/issue/SUP-1/votes").json();
        assertTrue(OpenApi.problems("Votes", none).isEmpty(), none.toString());
        assertEquals(0, none.path("votes").asInt());
        assertFalse(none.path("hasVoted").asBoolean());
        assertEquals(204, site.post("/rest/api/3/issue/SUP-1/votes", null).status());
        assertEquals(204, site.post("/rest/api/3/issue/SUP-1/votes", null).status());
        JsonNode one = site.get("/rest/api/3/issue/SUP-1/votes").json();
        assertEquals(1, one.path("votes").asInt());
        assertTrue(one.path("hasVoted").asBoolean());
        assertEquals(site.accountId, one.path("voters").get(0).path("accountId").asText());
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/votes", null).status());
        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1/votes", null).status());
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1/votes").json().path("votes").asInt());
        assertEquals(404, site.get("/rest/api/3/issue/SUP-99999/votes").status());
        assertEquals(404, site.post("/rest/api/3/issue/SUP-99999/votes", null).status());
    }

    /** The issue's own votes and watches fields, as the caller sees them (hasVoted, isWatching are theirs). */
    @Test
    void theIssueCarriesItsVotesAndWatchesFields() {
        JsonNode fields = site.get("/rest/api/3/issue/SUP-1").json().path("fields");
        assertEquals(0, fields.path("votes").path("votes").asInt(-1), fields.path("votes").toString());
        assertFalse(fields.path("votes").path("hasVoted").asBoolean(true));
        assertTrue(fields.path("votes").path("self").asText().endsWith("/rest/api/3/issue/SUP-1/votes"));
        assertEquals(0, fields.path("watches").path("watchCount").asInt(-1), fields.path("watches").toString());
        assertTrue(fields.path("watches").path("self").asText().endsWith("/rest/api/3/issue/SUP-1/watchers"));

        site.post("/rest/api/3/issue/SUP-1/votes", null);
        site.post("/rest/api/3/issue/SUP-1/watchers", null);
        JsonNode issue = site.get("/rest/api/3/issue/SUP-1?fields=votes,watches").json();
        assertTrue(OpenApi.problems("IssueBean", issue).isEmpty(), issue.toString());
        assertEquals(1, issue.path("fields").path("votes").path("votes").asInt());
        assertTrue(issue.path("fields").path("votes").path("hasVoted").asBoolean());
        assertEquals(1, issue.path("fields").path("watches").path("watchCount").asInt());
        assertTrue(issue.path("fields").path("watches").path("isWatching").asBoolean());
        assertTrue(issue.path("fields").path("summary").isMissingNode());

        JsonNode found = site.post("/rest/api/3/search/jql", "{\"jql\":\"key = SUP-1\",\"fields\":[\"votes\"]}").json();
        assertEquals(1, found.path("issues").get(0).path("fields").path("votes").path("votes").asInt(), found.toString());
        JsonNode v2 = site.get("/rest/api/2/issue/SUP-1?fields=votes").json().path("fields").path("votes");
        assertTrue(v2.path("self").asText().endsWith("/rest/api/2/issue/SUP-1/votes"), v2.toString());
        Reply edit = site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"votes\":{\"votes\":5}}}");
        assertEquals(400, edit.status(), edit.body());
    }
}
