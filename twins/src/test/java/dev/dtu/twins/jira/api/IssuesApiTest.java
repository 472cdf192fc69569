package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

class IssuesApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    static void conforms(String schema, JsonNode body) {
        assertEquals(java.util.Set.of(), OpenApi.problems(schema, body), schema + ": " + body);
    }

    @Test
    void createThenGetReturnsTheIssueWithKeysCountedPerProject() {
        Reply created = site.post("/rest/api/3/issue", """
                {"fields":{"project":{"key":"SUP"},"issuetype":{"name":"Bug"},"summary":"Printer on fire",
                 "description":%s,"labels":["hardware"],"priority":{"name":"High"},
                 "customfield_10011":"Contoso","customfield_10012":{"value":"S1"},"components":[{"name":"Robots"}]}}
                """.formatted(JiraSite.adf("Smoke everywhere")));
        assertEquals(201, created.status(), created.body());
        conforms("CreatedIssue", created.json());
        assertEquals("SUP-3", created.json().path("key").asText(), "the seed has SUP-1 and SUP-2");
        assertEquals(site.base + "/rest/api/3/issue/" + created.json().path("id").asText(), created.json().path("self").asText());

        Reply got = site.get("/rest/api/3/issue/SUP-3?expand=renderedFields,names,changelog,transitions");
        assertEquals(200, got.status(), got.body());
        conforms("IssueBean", got.json());
        JsonNode fields = got.json().path("fields");
        assertEquals("Printer on fire", fields.path("summary").asText());
        assertEquals("To Do", fields.path("status").path("name").asText());
        assertEquals("new", fields.path("status").path("statusCategory").path("key").asText());
        assertEquals("High", fields.path("priority").path("name").asText());
        assertEquals(site.accountId, fields.path("reporter").path("accountId").asText());
        assertEquals("S1", fields.path("customfield_10012").path("value").asText());
        assertEquals("Robots", fields.path("components").get(0).path("name").asText());
        assertTrue(fields.path("resolution").isNull());
        assertEquals("<p>Smoke everywhere</p>", got.json().path("renderedFields").path("description").asText());
        assertEquals("Summary", got.json().path("names").path("summary").asText());
        assertEquals(2, got.json().path("transitions").size(), "Start work and Done from To Do");

        Reply engIssue = site.post("/rest/api/3/issue",
                "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"id\":\"10003\"},\"summary\":\"Next\"}}");
        assertEquals("ENG-3", engIssue.json().path("key").asText());
    }

    @Test
    void createReportsEveryBadFieldInJirasEnvelope() {
        Reply r = site.post("/rest/api/3/issue", """
                {"fields":{"project":{"key":"SUP"},"issuetype":{"name":"Story"},"description":"plain text",
                 "customfield_10010":3,"colour":"red"}}""");
        assertEquals(400, r.status());
        conforms("ErrorCollection", r.json());
        JsonNode errors = r.json().path("errors");
        assertEquals(0, r.json().path("errorMessages").size());
        assertEquals("You must specify a summary of the issue.", errors.path("summary").asText());
        assertEquals("The issue type selected is invalid.", errors.path("issuetype").asText(), "SUP has no Story type");
        assertEquals("Operation value must be an Atlassian Document (see the Atlassian Document Format)",
                errors.path("description").asText());
        assertEquals("Field 'customfield_10010' cannot be set. It is not on the appropriate screen, or unknown.",
                errors.path("customfield_10010").asText(), "Story Points is not on SUP's screens");
        assertEquals("Field 'colour' cannot be set. It is not on the appropriate screen, or unknown.", errors.path("colour").asText());

        Reply wrongType = site.post("/rest/api/3/issue", """
                {"fields":{"project":{"key":"ENG"},"issuetype":{"name":"Task"},"summary":"x","customfield_10010":"five",
                 "customfield_10012":{"value":"S9"},"labels":["has space"]}}""");
        assertEquals(400, wrongType.status());
        assertEquals("Operation value must be a number", wrongType.json().path("errors").path("customfield_10010").asText());
        assertEquals("Option value 'S9' is not valid", wrongType.json().path("errors").path("customfield_10012").asText());
        assertEquals("The label 'has space' contains spaces which is invalid.", wrongType.json().path("errors").path("labels").asText());

        Reply noProject = site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"NOPE\"},\"summary\":\"x\"}}");
        assertEquals("Specify a valid project ID or key", noProject.json().path("errors").path("project").asText());
        assertEquals(400, site.post("/rest/api/3/issue", "{not json").status());
        assertEquals(3, site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Bug\"},"
                + "\"summary\":\"ok\"}}").json().path("key").asText().charAt(4) - '0', "failed creates consumed no key");
    }

    @Test
    void editAssignLinkAndDeleteChangeTheIssueAndItsHistory() {
        assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1?notifyUsers=false",
                "{\"fields\":{\"summary\":\"Invoice totals off\"},\"update\":{\"labels\":[{\"add\":\"urgent\"},{\"remove\":\"billing\"}]}}").status());
        String alan = site.get("/rest/api/3/user/search?query=alan").json().get(0).path("accountId").asText();
        assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1/assignee", "{\"accountId\":\"" + alan + "\"}").status());
        assertEquals(201, site.post("/rest/api/3/issueLink",
                "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"ENG-2\"},\"outwardIssue\":{\"key\":\"SUP-1\"}}").status());

        JsonNode issue = site.get("/rest/api/3/issue/SUP-1?expand=changelog").json();
        assertEquals("Invoice totals off", issue.path("fields").path("summary").asText());
        assertEquals("[\"customer-reported\",\"urgent\"]", issue.path("fields").path("labels").toString());
        assertEquals(alan, issue.path("fields").path("assignee").path("accountId").asText());
        assertEquals("ENG-2", issue.path("fields").path("issuelinks").get(0).path("inwardIssue").path("key").asText());
        JsonNode histories = issue.path("changelog").path("histories");
        assertTrue(histories.toString().contains("\"field\":\"summary\""), histories.toString());
        assertTrue(histories.toString().contains("\"toString\":\"Alan Turing\""), histories.toString());
        assertTrue(histories.toString().contains("\"fromString\":\"To Do\",\"to\":"), "the seeded Start work transition");

        assertEquals(204, site.send("DELETE", "/rest/api/3/issue/SUP-1", null).status());
        Reply gone = site.get("/rest/api/3/issue/SUP-1");
        assertEquals(404, gone.status());
        assertEquals("{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}", gone.body());
    }

    @Test
    void bulkCreateMakesTheValidIssuesAndReportsTheOthersByPosition() {
        Reply r = site.post("/rest/api/3/issue/bulk", """
                {"issueUpdates":[{"fields":{"project":{"key":"ENG"},"issuetype":{"name":"Task"},"summary":"one"}},
                                 {"fields":{"project":{"key":"ENG"},"issuetype":{"name":"Task"}}}]}""");
        assertEquals(201, r.status(), r.body());
        conforms("CreatedIssues", r.json());
        assertEquals("ENG-3", r.json().path("issues").get(0).path("key").asText());
        assertEquals(1, r.json().path("errors").get(0).path("failedElementNumber").asInt());
        assertEquals("You must specify a summary of the issue.",
                r.json().path("errors").get(0).path("elementErrors").path("errors").path("summary").asText());
    }

    @Test
    void createAndEditMetadataDescribeTheScreens() {
        Reply types = site.get("/rest/api/3/issue/createmeta/SUP/issuetypes");
        assertEquals(200, types.status());
        conforms("PageOfCreateMetaIssueTypes", types.json());
        assertEquals(2, types.json().path("total").asInt());
        Reply fields = site.get("/rest/api/3/issue/createmeta/ENG/issuetypes/10001");
        conforms("PageOfCreateMetaIssueTypeWithField", fields.json());
        assertTrue(fields.body().contains("\"fieldId\":\"customfield_10010\""), fields.body());
        assertEquals(404, site.get("/rest/api/3/issue/createmeta/NOPE/issuetypes").status());
        Reply edit = site.get("/rest/api/3/issue/ENG-1/editmeta");
        conforms("IssueUpdateMetadata", edit.json());
        assertEquals("S1", edit.json().path("fields").path("customfield_10012").path("allowedValues").get(0).path("value").asText());
    }
}
