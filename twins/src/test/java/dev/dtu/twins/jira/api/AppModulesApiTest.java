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

/** Connect/Forge app modules refuse callers that are not the owning app; the data policy answers everyone. */
class AppModulesApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void appPropertiesRefuseAPersonAndTheOAuthApp() {
        for (JiraSite caller : new JiraSite[] {site, site.app()}) {
            Reply list = caller.get("/rest/atlassian-connect/1/addons/com.example.app/properties");
            assertEquals(401, list.status(), list.body());
            assertTrue(list.json().path("errorMessages").get(0).isTextual(), list.body());
            assertEquals(401, caller.send("PUT", "/rest/atlassian-connect/1/addons/com.example.app/properties/k",
                    "{\"a\":1}").status());
        }
        assertEquals(403, site.get("/rest/forge/1/app/properties").status());
        assertEquals(403, site.get("/rest/api/3/uiModifications?maxResults=5").status());
        assertEquals(403, site.get("/rest/api/3/field/com.example__f/option").status());
        assertEquals(403, site.send("PUT", "/rest/api/3/app/field/com.example__f/value", "{\"updates\":[]}").status());
        assertEquals(403, site.get("/rest/api/3/app/field/com.example__f/context/configuration").status());
        assertEquals(403, site.get("/rest/api/3/jql/function/computation").status());
        assertEquals(403, site.post("/rest/atlassian-connect/1/migration/workflow/rule/search", "{}").status());
        assertEquals(404, site.get("/rest/atlassian-connect/1/migration/com.example/f/task").status());
        assertEquals(403, site.post("/rest/api/3/redact", "{\"redactions\":[]}").status());
        assertEquals(403, site.get("/rest/api/3/redact/status/00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    void theDataPolicyBlocksNothing() {
        JsonNode policy = site.get("/rest/api/3/data-policy").json();
        assertTrue(OpenApi.vendorProblems("WorkspaceDataPolicy", policy).isEmpty(), policy.toString());
        assertFalse(policy.path("anyContentBlocked").asBoolean(true));

        JsonNode all = site.get("/rest/api/3/data-policy/project").json();
        assertTrue(OpenApi.vendorProblems("ProjectDataPolicies", all).isEmpty(), all.toString());
        assertTrue(all.path("projectDataPolicies").size() > 0, all.toString());
        long id = all.path("projectDataPolicies").get(0).path("id").asLong();
        JsonNode one = site.get("/rest/api/3/data-policy/project?ids=" + id).json();
        assertEquals(1, one.path("projectDataPolicies").size(), one.toString());
        assertFalse(one.path("projectDataPolicies").get(0).path("dataPolicy").path("anyContentBlocked").asBoolean(true));
        assertEquals(400, site.get("/rest/api/3/data-policy/project?ids=abc").status());
        assertEquals(400, site.get("/rest/api/3/data-policy/project?ids=99999999").status());
    }
}
