package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jira Software over HTTP: filters, boards, sprints and their state machine, backlog, rank, epics, JQL on sprints. */
class AgileApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server, universeWithEpics());

    /** The default company with an Epic issue type in ENG. */
    private static String universeWithEpics() {
        ObjectNode seed = SeedDocument.defaultSeed().copy();
        ObjectNode jira = (ObjectNode) seed.path("jira");
        ((ArrayNode) jira.path("issueTypes")).addObject().put("name", "Epic").put("description", "A big user story.");
        for (JsonNode p : jira.path("projects")) {
            if (p.path("key").asText().equals("ENG")) {
                ((ArrayNode) p.path("issueTypes")).add("Epic");
            }
        }
        ObjectNode request = Json.object().put("name", "agile");
        request.set("seed", seed);
        return request.toString();
    }

    private String issue(String type, String summary) {
        Reply r = site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"" + type
                + "\"},\"summary\":\"" + summary + "\"}}");
        assertEquals(201, r.status(), r.body());
        return r.json().path("key").asText();
    }

    private long board(String type) {
        Reply f = site.post("/rest/api/3/filter", "{\"name\":\"eng " + type + "\",\"jql\":\"project = ENG ORDER BY Rank ASC\"}");
        assertEquals(200, f.status(), f.body());
        Reply b = site.post("/rest/agile/1.0/board", "{\"name\":\"ENG " + type + "\",\"type\":\"" + type + "\",\"filterId\":"
                + f.json().path("id").asText() + ",\"location\":{\"type\":\"project\",\"projectKeyOrId\":\"ENG\"}}");
        assertEquals(201, b.status(), b.body());
        assertEquals("ENG", b.json().path("location").path("projectKey").asText());
        return b.json().path("id").asLong();
    }

    private List<String> keys(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("issues").forEach(i -> out.add(i.path("key").asText()));
        return out;
    }

    private static String q(String jql) {
        return URLEncoder.encode(jql, StandardCharsets.UTF_8);
    }

    @Test
    void aSprintGoesFromFutureToActiveToClosedAndItsIssuesFollow() {
        String a = issue("Task", "first");
        String b = issue("Task", "second");
        long board = board("scrum");
        Reply created = site.post("/rest/agile/1.0/sprint", "{\"name\":\"Sprint 1\",\"originBoardId\":" + board + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals("future", created.json().path("state").asText());
        long sprint = created.json().path("id").asLong();

        assertEquals(204, site.post("/rest/agile/1.0/sprint/" + sprint + "/issue", "{\"issues\":[\"" + a + "\"]}").status());
        assertEquals(List.of(a), keys(site.get("/rest/agile/1.0/sprint/" + sprint + "/issue").json()));
        assertEquals(List.of(a), keys(site.get("/rest/api/3/search/jql?fields=key&jql=" + q("sprint = " + sprint)).json()));
        assertEquals(List.of(a), keys(site.get("/rest/api/3/search/jql?fields=key&jql=" + q("sprint in openSprints()")).json()));
        assertFalse(keys(site.get("/rest/agile/1.0/board/" + board + "/backlog").json()).contains(a));
        assertTrue(keys(site.get("/rest/agile/1.0/board/" + board + "/backlog").json()).contains(b));

        Reply notStarted = site.post("/rest/agile/1.0/sprint/" + sprint, "{\"state\":\"closed\"}");
        assertEquals(400, notStarted.status());
        assertFalse(notStarted.json().path("errorMessages").isEmpty(), notStarted.body());
        assertEquals(400, site.post("/rest/agile/1.0/sprint/" + sprint, "{\"state\":\"active\"}").status(), "no dates");
        Reply started = site.post("/rest/agile/1.0/sprint/" + sprint,
                "{\"state\":\"active\",\"startDate\":\"2026-03-02T09:00:00.000Z\",\"endDate\":\"2026-03-16T09:00:00.000Z\"}");
        assertEquals(200, started.status(), started.body());
        assertEquals("active", started.json().path("state").asText());
        assertEquals(400, site.post("/rest/agile/1.0/sprint/" + sprint, "{\"state\":\"future\"}").status());

        Reply closed = site.post("/rest/agile/1.0/sprint/" + sprint, "{\"state\":\"closed\"}");
        assertEquals("closed", closed.json().path("state").asText(), closed.body());
        assertTrue(closed.json().has("completeDate"));
        JsonNode agileIssue = site.get("/rest/agile/1.0/issue/" + a).json();
        assertTrue(agileIssue.path("fields").path("sprint").isNull(), agileIssue.toString());
        assertEquals(sprint, agileIssue.path("fields").path("closedSprints").get(0).path("id").asLong());
        assertEquals(List.of(a), keys(site.get("/rest/api/3/search/jql?fields=key&jql=" + q("sprint in closedSprints()")).json()));
        assertEquals(List.of(), keys(site.get("/rest/api/3/search/jql?fields=key&jql=" + q("sprint in openSprints()")).json()));
        assertEquals(400, site.post("/rest/agile/1.0/sprint/" + sprint + "/issue", "{\"issues\":[\"" + b + "\"]}").status(),
                "a closed sprint takes no issues");
        Reply renamed = site.post("/rest/agile/1.0/sprint/" + sprint, "{\"name\":\"Renamed\",\"state\":\"future\"}");
        assertEquals(200, renamed.status(), "a closed sprint takes a new name; other changes are ignored");
        assertEquals("closed", renamed.json().path("state").asText());
        assertEquals("Renamed", renamed.json().path("name").asText());
    }

    @Test
    void boardsListPageAndDescribeTheirColumns() {
        long scrum = board("scrum");
        long kanban = board("kanban");
        JsonNode page = site.get("/rest/agile/1.0/board?maxResults=1").json();
        assertEquals(1, page.path("values").size());
        assertEquals(2, page.path("total").asInt());
        assertFalse(page.path("isLast").asBoolean());
        JsonNode second = site.get("/rest/agile/1.0/board?maxResults=1&startAt=1").json();
        assertTrue(second.path("isLast").asBoolean());
        JsonNode kanbans = site.get("/rest/agile/1.0/board?type=kanban").json();
        assertEquals(kanban, kanbans.path("values").get(0).path("id").asLong());
        assertEquals(1, kanbans.path("values").size());

        JsonNode config = site.get("/rest/agile/1.0/board/" + scrum + "/configuration").json();
        assertEquals(3, config.path("columnConfig").path("columns").size(), config.toString());
        assertEquals("Done", config.path("columnConfig").path("columns").get(2).path("name").asText());
        assertEquals(1, config.path("columnConfig").path("columns").get(2).path("statuses").size());
        assertEquals(400, site.get("/rest/agile/1.0/board/" + kanban + "/sprint").status(), "kanban boards have no sprints");
        assertEquals(400, site.post("/rest/agile/1.0/sprint", "{\"name\":\"K\",\"originBoardId\":" + kanban + "}").status());
        assertEquals("ENG", site.get("/rest/agile/1.0/board/" + scrum + "/project").json().path("values").get(0).path("key").asText());
    }

    @Test
    void rankOrdersTheBoardAndTheEnhancedReadPagesByToken() {
        String a = issue("Task", "alpha");
        String b = issue("Task", "bravo");
        String c = issue("Task", "charlie");
        long board = board("scrum");
        assertEquals(204, site.send("PUT", "/rest/agile/1.0/issue/rank", "{\"issues\":[\"" + c + "\"],\"rankBeforeIssue\":\"" + a + "\"}").status());
        List<String> order = keys(site.get("/rest/agile/1.0/board/" + board + "/issue?jql=" + q("summary ~ alpha OR summary ~ bravo OR summary ~ charlie")).json());
        assertEquals(List.of(c, a, b), order.stream().filter(k -> List.of(a, b, c).contains(k)).toList());
        assertEquals(List.of(c, a, b), keys(site.get("/rest/api/3/search/jql?fields=key&jql="
                + q("key in (" + a + "," + b + "," + c + ") ORDER BY Rank ASC")).json()));

        JsonNode first = site.get("/rest/software/1.0/board/" + board + "/issue?maxResults=2").json();
        assertEquals(2, first.path("issues").size());
        assertFalse(first.path("isLast").asBoolean());
        JsonNode next = site.get("/rest/software/1.0/board/" + board + "/issue?maxResults=2&nextPageToken="
                + first.path("nextPageToken").asText()).json();
        assertFalse(keys(first).contains(keys(next).get(0)));
        assertEquals(400, site.get("/rest/software/1.0/board/" + board + "/issue?nextPageToken=garbage").status());
    }

    @Test
    void epicsCollectIssuesAndCarryTheirOwnName() {
        String epic = issue("Epic", "Big thing");
        String child = issue("Task", "part");
        JsonNode read = site.get("/rest/agile/1.0/epic/" + epic).json();
        assertEquals("Big thing", read.path("name").asText());
        assertEquals("color_1", read.path("color").path("key").asText());
        assertEquals(204, site.post("/rest/agile/1.0/epic/" + epic + "/issue", "{\"issues\":[\"" + child + "\"]}").status());
        assertEquals(List.of(child), keys(site.get("/rest/agile/1.0/epic/" + epic + "/issue").json()));
        assertEquals(epic, site.get("/rest/agile/1.0/issue/" + child).json().path("fields").path("epic").path("key").asText());
        assertEquals(200, site.post("/rest/agile/1.0/epic/" + epic, "{\"name\":\"Renamed\",\"color\":{\"key\":\"color_4\"}}").status());
        assertEquals("color_4", site.get("/rest/agile/1.0/epic/" + epic).json().path("color").path("key").asText());
        assertEquals(400, site.post("/rest/agile/1.0/epic/" + epic, "{\"color\":{\"key\":\"red\"}}").status());
        assertEquals(204, site.post("/rest/agile/1.0/epic/none/issue", "{\"issues\":[\"" + child + "\"]}").status());
        assertEquals(List.of(), keys(site.get("/rest/agile/1.0/epic/" + epic + "/issue").json()));
        assertEquals(404, site.get("/rest/agile/1.0/epic/" + child).status(), "a task is not an epic");
    }

    @Test
    void answersHaveAtlassiansShapes() {
        String epic = issue("Epic", "Shaped");
        String task = issue("Task", "shaped task");
        long board = board("scrum");
        Reply sprint = site.post("/rest/agile/1.0/sprint", "{\"name\":\"Shaped\",\"originBoardId\":" + board
                + ",\"startDate\":\"2026-03-02\",\"endDate\":\"2026-03-16T09:00:00.000+0000\",\"goal\":\"ship\"}");
        assertEquals(201, sprint.status(), sprint.body());
        site.post("/rest/agile/1.0/sprint/" + sprint.json().path("id").asText() + "/issue", "{\"issues\":[\"" + task + "\"]}");
        check("Sprint", sprint.json());
        check("Board", site.get("/rest/agile/1.0/board/" + board).json());
        check("Page", site.get("/rest/agile/1.0/board").json());
        check("Board", site.get("/rest/agile/1.0/board").json().path("values").get(0));
        check("BoardConfiguration", site.get("/rest/agile/1.0/board/" + board + "/configuration").json());
        check("Page", site.get("/rest/agile/1.0/board/" + board + "/sprint").json());
        check("Epic", site.get("/rest/agile/1.0/epic/" + epic).json());
        check("AgileIssuePage", site.get("/rest/agile/1.0/board/" + board + "/issue").json());
        check("SoftwareIssuePage", site.get("/rest/software/1.0/board/" + board + "/backlog").json());
        check("IssueCount", site.get("/rest/software/1.0/board/" + board + "/backlog/approximate-count").json());
        JsonNode agileIssue = site.get("/rest/agile/1.0/issue/" + task).json();
        check("IssueBean", agileIssue);
        check("Sprint", agileIssue.path("fields").path("sprint"));
        check("Filter", site.get("/rest/api/3/filter/my").json().get(0));
    }

    private static void check(String schema, JsonNode body) {
        assertTrue(OpenApi.problems(schema, body).isEmpty(), schema + ": " + OpenApi.problems(schema, body) + " in " + body);
    }

    @Test
    void badInputIsJirasError() {
        long board = board("scrum");
        Reply noBoard = site.get("/rest/agile/1.0/board/99999");
        assertEquals(404, noBoard.status());
        assertEquals(BoardsApi.NO_BOARD, noBoard.json().path("errorMessages").get(0).asText());
        assertEquals(404, site.get("/rest/agile/1.0/sprint/99999").status());
        Reply longName = site.post("/rest/agile/1.0/sprint", "{\"name\":\"" + "x".repeat(31) + "\",\"originBoardId\":" + board + "}");
        assertEquals(400, longName.status());
        assertTrue(longName.json().path("errors").has("name"), longName.body());
        assertEquals(400, site.post("/rest/agile/1.0/sprint", "{\"name\":\"S\"}").status());
        assertEquals(400, site.post("/rest/agile/1.0/backlog/issue", "{\"issues\":[\"NOSUCH-1\"]}").status());
        assertEquals(400, site.post("/rest/agile/1.0/backlog/issue", "{\"issues\":[]}").status());
        assertEquals(404, site.post("/rest/agile/1.0/backlog/99999/issue", "{\"issues\":[\"ENG-1\"]}").status());
        assertEquals(400, site.send("PUT", "/rest/agile/1.0/issue/rank", "{\"issues\":[\"ENG-1\"]}").status());
        assertEquals(400, site.post("/rest/agile/1.0/board", "{\"name\":\"x\",\"type\":\"scrum\",\"filterId\":424242}").status());
        Reply badType = site.post("/rest/agile/1.0/board", "{\"name\":\"x\",\"type\":\"list\",\"filterId\":1}");
        assertTrue(badType.json().path("errors").has("type"), badType.body());
        assertEquals(400, site.post("/rest/api/3/filter", "{\"name\":\"bad\",\"jql\":\"project = NOPE\"}").status());
        assertEquals(400, site.post("/rest/api/3/filter", "{\"name\":\"eng scrum\",\"jql\":\"project = ENG\"}").status(),
                "filter names are unique");
        Reply noFilter = site.get("/rest/api/3/filter/99999");
        assertEquals(404, noFilter.status(), "Jira Cloud answers a missing filter with 404 (its reference says 400)");
        assertEquals(FiltersApi.NOT_AVAILABLE, noFilter.json().path("errorMessages").get(0).asText());
        assertEquals(400, site.get("/rest/agile/1.0/board?startAt=-1").status());
    }
}
