package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Auth, users, projects, the site's configuration, rate limits. */
class SiteApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void describeAndMyselfAgreeOnTheAppAccount() {
        assertEquals(site.base, site.serverUrl + "/u/" + site.universe + "/jira");
        assertEquals("ada.lovelace@northwind.example", site.email);
        assertTrue(site.accountId.matches("[0-9a-f]{24}"));
        Reply me = site.get("/rest/api/3/myself");
        assertEquals(200, me.status());
        IssuesApiTest.conforms("User", me.json());
        assertEquals(site.accountId, me.json().path("accountId").asText());
        Reply info = site.get("/rest/api/3/serverInfo");
        IssuesApiTest.conforms("ServerInformation", info.json());
        assertEquals("Cloud", info.json().path("deploymentType").asText());
    }

    @Test
    void aResolutionIsFoundByIdAndBySearch() {
        JsonNode all = site.get("/rest/api/3/resolution").json();
        String id = all.get(0).path("id").asText();
        JsonNode one = site.get("/rest/api/3/resolution/" + id).json();
        IssuesApiTest.conforms("Resolution", one);
        assertEquals(all.get(0).path("name").asText(), one.path("name").asText());
        assertEquals(404, site.get("/rest/api/3/resolution/99999999").status());
        JsonNode page = site.get("/rest/api/3/resolution/search?id=" + id).json();
        assertEquals(1, page.path("total").asInt());
        assertEquals(id, page.path("values").get(0).path("id").asText());
        assertEquals(all.size(), site.get("/rest/api/3/resolution/search").json().path("total").asInt());
    }

    @Test
    void aPriorityIsFoundByIdAndBySearchWhichMarksNoDefault() {
        JsonNode all = site.get("/rest/api/3/priority").json();
        JsonNode page = site.get("/rest/api/3/priority/search").json();
        assertEquals(all.size(), page.path("total").asInt());
        page.path("values").forEach(p -> assertEquals(false, p.path("isDefault").asBoolean(true), p.toString()));
        JsonNode sample = all.get(1);
        String id = sample.path("id").asText();
        JsonNode one = site.get("/rest/api/3/priority/" + id).json();
        IssuesApiTest.conforms("Priority", one);
        assertEquals(sample.path("name").asText(), one.path("name").asText());
        assertEquals(404, site.get("/rest/api/3/priority/99999999").status());
        assertEquals(java.util.List.of(id), ids(site.get("/rest/api/3/priority/search?id=" + id).json()));
        String name = sample.path("name").asText().toLowerCase(java.util.Locale.ROOT);
        assertTrue(ids(site.get("/rest/api/3/priority/search?priorityName=" + name).json()).contains(id));
        JsonNode first = site.get("/rest/api/3/priority/search?maxResults=1").json();
        assertEquals(1, first.path("values").size());
        assertEquals(1, first.path("maxResults").asInt());
        assertEquals(false, first.path("isLast").asBoolean(true));
    }

    @Test
    void usersAreFoundForThePickerByBrowsingAndByPermissions() {
        JsonNode picker = site.get("/rest/api/3/user/picker?query=&maxResults=1").json();
        assertTrue(dev.dtu.twins.jira.OpenApi.problems("FoundUsers", picker).isEmpty(), picker.toString());
        assertEquals(1, picker.path("users").size());
        assertTrue(picker.path("total").asInt() > 1);
        assertEquals(400, site.get("/rest/api/3/user/picker").status());

        assertEquals(400, site.get("/rest/api/3/user/viewissue/search?projectKey=SUP").status());
        JsonNode browsers = site.get("/rest/api/3/user/viewissue/search?projectKey=SUP&accountId=" + site.accountId).json();
        assertEquals(site.accountId, browsers.get(0).path("accountId").asText(), browsers.toString());
        assertEquals(200, site.get("/rest/api/3/user/viewissue/search?issueKey=SUP-1&query=a").status());

        JsonNode permitted = site.get("/rest/api/3/user/permission/search?permissions=BROWSE_PROJECTS&projectKey=SUP").json();
        assertTrue(permitted.toString().contains(site.accountId), permitted.toString());
        assertEquals(400, site.get("/rest/api/3/user/permission/search?permissions=NO_SUCH&projectKey=SUP").status());
        assertEquals(400, site.get("/rest/api/3/user/permission/search?projectKey=SUP").status());
        assertEquals(404, site.get("/rest/api/3/user/permission/search?permissions=BROWSE_PROJECTS&projectKey=NOSUCH").status());
    }

    @Test
    void issueTypesUserGroupsAndProjectStatusesAreReadOneByOne() {
        JsonNode types = site.get("/rest/api/3/issuetype").json();
        JsonNode task = types.get(0);
        JsonNode one = site.get("/rest/api/3/issuetype/" + task.path("id").asText()).json();
        IssuesApiTest.conforms("IssueTypeDetails", one);
        assertEquals(task.path("name").asText(), one.path("name").asText());
        assertEquals(404, site.get("/rest/api/3/issuetype/99999999").status());
        JsonNode alternatives = site.get("/rest/api/3/issuetype/" + task.path("id").asText() + "/alternatives").json();
        alternatives.forEach(t -> {
            assertTrue(!t.path("id").asText().equals(task.path("id").asText()), t.toString());
            assertEquals(task.path("subtask").asBoolean(), t.path("subtask").asBoolean());
        });

        JsonNode groups = site.get("/rest/api/3/user/groups?accountId=" + site.accountId).json();
        assertTrue(groups.size() > 0, groups.toString());
        groups.forEach(g -> assertFalse(g.path("groupId").asText().isEmpty()));
        assertEquals(404, site.get("/rest/api/3/user/groups?accountId=nobody").status());
        assertEquals(400, site.get("/rest/api/3/user/groups").status());

        JsonNode statuses = site.get("/rest/api/3/project/SUP/statuses").json();
        assertTrue(statuses.size() > 0);
        statuses.forEach(t -> assertTrue(t.path("statuses").size() > 0, t.toString()));
        assertFalse(statuses.get(0).path("statuses").get(0).path("statusCategory").path("key").asText().isEmpty());
        assertEquals(404, site.get("/rest/api/3/project/NOSUCH/statuses").status());
    }

    @Test
    void anIssueLinkIsReadAndDeletedWithItsHistory() {
        assertEquals(201, site.post("/rest/api/3/issueLink",
                "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"SUP-1\"},\"outwardIssue\":{\"key\":\"SUP-2\"}}").status());
        String id = site.get("/rest/api/3/issue/SUP-1?fields=issuelinks").json().path("fields").path("issuelinks").get(0).path("id").asText();
        JsonNode link = site.get("/rest/api/3/issueLink/" + id).json();
        IssuesApiTest.conforms("IssueLinkWithIssues", link);
        assertEquals("SUP-1", link.path("inwardIssue").path("key").asText());
        assertEquals("SUP-2", link.path("outwardIssue").path("key").asText());
        assertEquals(204, site.send("DELETE", "/rest/api/3/issueLink/" + id, null).status());
        assertEquals(404, site.get("/rest/api/3/issueLink/" + id).status());
        assertEquals(0, site.get("/rest/api/3/issue/SUP-2?fields=issuelinks").json().path("fields").path("issuelinks").size());
        JsonNode history = site.get("/rest/api/3/issue/SUP-2/changelog").json().path("values");
        JsonNode last = history.get(history.size() - 1).path("items").get(0);
        assertEquals("Link", last.path("field").asText());
        assertTrue(last.path("fromString").asText().contains("SUP-1"), last.toString());
        assertTrue(last.path("toString").isNull() || last.path("toString").isMissingNode(), last.toString());
        assertEquals(404, site.send("DELETE", "/rest/api/3/issueLink/" + id, null).status());
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> out = new java.util.ArrayList<>();
        page.path("values").forEach(v -> out.add(v.path("id").asText()));
        return out;
    }

    /** Issue #19 item 6: Jira lists a user's groups only when asked (expand=groups); the count is always there. */
    @Test
    void groupsAreListedOnlyWithExpandGroups() {
        for (String path : List.of("/rest/api/3/myself", "/rest/api/3/user?accountId=" + site.accountId)) {
            JsonNode plain = site.get(path).json().path("groups");
            assertEquals(2, plain.path("size").asInt());
            assertEquals(0, plain.path("items").size(), path);
            JsonNode expanded = site.get(path + (path.contains("?") ? "&" : "?") + "expand=groups").json().path("groups");
            assertEquals(2, expanded.path("items").size(), path);
            assertEquals("engineering", expanded.path("items").get(0).path("name").asText());
            assertTrue(expanded.path("items").get(0).path("groupId").asText().matches("[0-9a-f-]{36}"));
        }
    }

    @Test
    void labelsArePagedInOrder() {
        JsonNode all = site.get("/rest/api/3/label").json();
        assertEquals(List.of("access", "billing", "customer-reported", "telemetry"),
                java.util.stream.StreamSupport.stream(all.path("values").spliterator(), false).map(JsonNode::asText).toList());
        assertEquals(4, all.path("total").asInt());
        assertTrue(all.path("isLast").asBoolean());
        JsonNode second = site.get("/rest/api/3/label?startAt=2&maxResults=1").json();
        assertEquals("customer-reported", second.path("values").get(0).asText());
        assertEquals(false, second.path("isLast").asBoolean());
        assertEquals(400, site.get("/rest/api/3/label?maxResults=many").status());
    }

    @Test
    void applicationRolesAreListedOnlyWhenExpanded() {
        JsonNode plain = site.get("/rest/api/3/myself").json().path("applicationRoles");
        assertEquals(0, plain.path("items").size());
        JsonNode expanded = site.get("/rest/api/3/myself?expand=groups,applicationRoles").json().path("applicationRoles");
        assertEquals(expanded.path("size").asInt(), expanded.path("items").size());
    }

    @Test
    void preferencesAreTheCallersOwn() {
        assertEquals(404, site.get("/rest/api/3/mypreferences?key=jira.user.timezone").status());
        assertEquals(204, site.send("PUT", "/rest/api/3/mypreferences?key=live.pref", "\"first\"").status());
        assertEquals(204, site.send("PUT", "/rest/api/3/mypreferences?key=live.pref", "\"second\"").status());
        Reply value = site.get("/rest/api/3/mypreferences?key=live.pref");
        assertEquals("second", value.json().asText(), value.body());
        assertEquals(404, JiraSite.as(server, "grace").get("/rest/api/3/mypreferences?key=live.pref").status(), "Grace has her own");
        assertEquals(204, site.send("DELETE", "/rest/api/3/mypreferences?key=live.pref", null).status());
        assertEquals(404, site.get("/rest/api/3/mypreferences?key=live.pref").status());
        assertEquals(400, site.get("/rest/api/3/mypreferences").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/mypreferences?key=k", "\"\"").status());
        assertEquals("en_US", site.get("/rest/api/3/mypreferences/locale").json().path("locale").asText());
    }

    /** Issue #19 item 6: "The project ID or project key (case sensitive)" (Get project). */
    @Test
    void projectKeysAreCaseSensitive() {
        assertEquals(200, site.get("/rest/api/3/project/ENG").status());
        Reply lower = site.get("/rest/api/3/project/eng");
        assertEquals(404, lower.status());
        assertEquals("No project could be found with key 'eng'.", lower.json().path("errorMessages").get(0).asText());
        String id = site.get("/rest/api/3/project/ENG").json().path("id").asText();
        assertEquals(200, site.get("/rest/api/3/project/" + id).status());
    }

    @Test
    void badCredentialsAndAnotherUniversesTokenGet401() {
        Reply none = Http.get(site.base + "/rest/api/3/myself");
        assertEquals(401, none.status());
        assertEquals("You are not authenticated. Authentication required to perform this operation.",
                none.json().path("errorMessages").get(0).asText());
        Reply wrongEmail = Http.get(site.base + "/rest/api/3/myself", "Authorization", basic("grace.hopper@northwind.example", site.token));
        assertEquals(401, wrongEmail.status(), "a token only works with its owner's email");
        JiraSite other = JiraSite.create(server);
        Reply foreign = Http.get(site.base + "/rest/api/3/myself", "Authorization", other.auth());
        assertEquals(401, foreign.status());
        assertEquals("Client must be authenticated to access this resource.", foreign.body());
        assertEquals(200, Http.get(other.base + "/rest/api/3/myself", "Authorization", other.auth()).status());
        assertEquals(200, Http.get(site.base + "/rest/api/3/myself", "Authorization", "Bearer " + site.token).status());
    }

    @Test
    void usersCanBeFoundByIdTextAndAssignability() {
        Reply grace = site.get("/rest/api/3/user/search?query=grace");
        assertEquals(1, grace.json().size());
        String id = grace.json().get(0).path("accountId").asText();
        assertEquals("Grace Hopper", site.get("/rest/api/3/user?accountId=" + id).json().path("displayName").asText());
        assertEquals(404, site.get("/rest/api/3/user?accountId=nobody").status());
        assertEquals(6, site.get("/rest/api/3/users/search").json().size());
        assertEquals(2, site.get("/rest/api/3/users/search?startAt=4&maxResults=10").json().size());
        assertEquals(1, site.get("/rest/api/3/user/assignable/search?project=SUP&query=kath").json().size());
        assertEquals(400, site.get("/rest/api/3/user/assignable/search?query=kath").status());
        assertEquals(404, site.get("/rest/api/3/user/assignable/search?issueKey=SUP-99").status());
    }

    @Test
    void projectsPageWithOffsets() {
        Reply first = site.get("/rest/api/3/project/search?maxResults=1");
        IssuesApiTest.conforms("PageBeanProject", first.json());
        assertEquals(2, first.json().path("total").asInt());
        assertEquals("ENG", first.json().path("values").get(0).path("key").asText());
        assertTrue(!first.json().path("isLast").asBoolean() && first.json().has("nextPage"));
        JsonNode second = site.get("/rest/api/3/project/search?startAt=1&maxResults=1").json();
        assertEquals("SUP", second.path("values").get(0).path("key").asText());
        assertTrue(second.path("isLast").asBoolean());
        Reply sup = site.get("/rest/api/3/project/SUP");
        IssuesApiTest.conforms("Project", sup.json());
        assertEquals("Grace Hopper", sup.json().path("lead").path("displayName").asText());
        assertEquals(3, sup.json().path("components").size());
        Reply missing = site.get("/rest/api/3/project/NOPE");
        assertEquals("No project could be found with key 'NOPE'.", missing.json().path("errorMessages").get(0).asText());
    }

    @Test
    void projectSearchLeavesOutDescriptionAndLeadUnlessExpanded() {
        JsonNode plain = site.get("/rest/api/3/project/search?keys=SUP").json();
        IssuesApiTest.conforms("PageBeanProject", plain);
        JsonNode sup = plain.path("values").get(0);
        assertEquals("SUP", sup.path("key").asText());
        assertEquals("description,lead,issueTypes,url,projectKeys,permissions,insight", sup.path("expand").asText());
        assertEquals("classic", sup.path("style").asText());
        for (String field : new String[] {"description", "lead", "issueTypes", "url", "projectKeys", "insight"}) {
            assertTrue(!sup.has(field), field + " only when expanded: " + sup);
        }

        JsonNode project = site.get("/rest/api/3/project/SUP").json();
        JsonNode some = site.get("/rest/api/3/project/search?keys=SUP&expand=description,lead").json();
        IssuesApiTest.conforms("PageBeanProject", some);
        JsonNode expanded = some.path("values").get(0);
        assertEquals(project.path("description"), expanded.path("description"));
        assertEquals("Grace Hopper", expanded.path("lead").path("displayName").asText());
        assertEquals(project.path("lead"), expanded.path("lead"));
        assertTrue(!expanded.has("issueTypes") && !expanded.has("projectKeys") && !expanded.has("insight"), expanded.toString());

        JsonNode rest = site.get("/rest/api/3/project/search?keys=SUP&expand=issueTypes,%20projectKeys&expand=insight,url,bogus").json();
        IssuesApiTest.conforms("PageBeanProject", rest);
        JsonNode more = rest.path("values").get(0);
        assertEquals(project.path("issueTypes"), more.path("issueTypes"));
        assertEquals("[\"SUP\"]", more.path("projectKeys").toString());
        assertEquals(2, more.path("insight").path("totalIssueCount").asInt(), "the seed has SUP-1 and SUP-2");
        assertTrue(more.path("insight").path("lastIssueUpdateTime").asText()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"), more.toString());
        assertTrue(!more.has("description") && !more.has("lead") && !more.has("url"), more.toString());
    }

    @Test
    void theLegacyProjectListTakesTheSameExpand() {
        JsonNode plain = site.get("/rest/api/3/project").json();
        JsonNode sup = java.util.stream.StreamSupport.stream(plain.spliterator(), false)
                .filter(p -> p.path("key").asText().equals("SUP")).findFirst().orElseThrow();
        assertEquals(site.get("/rest/api/3/project/search?keys=SUP").json().path("values").get(0), sup,
                "the same entry as the search");
        assertTrue(!sup.has("description") && !sup.has("lead"), sup.toString());
        plain.forEach(p -> IssuesApiTest.conforms("ProjectSearchEntry", p));

        JsonNode expanded = site.get("/rest/api/3/project?expand=description,lead").json();
        JsonNode supExpanded = java.util.stream.StreamSupport.stream(expanded.spliterator(), false)
                .filter(p -> p.path("key").asText().equals("SUP")).findFirst().orElseThrow();
        assertEquals(site.get("/rest/api/3/project/SUP").json().path("description"), supExpanded.path("description"));
        assertEquals("Grace Hopper", supExpanded.path("lead").path("displayName").asText());
    }

    @Test
    void expandingPermissionsSaysWhetherTheCallerAdministersEachProject() {
        assertTrue(!site.get("/rest/api/3/project/search").json().path("values").get(0).has("permissions"),
                "permissions only when expanded");

        JiraSite grace = JiraSite.as(server, "grace");
        JsonNode page = grace.get("/rest/api/3/project/search?expand=permissions").json();
        IssuesApiTest.conforms("PageBeanProject", page);
        assertEquals("ENG", page.path("values").get(0).path("key").asText());
        assertEquals("{\"canEdit\":false}", page.path("values").get(0).path("permissions").toString(),
                "grace browses ENG as support but is no Administrator there");
        assertEquals("{\"canEdit\":true}", page.path("values").get(1).path("permissions").toString(),
                "grace plays Administrators in SUP, which holds ADMINISTER_PROJECTS");
        assertTrue(!page.path("values").get(1).has("description"), "only what is expanded");

        JsonNode legacy = grace.get("/rest/api/3/project?expand=permissions").json();
        legacy.forEach(p -> IssuesApiTest.conforms("ProjectSearchEntry", p));
        assertEquals(page.path("values"), legacy, "the legacy list expands the same");

        JsonNode katherine = JiraSite.as(server, "katherine").get("/rest/api/3/project/search?expand=permissions,lead").json();
        assertEquals(2, katherine.path("values").size());
        katherine.path("values").forEach(p -> assertEquals("{\"canEdit\":false}", p.path("permissions").toString(), p.toString()));
        assertEquals("Grace Hopper", katherine.path("values").get(1).path("lead").path("displayName").asText());

        JsonNode ada = site.get("/rest/api/3/project/search?expand=permissions").json();
        ada.path("values").forEach(p -> assertTrue(p.path("permissions").path("canEdit").asBoolean(),
                "ada is in admins, an Administrator of both projects: " + p));
    }

    @Test
    void configurationListsMatchTheSeed() {
        assertEquals(3, site.get("/rest/api/3/status").json().size());
        assertEquals(4, site.get("/rest/api/3/statuscategory").json().size());
        assertEquals(5, site.get("/rest/api/3/priority").json().size());
        assertEquals(4, site.get("/rest/api/3/resolution").json().size());
        JsonNode types = site.get("/rest/api/3/issuetype").json();
        types.forEach(t -> IssuesApiTest.conforms("IssueTypeDetails", t));
        JsonNode fields = site.get("/rest/api/3/field").json();
        fields.forEach(f -> IssuesApiTest.conforms("FieldDetails", f));
        assertTrue(fields.toString().contains("\"id\":\"customfield_10010\",\"key\":\"customfield_10010\",\"name\":\"Story Points\""));
        IssuesApiTest.conforms("IssueLinkTypes", site.get("/rest/api/3/issueLinkType").json());
        assertEquals(404, site.get("/rest/api/3/nothing/here").status());
        assertEquals(405, site.send("PATCH", "/rest/api/3/issue/SUP-1", "{}").status());
    }

    @Test
    void rateLimitsAnswer429WithRetryAfterWhenSwitchedOn() {
        assertEquals(200, Http.send("PUT", site.serverUrl + "/_dtu/universes/" + site.universe + "/settings",
                "{\"rateLimits\":true}").status());
        // 50 writes a second per account: eight clients at once pass that even on a busy machine, which one
        // client sending in turn did not always do.
        Reply limited;
        try (var clients = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            limited = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(c -> java.util.concurrent.CompletableFuture.supplyAsync(this::writeUntilLimited, clients))
                    .toList().stream().map(java.util.concurrent.CompletableFuture::join)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        assertTrue(limited != null, "writes are limited to 50 a second per account");
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
        assertEquals("Rate limit exceeded.", limited.json().path("errorMessages").get(0).asText());
    }

    private Reply writeUntilLimited() {
        for (int i = 0; i < 100; i++) {
            Reply r = site.post("/rest/api/3/search/approximate-count", "{\"jql\":\"project = SUP\"}");
            if (r.status() == 429) {
                return r;
            }
        }
        return null;
    }

    private static String basic(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }
}
