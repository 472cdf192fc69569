package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Project roles and their actors (the default seed: ENG's Administrators are Ada and the admins group). */
class RolesApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void aProjectListsEveryRoleOfTheSiteByItsUrl() {
        Reply roles = site.get("/rest/api/3/project/ENG/role");
        assertEquals(200, roles.status(), roles.body());
        assertTrue(roles.json().path("Administrators").asText().matches(".*/rest/api/3/project/\\d+/role/10002"), roles.body());
        assertTrue(roles.json().has("Member"), "every site role exists in every project");
    }

    @Test
    void aRoleShowsItsActorsSortedByDisplayName() {
        Reply role = site.get("/rest/api/3/project/ENG/role/10002");
        assertEquals(200, role.status(), role.body());
        assertTrue(OpenApi.problems("ProjectRole", role.json()).isEmpty(), role.body());
        assertEquals("Administrators", role.json().path("name").asText());
        assertEquals(List.of("Ada Lovelace", "admins"), names(role.json()));
        JsonNode ada = role.json().path("actors").get(0);
        assertEquals("atlassian-user-role-actor", ada.path("type").asText());
        assertEquals(site.accountId, ada.path("actorUser").path("accountId").asText());
        assertEquals("atlassian-group-role-actor", role.json().path("actors").get(1).path("type").asText());
    }

    @Test
    void addingAnActorGrantsWhatTheRoleIsGranted() {
        String grace = site.get("/rest/api/3/user/search?query=grace").json().get(0).path("accountId").asText();
        Reply added = site.post("/rest/api/3/project/ENG/role/10002", "{\"user\":[\"" + grace + "\"]}");
        assertEquals(200, added.status(), added.body());
        assertEquals(List.of("Ada Lovelace", "admins", "Grace Hopper"), names(added.json()));
        Reply again = site.post("/rest/api/3/project/ENG/role/10002", "{\"user\":[\"" + grace + "\"]}");
        assertEquals(3, again.json().path("actors").size(), "an actor already in the role is there once");

        Reply removed = site.send("DELETE", "/rest/api/3/project/ENG/role/10002?user=" + grace, null);
        assertEquals(204, removed.status());
        assertEquals(List.of("Ada Lovelace", "admins"), names(site.get("/rest/api/3/project/ENG/role/10002").json()));
        assertEquals(204, site.send("DELETE", "/rest/api/3/project/ENG/role/10002?user=nobody", null).status(),
                "removing someone not in the role succeeds and changes nothing");
    }

    @Test
    void setActorsReplacesTheRolesActors() {
        Reply set = site.send("PUT", "/rest/api/3/project/SUP/role/10004",
                "{\"categorisedActors\":{\"atlassian-group-role-actor\":[\"support\"]}}");
        assertEquals(200, set.status(), set.body());
        assertEquals("Member", set.json().path("name").asText());
        assertEquals(List.of("support"), names(set.json()));
    }

    @Test
    void detailsCanBeNarrowedToTheCallersRoles() {
        Reply mine = site.get("/rest/api/3/project/ENG/roledetails?currentMember=true");
        assertEquals(200, mine.status(), mine.body());
        List<String> names = new ArrayList<>();
        mine.json().forEach(r -> names.add(r.path("name").asText()));
        assertEquals(List.of("Administrators"), names);
        assertTrue(site.get("/rest/api/3/project/ENG/roledetails").json().size() > 1);
    }

    @Test
    void badInputIsJirasError() {
        Reply nobody = site.post("/rest/api/3/project/ENG/role/10002", "{}");
        assertEquals(400, nobody.status());
        assertFalse(nobody.json().path("errorMessages").isEmpty(), nobody.body());
        assertEquals(400, site.post("/rest/api/3/project/ENG/role/10002", "{\"user\":[\"no-such-account\"]}").status());
        assertEquals(400, site.post("/rest/api/3/project/ENG/role/10002", "{\"group\":[\"no-such-group\"]}").status());
        assertEquals(400, site.post("/rest/api/3/project/ENG/role/10002", "{\"user\":\"not-a-list\"}").status());
        assertEquals(404, site.get("/rest/api/3/project/ENG/role/99999999").status());
        assertEquals(404, site.get("/rest/api/3/project/ENG/role/abc").status());
        assertEquals(404, site.get("/rest/api/3/project/NOSUCHPROJECT/role").status());
    }

    @Test
    void onlyProjectOrJiraAdministratorsSeeAndChangeRoles() {
        JiraSite grace = JiraSite.as(server, "grace");
        assertEquals(403, grace.get("/rest/api/3/project/ENG/role").status(), "Grace browses ENG but does not administer it");
        assertEquals(403, grace.post("/rest/api/3/project/ENG/role/10002", "{\"user\":[\"" + grace.accountId + "\"]}").status());
        assertEquals(200, grace.get("/rest/api/3/project/SUP/role/10002").status(), "Grace is in SUP's Administrators");
        assertEquals(403, grace.get("/rest/api/3/role").status());
        Reply all = site.get("/rest/api/3/role");
        assertEquals(200, all.status());
        assertEquals("Administrators", all.json().get(0).path("name").asText());
        assertEquals(0, site.get("/rest/api/3/role/10002/actors").json().path("actors").size());
    }

    private static List<String> names(JsonNode role) {
        List<String> out = new ArrayList<>();
        role.path("actors").forEach(a -> out.add(a.path("displayName").asText()));
        return out;
    }
}
