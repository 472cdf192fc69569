package dev.dtu.server.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.state.StateStore;
import dev.dtu.twins.Twins;
import org.junit.jupiter.api.Test;

/** {@code DTU_DEFAULT_CREDENTIALS=fixed}: the default universe describes itself the same on every in-memory start. */
class FixedCredentialsTest {
    private static JsonNode defaultUniverse(boolean fixed) {
        UniverseRegistry registry = new UniverseRegistry(Twins.all(), StateStore.NONE, () -> "http://x", UniverseEvents.NONE, fixed);
        try {
            return registry.get(UniverseRegistry.DEFAULT).twins();
        } finally {
            registry.close();
        }
    }

    @Test
    void everySecretOfEveryTwinIsTheSameOnTheNextStart() {
        assertEquals(defaultUniverse(true), defaultUniverse(true));
    }

    @Test
    void withoutItTheyAreNew() {
        assertNotEquals(defaultUniverse(false).path("slack").path("botToken"), defaultUniverse(false).path("slack").path("botToken"));
    }

    @Test
    void otherUniversesKeepRandomSecrets() {
        UniverseRegistry a = new UniverseRegistry(Twins.all(), StateStore.NONE, () -> "http://x", UniverseEvents.NONE, true);
        UniverseRegistry b = new UniverseRegistry(Twins.all(), StateStore.NONE, () -> "http://x", UniverseEvents.NONE, true);
        assertNotEquals(a.create("n", null).twins().path("slack").path("botToken"),
                b.create("n", null).twins().path("slack").path("botToken"));
        a.close();
        b.close();
    }
}
