package dev.dtu.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Set;

/** The published seed schema ({@code openapi/seed.schema.json}) is the seed's validator, so the two never drift. */
final class SeedSchema {
    static final String RESOURCE = "/openapi/seed.schema.json";
    private static final JsonSchema SCHEMA = load();

    private SeedSchema() {}

    static void validate(JsonNode seed) {
        Set<ValidationMessage> errors = SCHEMA.validate(seed);
        errors.stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .ifPresent(m -> {
                    String field = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
                    String message = m.getMessage().replaceFirst("^\\$[^:]*: ", "");
                    throw new SeedException(field.isEmpty() ? "(root)" : field, message);
                });
    }

    private static JsonSchema load() {
        try (InputStream in = SeedSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
