package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import org.junit.jupiter.api.Test;

/**
 * The default seed's permission schemes: SUP is open to everyone to browse, create and comment; ENG is hidden from
 * sales and closed to support for creating, editing and transitioning; deleting is for each project's Administrators.
 */
class PermissionsApiTest extends JiraServerTest {

    private static String message(Reply r) {
        return r.json().path("errorMessages").get(0).asText();
    }

    @Test
    void anIssueTheCallerMayNotBrowseDoesNotExistForThem() {
        JiraSite margaret = JiraSite.as(server, "margaret");
        Reply issue = margaret.get("/rest/api/3/issue/ENG-1");
        assertEquals(404, issue.status());
        assertEquals("Issue does not exist or you do not have permission to see it.", message(issue));
        IssuesApiTest.conforms("ErrorCollection", issue.json());
        assertEquals(404, margaret.get("/rest/api/3/issue/ENG-1/comment").status());
        assertEquals(404, margaret.get("/rest/api/3/project/ENG").status());
        assertEquals(0, margaret.get("/rest/api/3/search/jql?jql=project%20%3D%20ENG").json().path("issues").size());
        assertEquals(2, margaret.get("/rest/api/3/search/jql?jql=project%20in%20(SUP%2C%20ENG)").json().path("issues").size());
        JsonNode projects = margaret.get("/rest/api/3/project").json();
        assertEquals(1, projects.size());
        assertEquals("SUP", projects.get(0).path("key").asText());
        Reply create = margaret.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"Bug\"},\"summary\":\"x\"}}");
        assertEquals(400, create.status());
        assertEquals("Specify a valid project ID or key", create.json().path("errors").path("project").asText());
    }

    @Test
    void supportBrowsesEngineeringButMayNotCreateEditOrTransitionThere() {
        JiraSite katherine = JiraSite.as(server, "katherine");
        assertEquals(200, katherine.get("/rest/api/3/issue/ENG-1").status());
        Reply create = katherine.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"Bug\"},\"summary\":\"x\"}}");
        assertEquals(400, create.status());
        assertEquals("You do not have permission to create issues in this project.", create.json().path("errors").path("project").asText());
        Reply edit = katherine.send("PUT", "/rest/api/3/issue/ENG-1", "{\"fields\":{\"summary\":\"renamed\"}}");
        assertEquals(400, edit.status());
        assertEquals("You do not have permission to edit issues in this project.", message(edit));
        assertEquals(0, katherine.get("/rest/api/3/issue/ENG-1/transitions").json().path("transitions").size());
        Reply moved = katherine.post("/rest/api/3/issue/ENG-1/transitions", "{\"transition\":{\"id\":\"11\"}}");
        assertEquals(400, moved.status());
        assertEquals("You do not have permission to transition this issue.", message(moved));
        Reply assigned = katherine.send("PUT", "/rest/api/3/issue/ENG-1/assignee", "{\"accountId\":null}");
        assertEquals(403, assigned.status());
        assertEquals("You do not have permission to assign issues.", message(assigned));
        assertEquals(0, katherine.get("/rest/api/3/issue/ENG-1/editmeta").json().path("fields").size());
        assertEquals(201, katherine.post("/rest/api/3/issue/ENG-1/comment", "{\"body\":" + JiraSite.adf("seen") + "}").status());
        assertEquals("Robots report battery health to the cloud",
                katherine.get("/rest/api/3/issue/ENG-1?fields=summary").json().path("fields").path("summary").asText(), "nothing changed");
    }

    @Test
    void commentsOfOthersNeedTheAllPermissionOwnOnesTheOwnPermission() {
        JiraSite margaret = JiraSite.as(server, "margaret");
        String theirs = margaret.get("/rest/api/3/issue/SUP-1/comment").json().path("comments").get(0).path("id").asText();
        Reply edit = margaret.send("PUT", "/rest/api/3/issue/SUP-1/comment/" + theirs, "{\"body\":" + JiraSite.adf("mine now") + "}");
        assertEquals(400, edit.status());
        assertEquals("You do not have the permission to edit this comment.", message(edit));
        Reply delete = margaret.send("DELETE", "/rest/api/3/issue/SUP-1/comment/" + theirs, null);
        assertEquals(400, delete.status());
        assertEquals("You do not have the permission to delete this comment.", message(delete));
        String mine = margaret.post("/rest/api/3/issue/SUP-1/comment", "{\"body\":" + JiraSite.adf("hello") + "}").json().path("id").asText();
        assertEquals(200, margaret.send("PUT", "/rest/api/3/issue/SUP-1/comment/" + mine, "{\"body\":" + JiraSite.adf("hi") + "}").status());
        assertEquals(204, margaret.send("DELETE", "/rest/api/3/issue/SUP-1/comment/" + mine, null).status());

        JiraSite grace = JiraSite.as(server, "grace");
        assertEquals(200, grace.send("PUT", "/rest/api/3/issue/SUP-1/comment/" + theirs, "{\"body\":" + JiraSite.adf("edited by the admin") + "}").status(),
                "grace plays Administrators in SUP, which holds EDIT_ALL_COMMENTS");
    }

    @Test
    void deletingNeedsDeleteIssuesAndSubtasksNeedDeleteSubtasks() {
        JiraSite katherine = JiraSite.as(server, "katherine");
        Reply denied = katherine.send("DELETE", "/rest/api/3/issue/SUP-1", null);
        assertEquals(403, denied.status());
        assertEquals("You do not have permission to delete issues in this project.", message(denied));

        JiraSite app = JiraSite.create(server);
        Reply orphan = app.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"Sub-task\"},\"summary\":\"half\"}}");
        assertEquals("Issue type is a sub-task but parent issue key or id not specified.", orphan.json().path("errors").path("parent").asText());
        Reply sub = app.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"Sub-task\"},"
                + "\"summary\":\"write the last block twice\",\"parent\":{\"key\":\"ENG-2\"}}}");
        assertEquals(201, sub.status(), sub.body());
        String subKey = sub.json().path("key").asText();
        JsonNode child = app.get("/rest/api/3/issue/" + subKey).json();
        IssuesApiTest.conforms("IssueBean", child);
        assertEquals("ENG-2", child.path("fields").path("parent").path("key").asText());
        assertEquals(subKey, app.get("/rest/api/3/issue/ENG-2").json().path("fields").path("subtasks").get(0).path("key").asText());

        Reply refused = app.send("DELETE", "/rest/api/3/issue/ENG-2", null);
        assertEquals(400, refused.status());
        assertTrue(message(refused).contains("has subtasks"), refused.body());
        assertEquals(200, app.get("/rest/api/3/issue/" + subKey).status(), "nothing was deleted");
        assertEquals(204, app.send("DELETE", "/rest/api/3/issue/ENG-2?deleteSubtasks=true", null).status());
        assertEquals(404, app.get("/rest/api/3/issue/" + subKey).status());
    }

    @Test
    void onlyAssignableUsersCanBeAssigned() {
        JiraSite app = JiraSite.create(server);
        String margaret = app.get("/rest/api/3/user/search?query=margaret").json().get(0).path("accountId").asText();
        Reply r = app.send("PUT", "/rest/api/3/issue/SUP-1/assignee", "{\"accountId\":\"" + margaret + "\"}");
        assertEquals(400, r.status());
        assertEquals("User '" + margaret + "' cannot be assigned issues.", r.json().path("errors").path("assignee").asText());
        JsonNode assignable = app.get("/rest/api/3/user/assignable/search?project=SUP").json();
        assertEquals(4, assignable.size(), "support and engineering: " + assignable);
        assertFalse(assignable.toString().contains(margaret));
    }

    @Test
    void myPermissionsAnswersAnywhereInAProjectAndOnAnIssue() {
        JiraSite katherine = JiraSite.as(server, "katherine");
        JsonNode anywhere = katherine.get("/rest/api/3/mypermissions?permissions=CREATE_ISSUES,DELETE_ISSUES").json().path("permissions");
        assertTrue(anywhere.path("CREATE_ISSUES").path("havePermission").asBoolean(), "she can create in SUP");
        assertFalse(anywhere.path("DELETE_ISSUES").path("havePermission").asBoolean());
        assertEquals("11", anywhere.path("CREATE_ISSUES").path("id").asText());
        IssuesApiTest.conforms("Permissions", katherine.get("/rest/api/3/mypermissions?permissions=CREATE_ISSUES").json());
        JsonNode eng = katherine.get("/rest/api/3/mypermissions?projectKey=ENG&permissions=BROWSE_PROJECTS,CREATE_ISSUES").json().path("permissions");
        assertTrue(eng.path("BROWSE_PROJECTS").path("havePermission").asBoolean());
        assertFalse(eng.path("CREATE_ISSUES").path("havePermission").asBoolean());
        JsonNode onIssue = katherine.get("/rest/api/3/mypermissions?issueKey=SUP-2&permissions=EDIT_ISSUES").json().path("permissions");
        assertTrue(onIssue.path("EDIT_ISSUES").path("havePermission").asBoolean());
        assertEquals(400, katherine.get("/rest/api/3/mypermissions").status());
        assertEquals(400, katherine.get("/rest/api/3/mypermissions?permissions=FLY").status());
        JiraSite margaret = JiraSite.as(server, "margaret");
        assertEquals(404, margaret.get("/rest/api/3/mypermissions?projectKey=ENG&permissions=BROWSE_PROJECTS").status());
        assertEquals(404, margaret.get("/rest/api/3/mypermissions?issueKey=ENG-1&permissions=BROWSE_PROJECTS").status());
        JsonNode reporter = margaret.get("/rest/api/3/mypermissions?projectKey=SUP&permissions=EDIT_ISSUES").json().path("permissions");
        assertFalse(reporter.path("EDIT_ISSUES").path("havePermission").asBoolean(), "she reported nothing in SUP");
    }

    /** The catalogue, bulk checks and permitted projects answer from the same permission schemes. */
    @Test
    void bulkChecksAndPermittedProjectsFollowTheSchemes() {
        JiraSite ada = JiraSite.create(server);
        JiraSite margaret = JiraSite.as(server, "margaret");
        JsonNode all = ada.get("/rest/api/3/permissions").json();
        assertEquals(java.util.Set.of(), dev.dtu.twins.jira.OpenApi.vendorProblems("Permissions", all));
        assertEquals("GLOBAL", all.path("permissions").path("ADMINISTER").path("type").asText(), all.toString());
        assertEquals("PROJECT", all.path("permissions").path("BROWSE_PROJECTS").path("type").asText());

        String sup = ada.get("/rest/api/3/project/SUP").json().path("id").asText();
        String eng = ada.get("/rest/api/3/project/ENG").json().path("id").asText();
        String body = "{\"globalPermissions\":[\"ADMINISTER\",\"USER_PICKER\"],\"projectPermissions\":[{\"permissions\":[\"BROWSE_PROJECTS\"],\"projects\":["
                + sup + "," + eng + "]}]}";
        JsonNode mine = margaret.post("/rest/api/3/permissions/check", body).json();
        assertEquals(java.util.Set.of(), dev.dtu.twins.jira.OpenApi.vendorProblems("BulkPermissionGrants", mine));
        assertEquals("[\"USER_PICKER\"]", mine.path("globalPermissions").toString(), mine.toString());
        assertEquals("[" + sup + "]", mine.path("projectPermissions").get(0).path("projects").toString());
        JsonNode admin = ada.post("/rest/api/3/permissions/check", body).json();
        assertEquals("[\"ADMINISTER\",\"USER_PICKER\"]", admin.path("globalPermissions").toString(), admin.toString());
        JsonNode empty = margaret.post("/rest/api/3/permissions/check", "{}").json();
        assertEquals("{\"globalPermissions\":[],\"projectPermissions\":[]}", empty.toString());
        assertEquals(400, margaret.post("/rest/api/3/permissions/check", "{\"globalPermissions\":[\"NOPE\"]}").status());
        assertEquals(400, margaret.post("/rest/api/3/permissions/check", "{\"projectPermissions\":[{\"permissions\":[]}]}").status());
        assertEquals(403, margaret.post("/rest/api/3/permissions/check", "{\"accountId\":\"" + ada.accountId + "\"}").status());

        JsonNode permitted = margaret.post("/rest/api/3/permissions/project", "{\"permissions\":[\"BROWSE_PROJECTS\"]}").json();
        assertEquals(java.util.Set.of(), dev.dtu.twins.jira.OpenApi.vendorProblems("PermittedProjects", permitted));
        assertEquals("SUP", permitted.path("projects").get(0).path("key").asText(), permitted.toString());
        assertEquals(1, permitted.path("projects").size());
        assertEquals(400, margaret.post("/rest/api/3/permissions/project", "{\"permissions\":[\"NO_SUCH_PERMISSION\"]}").status());

        JsonNode global = margaret.get("/rest/api/3/mypermissions?permissions=ADMINISTER").json().path("permissions").path("ADMINISTER");
        assertEquals("GLOBAL", global.path("type").asText());
        assertFalse(global.path("havePermission").asBoolean(true));
    }
}
