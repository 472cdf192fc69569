package dev.dtu.server.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.GoogleConvention;
import dev.dtu.server.resource.convention.JiraConvention;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.resource.convention.SlackConvention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each twin's published OpenAPI document lists every declared operation under its operation id, method and path,
 * with the declaration's schema; the generated block is regenerated (and the test fails) when it is stale.
 */
class DeclaredOpenApiTest {
    static final Map<String, Convention> CONVENTIONS = Map.of("okta", new OktaConvention(), "jira", new JiraConvention(),
            "google", new GoogleConvention(), "slack", new SlackConvention());

    static List<String> declaredTwins() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/main/resources/declared"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDeclaredOperationIsInItsTwinsDocument() throws IOException {
        return declaredTwins().stream().map(twin -> DynamicTest.dynamicTest(twin, () -> {
            DeclaredResources resources = DeclaredResources.load(twin, twin + ".yaml", CONVENTIONS.get(twin), Map.of());
            Path file = Path.of("../openapi/" + twin + ".yaml");
            String current = Files.readString(file);
            String generated = DeclaredOpenApi.insert(current, resources);
            if (!generated.equals(current)) {
                Files.writeString(file, generated);
            }
            assertEquals(generated, current, "openapi/" + twin + ".yaml's declared paths were stale and have been regenerated; commit it");
            assertEquals(List.of(), missing(Json.parseYaml(current), resources), "declared operations missing from openapi/" + twin + ".yaml");
        }));
    }

    /** Every declared route whose method and path in the document do not name its operation id or lack its schema. */
    static List<String> missing(JsonNode doc, DeclaredResources resources) {
        List<String> out = new ArrayList<>();
        for (DeclaredOperation op : resources.operations()) {
            JsonNode node = doc.path("paths").path(op.template()).path(op.method().toLowerCase(Locale.ROOT));
            if (!op.operationId().equals(node.path("operationId").asText())) {
                out.add(op.method() + " " + op.template() + " (" + op.operationId() + ")");
            }
        }
        for (DeclaredResource r : resources.resources()) {
            if (doc.path("components").path("schemas").path(r.declaration().schemaName()).isMissingNode()) {
                out.add("schema " + r.declaration().schemaName());
            }
        }
        return out;
    }

    @Test
    void aDocumentWithoutTheBlockMissesTheDeclaredOperations() {
        DeclaredResource widgets = Fixture.widgets("okta", new OktaConvention());
        DeclaredResources resources = new DeclaredResources(new OktaConvention(), List.of(widgets));
        String bare = "openapi: 3.0.3\npaths:\n  /other:\n    get: {operationId: other}\ncomponents:\n  schemas:\n    Widget: {type: object}\n";
        assertEquals(8, missing(Json.parseYaml(bare), resources).size(), "list, create, get, replace, patch, delete, two steps");
        String with = DeclaredOpenApi.insert(bare, resources);
        assertEquals(List.of(), missing(Json.parseYaml(with), resources));
        assertEquals(with, DeclaredOpenApi.insert(with, resources), "inserting again replaces the block");
        JsonNode list = Json.parseYaml(with).path("paths").path("/widgets").path("get");
        assertEquals("#/components/schemas/Widget", list.path("responses").path("200").path("content").path("application/json")
                .path("schema").path("properties").path("widgets").path("items").path("$ref").asText());
        assertTrue(Json.parseYaml(with).path("paths").has("/other"));
    }
}
