package dev.dtu.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The published scenario schema ({@code openapi/scenario.schema.json}) validates scenario files. */
final class ScenarioSchema {
    private static final JsonSchema SCHEMA = load();

    private ScenarioSchema() {}

    /** Problems by field path, the most specific message per field (oneOf noise folded). */
    static Map<String, String> problems(JsonNode doc) {
        Set<ValidationMessage> errors = SCHEMA.validate(doc);
        List<ValidationMessage> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((ValidationMessage m) -> -depth(m))
                .thenComparing(m -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getMessage));
        Map<String, String> out = new LinkedHashMap<>();
        for (ValidationMessage m : sorted) {
            String field = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String message = m.getMessage().replaceFirst("^\\$[^:]*: ", "");
            if (out.keySet().stream().noneMatch(f -> f.startsWith(field) && !field.isEmpty() || f.equals(field))) {
                out.put(field, message);
            }
        }
        return out;
    }

    private static int depth(ValidationMessage m) {
        return m.getInstanceLocation().getNameCount();
    }

    private static JsonSchema load() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream("/openapi/scenario.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/scenario.schema.json is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
