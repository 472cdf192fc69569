package dev.dtu.engine.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.Confidential;
import dev.dtu.server.state.Kind;
import dev.dtu.server.twin.Twin;
import dev.dtu.twins.Twins;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The state each twin shows to checks ({@code state.<twin>.<kind>[id]}) has a published shape,
 * {@code openapi/state-<twin>.schema.json}, generated here from the twin's kinds and their entity records. The test
 * generates the schemas again and compares them with the files (so they cannot go stale: {@code DTU_REGENERATE=1}
 * rewrites them), then checks a seeded universe's state against them (so they say what checks really read).
 */
class StateSchemasTest {
    static final Path OPENAPI = Path.of("").toAbsolutePath().getParent().resolve("openapi");

    static Path file(Twin twin) {
        return OPENAPI.resolve("state-" + twin.name() + ".schema.json");
    }

    static ObjectNode schema(Twin twin) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(Json.MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(new JacksonModule()).with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES);
        SchemaBuilder builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
        ObjectNode root = Json.object();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://dtu.dev/schemas/state-" + twin.name() + ".schema.json");
        root.put("title", "The " + twin.name() + " twin's state as checks read it");
        root.put("description", "state." + twin.name() + ": each kind of entity by id, as in GET /_dtu/universes/{id}/state."
                + " Generated from the twin's entity records by StateSchemasTest; do not edit.");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        List<Kind<?>> kinds = new ArrayList<>(twin.kinds());
        kinds.sort(java.util.Comparator.comparing(Kind::name));
        for (Kind<?> kind : kinds) {
            ObjectNode byId = properties.putObject(kind.name());
            byId.put("type", "object");
            byId.put("description", kind.name() + " by id" + (Confidential.class.isAssignableFrom(kind.type())
                    ? "; secret parts are shown as a placeholder or left out (Confidential)"
                    : kind.type() == dev.dtu.server.resource.Resource.class
                    ? "; a declared resource: body is the vendor's representation, as in the twin's OpenAPI document under openapi/" : ""));
            byId.set("additionalProperties", Confidential.class.isAssignableFrom(kind.type()) && !shownAsItself(kind.type())
                    ? Json.object().put("type", "object") : builder.createSchemaReference(kind.type()));
        }
        root.set("$defs", builder.collectDefinitions("$defs"));
        return root;
    }

    /** Whether a confidential entity is shown as its own type (its secret replaced), not as another shape. */
    static boolean shownAsItself(Class<?> type) {
        return !Set.of("SigningKey").contains(type.getSimpleName());
    }

    @Test
    void eachTwinsStateSchemaIsTheOneTheCodeGenerates() throws Exception {
        boolean regenerate = "1".equals(System.getenv("DTU_REGENERATE"));
        for (Twin twin : Twins.all()) {
            String generated = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema(twin)) + "\n";
            if (regenerate) {
                Files.writeString(file(twin), generated);
            }
            assertTrue(Files.exists(file(twin)), file(twin) + " is missing: run this test with DTU_REGENERATE=1");
            assertEquals(generated, Files.readString(file(twin)), file(twin) + " is stale: run this test with DTU_REGENERATE=1");
        }
    }

    @Test
    void aSeededUniversesStateHasThatShape() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (DtuServer server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 4096), Twins.all()).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String id = Json.parse(http.send(HttpRequest.newBuilder(URI.create(server.url() + "/_dtu/universes"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"shapes\"}"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body()).path("id").asText();
            JsonNode state = Json.parse(http.send(HttpRequest.newBuilder(URI.create(server.url() + "/_dtu/universes/" + id + "/state"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body());
            for (Twin twin : Twins.all()) {
                JsonNode shown = state.path(twin.name());
                assertTrue(shown.size() > 0, twin.name() + " shows some state");
                Set<ValidationMessage> problems = factory.getSchema(schema(twin)).validate(shown);
                assertEquals(Set.of(), problems, twin.name());
            }
        }
    }
}
