package dev.dtu.twins.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates bodies against openapi/jira.yaml's component schemas (our description of what the twin serves). Formats
 * are not asserted: Jira writes timestamps as "2026-01-05T09:00:00.000+0000", which is not RFC 3339.
 */
public final class OpenApi {
    public static final Path FILE = Path.of("..", "openapi", "jira.yaml");
    private static final JsonNode DOC = load();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApi() {}

    public static JsonNode document() {
        return DOC;
    }

    private static JsonNode load() {
        try {
            return Json.parseYaml(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems of {@code body} against components.schemas.{name}; empty when it conforms. */
    public static Set<ValidationMessage> problems(String name, JsonNode body) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(name, n -> {
            ObjectNode root = Json.object();
            root.put("$ref", "#/components/schemas/" + n);
            root.set("components", DOC.path("components"));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root, config);
        });
        return schema.validate(withoutNulls(body.deepCopy()));
    }

    private static final Map<String, JsonSchema> VENDOR = new ConcurrentHashMap<>();

    /**
     * Problems of {@code body} against Atlassian's own components.schemas.{name}
     * (vendor-specs/jira-platform-v3.openapi3.json); empty when it conforms or the vendor specs are absent.
     */
    public static Set<ValidationMessage> vendorProblems(String name, JsonNode body) {
        return dev.dtu.server.resource.VendorSpecs.document("jira-platform-v3.openapi3.json").map(doc -> {
            JsonSchema schema = VENDOR.computeIfAbsent(name, n -> {
                ObjectNode root = Json.object();
                root.put("$ref", "#/components/schemas/" + n);
                root.set("components", doc.path("components"));
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root, config);
            });
            return schema.validate(withoutNulls(body.deepCopy()));
        }).orElse(Set.of());
    }

    /** Jira writes empty fields as null ("resolution": null); the schemas describe values, so nulls are left out. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    it.remove();
                } else {
                    withoutNulls(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(OpenApi::withoutNulls);
        }
        return node;
    }
}
