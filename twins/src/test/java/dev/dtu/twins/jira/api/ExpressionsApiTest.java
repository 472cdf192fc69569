package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jira expressions evaluated over the caller, an issue and a project; analysed for syntax, types and complexity. */
class ExpressionsApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    @Test
    void evaluatesOverTheContext() {
        JsonNode two = site.post("/rest/api/3/expression/evaluate?expand=meta.complexity", "{\"expression\":\"1 + 1\"}").json();
        assertEquals(Set.of(), OpenApi.vendorProblems("JExpEvaluateJiraExpressionResultBean", two));
        assertEquals(2, two.path("value").asInt(), two.toString());
        assertTrue(two.path("value").isIntegralNumber());
        assertTrue(two.path("meta").path("complexity").path("steps").path("value").asInt() > 0, two.toString());
        assertEquals(site.accountId, site.post("/rest/api/3/expression/eval", "{\"expression\":\"user.accountId\"}")
                .json().path("value").asText());
        JsonNode issue = site.post("/rest/api/3/expression/evaluate",
                "{\"expression\":\"[issue.key, issue.project.key, issue.status.name != null]\",\"context\":{\"issue\":{\"key\":\"SUP-1\"}}}").json();
        assertEquals("SUP-1", issue.path("value").get(0).asText(), issue.toString());
        assertEquals("SUP", issue.path("value").get(1).asText());
        assertTrue(issue.path("value").get(2).asBoolean());
    }

    @Test
    void refusesWhatJiraRefuses() {
        Reply missing = site.post("/rest/api/3/expression/evaluate", "{\"expression\":\"issue.key\"}");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.json().path("errorMessages").get(0).asText().startsWith("Evaluation failed: \"issue.key\""), missing.body());
        assertEquals(400, site.post("/rest/api/3/expression/evaluate", "{\"expression\":\"1 +\"}").status());
        assertEquals(400, site.post("/rest/api/3/expression/evaluate", "{}").status());
        assertEquals(400, site.post("/rest/api/3/expression/evaluate",
                "{\"expression\":\"issue.key\",\"context\":{\"issue\":{\"id\":10000,\"key\":\"SUP-1\"}}}").status());
        assertEquals(404, site.post("/rest/api/3/expression/evaluate",
                "{\"expression\":\"issue.key\",\"context\":{\"issue\":{\"key\":\"SUP-99999\"}}}").status());
    }

    @Test
    void analysesWithoutEvaluating() {
        JsonNode ok = site.post("/rest/api/3/expression/analyse?check=syntax", "{\"expressions\":[\"1 + 1\",\"1 +\"]}").json();
        assertEquals(Set.of(), OpenApi.vendorProblems("JiraExpressionsAnalysis", ok));
        assertTrue(ok.path("results").get(0).path("valid").asBoolean(), ok.toString());
        JsonNode bad = ok.path("results").get(1);
        assertFalse(bad.path("valid").asBoolean(true));
        assertEquals("syntax", bad.path("errors").get(0).path("type").asText());
        assertEquals(4, bad.path("errors").get(0).path("column").asInt());

        JsonNode typed = site.post("/rest/api/3/expression/analyse?check=type", "{\"expressions\":[\"foo.bar\",\"issue.key\"]}").json();
        assertFalse(typed.path("results").get(0).path("valid").asBoolean(true), typed.toString());
        assertTrue(typed.path("results").get(1).path("valid").asBoolean(), typed.toString());
        JsonNode complexity = site.post("/rest/api/3/expression/analyse?check=complexity",
                "{\"expressions\":[\"issues.map(i => i.key)\"]}").json();
        assertEquals(Set.of(), OpenApi.vendorProblems("JiraExpressionsAnalysis", complexity));
        assertEquals("N", complexity.path("results").get(0).path("complexity").path("expensiveOperations").asText(), complexity.toString());
        assertEquals(400, site.post("/rest/api/3/expression/analyse?check=nope", "{\"expressions\":[\"1\"]}").status());
        assertEquals(400, site.post("/rest/api/3/expression/analyse", "{\"expressions\":[]}").status());
    }
}
