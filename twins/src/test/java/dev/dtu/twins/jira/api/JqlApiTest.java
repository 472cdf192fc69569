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

/** JQL parse (structure and errors by validation mode), autocomplete data and value suggestions. */
class JqlApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    JsonNode parse(String validation, String... queries) {
        Reply r = site.post("/rest/api/3/jql/parse?validation=" + validation, "{\"queries\":" + dev.dtu.server.http.Json.tree(
                java.util.List.of(queries)) + "}");
        assertEquals(200, r.status(), r.body());
        assertTrue(OpenApi.problems("ParsedJqlQueries", r.json()).isEmpty(), r.body());
        return r.json().path("queries");
    }

    @Test
    void aQueryParsesIntoItsClausesAndOrder() {
        JsonNode q = parse("strict", "project = SUP AND status IN (Done, \"In Progress\") ORDER BY created DESC").get(0);
        assertFalse(q.has("errors"), q.toString());
        JsonNode where = q.path("structure").path("where");
        assertEquals("and", where.path("operator").asText());
        assertEquals("project", where.path("clauses").get(0).path("field").path("name").asText());
        assertEquals("=", where.path("clauses").get(0).path("operator").asText());
        assertEquals("SUP", where.path("clauses").get(0).path("operand").path("value").asText());
        assertEquals("\"In Progress\"", where.path("clauses").get(1).path("operand").path("values").get(1).path("encodedValue").asText());
        assertEquals("created", q.path("structure").path("orderBy").path("fields").get(0).path("field").path("name").asText());
        assertEquals("desc", q.path("structure").path("orderBy").path("fields").get(0).path("direction").asText());
    }

    @Test
    void theValidationModeDecidesWhatIsAnError() {
        JsonNode two = parse("strict", "project = SUP AND nosuchfield = 1", "project = \"unterminated");
        assertTrue(two.get(0).path("errors").size() > 0);
        assertTrue(two.get(0).has("structure"));
        assertTrue(two.get(1).path("errors").size() > 0);
        assertFalse(two.get(1).has("structure"));
        JsonNode none = parse("none", "project = SUP AND nosuchfield = 1").get(0);
        assertFalse(none.has("errors"));
        assertTrue(parse("warn", "project = SUP AND nosuchfield = 1").get(0).path("warnings").size() > 0);
        assertEquals(400, site.post("/rest/api/3/jql/parse?validation=lenient", "{\"queries\":[\"x = 1\"]}").status());
        assertEquals(400, site.post("/rest/api/3/jql/parse", "{\"queries\":\"x\"}").status());
    }

    @Test
    void autocompleteDataNamesFieldsFunctionsAndReservedWords() {
        JsonNode data = site.get("/rest/api/3/jql/autocompletedata").json();
        assertTrue(OpenApi.problems("JQLReferenceData", data).isEmpty(), data.toString());
        assertTrue(data.path("visibleFieldNames").findValuesAsText("value").containsAll(java.util.List.of("project", "status", "created")));
        assertTrue(data.path("visibleFunctionNames").findValuesAsText("value").contains("currentUser()"));
        assertTrue(data.path("jqlReservedWords").toString().contains("\"select\""));
    }

    @Test
    void suggestionsAreTheFieldsValuesStartingWithWhatWasTyped() {
        JsonNode s = site.get("/rest/api/3/jql/autocompletedata/suggestions?fieldName=project&fieldValue=SU").json();
        assertTrue(OpenApi.problems("AutoCompleteSuggestions", s).isEmpty(), s.toString());
        assertEquals(1, s.path("results").size(), s.toString());
        assertEquals("SUP", s.path("results").get(0).path("value").asText());
        assertEquals("<b>Su</b>pport (<b>SU</b>P)", s.path("results").get(0).path("displayName").asText());
        assertEquals(0, site.get("/rest/api/3/jql/autocompletedata/suggestions?fieldName=summary&fieldValue=x").json()
                .path("results").size());
    }
}
