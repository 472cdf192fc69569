package dev.dtu.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A universe's starting world: the company, its people, and one section per twin. The document is
 * checked against {@code openapi/seed.schema.json} before any twin reads it.
 */
public final class SeedDocument {
    private final JsonNode raw;
    private final Company company;
    private final List<Person> people;

    private SeedDocument(JsonNode raw) {
        this.raw = raw;
        this.company = Json.convert(raw.path("company"), Company.class);
        List<Person> list = new ArrayList<>();
        raw.path("people").forEach(p -> list.add(Json.convert(p, Person.class)));
        this.people = List.copyOf(list);
    }

    /** The default company every server starts with ({@code seeds/default.yaml}). */
    public static SeedDocument defaultSeed() {
        return DefaultSeed.DOCUMENT;
    }

    private static final class DefaultSeed {
        // Not run through the schema at start-up (loading the validator costs most of a second); the build
        // checks it instead (SeedDocumentTest.defaultSeedIsValidAndHasOneIdentityPerPerson).
        static final SeedDocument DOCUMENT = checked(Json.parseYaml(resource("/seeds/default.yaml")));

        private static String resource(String path) {
            try (java.io.InputStream in = SeedDocument.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Validates and wraps a parsed seed; throws {@link SeedException} naming the wrong field. */
    public static SeedDocument of(JsonNode raw) {
        SeedSchema.validate(raw);
        return checked(raw);
    }

    private static SeedDocument checked(JsonNode raw) {
        SeedDocument doc = new SeedDocument(raw);
        doc.checkPeople();
        return doc;
    }

    public JsonNode raw() {
        return raw;
    }

    public Company company() {
        return company;
    }

    public List<Person> people() {
        return people;
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The twin's own section, or a missing node when the seed has none. */
    public JsonNode section(String twin) {
        JsonNode node = raw.get(twin);
        return node == null ? MissingNode.getInstance() : node;
    }

    public ObjectNode copy() {
        return (ObjectNode) raw.deepCopy();
    }

    private void checkPeople() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> emails = new java.util.HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (!ids.add(p.id())) {
                throw new SeedException("people[" + i + "].id", "duplicate person id '" + p.id() + "'");
            }
            if (!emails.add(p.email().toLowerCase(java.util.Locale.ROOT))) {
                throw new SeedException("people[" + i + "].email", "duplicate email '" + p.email() + "'");
            }
        }
    }
}
