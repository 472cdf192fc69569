package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
}
