package dev.dtu.server.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeedDocumentTest {
    static JsonNode defaultSeed() throws Exception {
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seeds/default.yaml")) {
            return Json.parseYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void defaultSeedIsValidAndHasOneIdentityPerPerson() throws Exception {
        SeedDocument doc = SeedDocument.of(defaultSeed()); // the schema check start-up skips
        assertEquals(doc.raw(), SeedDocument.defaultSeed().raw());
        assertEquals("Northwind Robotics", doc.company().name());
        assertEquals(6, doc.people().size());
        Person grace = doc.person("grace").orElseThrow();
        assertEquals("Grace", grace.firstName());
        assertEquals("Hopper", grace.lastName());
    }

    @Test
    void missingCompanyIsNamed() {
        SeedException e = assertThrows(SeedException.class, () -> SeedDocument.of(Json.parseYaml("people: []")));
        assertEquals("(root)", e.field());
        assertEquals(true, e.getMessage().contains("company"));
    }

    @Test
    void unknownTopLevelSectionIsRejected() throws Exception {
        ObjectNode seed = (ObjectNode) defaultSeed();
        seed.putObject("salesforce");
        SeedException e = assertThrows(SeedException.class, () -> SeedDocument.of(seed));
        assertEquals(true, e.getMessage().contains("salesforce"), e.getMessage());
    }

    @Test
    void duplicateEmailsAreRejected() throws Exception {
        ObjectNode seed = (ObjectNode) defaultSeed();
        ((ObjectNode) seed.withArray("people").get(3)).put("email", "ada.lovelace@northwind.example");
        SeedException e = assertThrows(SeedException.class, () -> SeedDocument.of(seed));
        assertEquals("people[3].email", e.field());
    }

    @Property(tries = 30)
    void aWrongTypeAnywhereInAPersonIsNamed(@ForAll @IntRange(min = 0, max = 5) int index,
                                            @ForAll("personFields") String field) throws Exception {
        ObjectNode seed = (ObjectNode) defaultSeed();
        ((ObjectNode) seed.withArray("people").get(index)).put(field, 42);
        SeedException e = assertThrows(SeedException.class, () -> SeedDocument.of(seed));
        assertEquals("people[" + index + "]." + field, e.field());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> personFields() {
        return net.jqwik.api.Arbitraries.of("id", "name", "email", "title", "timezone", "groups", "active");
    }
}
