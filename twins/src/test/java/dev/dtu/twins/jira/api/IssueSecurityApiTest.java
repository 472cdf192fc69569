package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A universe has no issue security scheme: empty lists, 404 for scheme and level ids and a project's scheme. */
class IssueSecurityApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void thereIsNoIssueSecurity() {
        JsonNode schemes = site.get("/rest/api/3/issuesecurityschemes").json();
        assertEquals(Set.of(), OpenApi.vendorProblems("SecuritySchemes", schemes));
        assertEquals(0, schemes.path("issueSecuritySchemes").size(), schemes.toString());
        JsonNode levels = site.get("/rest/api/3/project/SUP/securitylevel").json();
        assertEquals(Set.of(), OpenApi.vendorProblems("ProjectIssueSecurityLevels", levels));
        assertEquals(0, levels.path("levels").size());
        assertEquals(404, site.get("/rest/api/3/project/NOPE/securitylevel").status());
        assertEquals(404, site.get("/rest/api/3/project/SUP/issuesecuritylevelscheme").status());
        assertEquals(404, site.get("/rest/api/3/issuesecurityschemes/99999999").status());
        assertEquals(404, site.get("/rest/api/3/securitylevel/99999999").status());
    }

    @Test
    void schemesAreForAdministrators() {
        JiraSite grace = JiraSite.as(server, "grace");
        assertEquals(403, grace.get("/rest/api/3/issuesecurityschemes").status());
        assertEquals(403, grace.get("/rest/api/3/project/SUP/issuesecuritylevelscheme").status());
        assertEquals(200, grace.get("/rest/api/3/project/SUP/securitylevel").status());
    }
}
