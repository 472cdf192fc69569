package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import org.junit.jupiter.api.Test;

/** Project key and name validation (complaints in a 200, suggestions made free) and the group and user picker. */
class ProjectValidationApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    String complaint(String key) {
        JsonNode r = site.get("/rest/api/3/projectvalidate/key?key=" + key).json();
        assertEquals(0, r.path("errorMessages").size(), r.toString());
        return r.path("errors").path("projectKey").asText(null);
    }

    @Test
    void keysAreCheckedAndSuggestionsAreFree() {
        assertEquals(null, complaint("NEWKEY"));
        assertTrue(complaint("lowercase").startsWith("Project keys must start with an uppercase letter"));
        assertTrue(complaint("SUP").contains("uses this project key"), complaint("SUP"));
        assertTrue(complaint("ABCDEFGHIJK").contains("10 characters"));
        assertTrue(complaint("CON").contains("reserved word"));
        assertEquals(200, site.get("/rest/api/3/projectvalidate/key").status());

        assertEquals("SUP1", site.get("/rest/api/3/projectvalidate/validProjectKey?key=SUP").json().asText());
        assertEquals("NEWKEY", site.get("/rest/api/3/projectvalidate/validProjectKey?key=new-key").json().asText());
        String name = site.get("/rest/api/3/project/SUP").json().path("name").asText();
        assertEquals(name + " 2", site.get("/rest/api/3/projectvalidate/validProjectName?name=" + name.replace(" ", "%20")).json().asText());
        assertEquals("Fresh", site.get("/rest/api/3/projectvalidate/validProjectName?name=Fresh").json().asText());
        assertEquals(400, site.get("/rest/api/3/projectvalidate/validProjectName").status());
    }

    @Test
    void thePickerFindsUsersAndGroupsWithTotals() {
        JsonNode all = site.get("/rest/api/3/groupuserpicker?query=&maxResults=1").json();
        assertTrue(all.path("users").path("total").asInt() > 1, all.toString());
        assertEquals(1, all.path("users").path("users").size());
        assertTrue(all.path("groups").path("total").asInt() >= 1);
        assertEquals(1, all.path("groups").path("groups").size());
        JsonNode all2 = site.get("/rest/api/3/groupuserpicker?query=").json();
        assertTrue(OpenApi.problems("FoundUsersAndGroups", all2).isEmpty(), all2.toString());
        JsonNode ada = site.get("/rest/api/3/groupuserpicker?query=ada").json();
        assertEquals(site.accountId, ada.path("users").path("users").get(0).path("accountId").asText(), ada.toString());
        JsonNode none = site.get("/rest/api/3/groupuserpicker?query=nobodymatchesthisatall").json();
        assertEquals(0, none.path("users").path("users").size());
        assertEquals(0, none.path("groups").path("groups").size());
        assertFalse(none.path("users").path("total").isMissingNode());
        assertEquals(400, site.get("/rest/api/3/groupuserpicker").status());
    }

    @Test
    void projectFeaturesAreListedLockedAndTheirToggleIsRefused() {
        JsonNode byKey = site.get("/rest/api/3/project/SUP/features").json();
        assertTrue(OpenApi.problems("ContainerForProjectFeatures", byKey).isEmpty(), byKey.toString());
        assertTrue(byKey.path("features").size() > 0);
        String id = site.get("/rest/api/3/project/SUP").json().path("id").asText();
        assertEquals(byKey, site.get("/rest/api/3/project/" + id + "/features").json());
        byKey.path("features").forEach(f -> assertTrue(f.path("toggleLocked").asBoolean(), f.toString()));
        assertEquals(404, site.get("/rest/api/3/project/NOSUCH/features").status());
        String feature = byKey.path("features").get(0).path("feature").asText();
        assertEquals(400, site.send("PUT", "/rest/api/3/project/SUP/features/" + feature, "{\"state\":\"DISABLED\"}").status());
        assertEquals(404, site.send("PUT", "/rest/api/3/project/SUP/features/no.such", "{\"state\":\"DISABLED\"}").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/project/SUP/features/" + feature, "{\"state\":\"MAYBE\"}").status());
        assertEquals("ENABLED", site.get("/rest/api/3/project/SUP/features").json().path("features").get(0).path("state").asText());
    }
}
