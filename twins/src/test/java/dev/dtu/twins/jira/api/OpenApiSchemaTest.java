package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.DtuServer;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** openapi/jira.yaml is strict enough to catch a twin response that lost a field or changed a type. */
class OpenApiSchemaTest {
    static DtuServer server;
    static JiraSite site;

    @BeforeAll
    static void start() {
        server = JiraSite.start();
        site = JiraSite.create(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMissingRequiredFieldIsCaught() {
        ObjectNode issue = (ObjectNode) site.get("/rest/api/3/issue/SUP-1").json();
        assertTrue(OpenApi.problems("IssueBean", issue).isEmpty());
        ObjectNode noKey = issue.deepCopy();
        noKey.remove("key");
        assertFalse(OpenApi.problems("IssueBean", noKey).isEmpty());
        ObjectNode noCategory = issue.deepCopy();
        ((ObjectNode) noCategory.path("fields").path("status")).remove("statusCategory");
        assertFalse(OpenApi.problems("IssueBean", noCategory).isEmpty());

        ObjectNode comment = (ObjectNode) issue.path("fields").path("comment").path("comments").get(0).deepCopy();
        assertTrue(OpenApi.problems("Comment", comment).isEmpty());
        comment.remove("created");
        assertFalse(OpenApi.problems("Comment", comment).isEmpty());
    }

    @Test
    void aWrongTypeIsCaught() {
        ObjectNode issue = (ObjectNode) site.get("/rest/api/3/issue/SUP-1").json();
        ObjectNode category = (ObjectNode) issue.deepCopy().path("fields").path("status").path("statusCategory");
        category.put("id", "4");
        assertFalse(OpenApi.problems("StatusCategory", category).isEmpty(), "ids of status categories are numbers");
        ObjectNode labels = issue.deepCopy();
        ((ObjectNode) labels.path("fields")).put("labels", "billing");
        assertFalse(OpenApi.problems("IssueBean", labels).isEmpty());
        ObjectNode search = (ObjectNode) site.get("/rest/api/3/search/jql?jql=project%3DSUP&fields=summary").json();
        assertTrue(OpenApi.problems("SearchAndReconcileResults", search).isEmpty(), search.toString());
        ((ObjectNode) search.path("issues").get(0)).remove("fields");
        assertFalse(OpenApi.problems("SearchAndReconcileResults", search).isEmpty(), "a full issue needs its fields");
        JsonNode ids = site.get("/rest/api/3/search/jql?jql=project%3DSUP").json();
        assertEquals(List.of("id"), fieldNames(ids.path("issues").get(0)));
        assertTrue(OpenApi.problems("SearchAndReconcileResults", ids).isEmpty(), "an id-only issue is {\"id\"}");
    }

    @Test
    void everyReferenceResolvesAndEveryOperationIsNamed() {
        JsonNode doc = OpenApi.document();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertFalse(doc.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (!op.getKey().equals("parameters")) {
                assertFalse(op.getValue().path("summary").asText().isBlank(), p.getKey() + " " + op.getKey());
                assertTrue(op.getValue().path("responses").size() > 0, p.getKey() + " " + op.getKey());
            }
        }));
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.has("$ref")) {
            into.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, into));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
