package dev.dtu.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code @DtuSeed} on the class picks the seed; on a method it overrides the class's. */
@DtuTest
@DtuSeed("acme.yaml")
class DtuSeedTest {

    @Test
    void theClassSeedIsTheCompany(DtuUniverse universe) {
        String slack = universe.state().path("slack").toString();

        assertTrue(slack.contains("Wile Coyote"), "the seed's one person");
        assertTrue(slack.contains("orders"));
        assertFalse(slack.contains("Ada Lovelace"), "not the default company");
    }

    @Test
    @DtuSeed("/seeds/default.yaml")
    void aMethodSeedOverridesIt(DtuUniverse universe) {
        String slack = universe.state().path("slack").toString();

        assertTrue(slack.contains("Ada Lovelace"), "the default seed, as a class path resource of the twins");
        assertFalse(slack.contains("Wile Coyote"));
    }

    @Test
    void serverTakesUniversesOfItsOwn(Dtu dtu, DtuUniverse universe) {
        DtuUniverse other = dtu.create("by-hand");
        try {
            assertEquals("by-hand", other.name());
            assertFalse(other.id().equals(universe.id()));
            assertTrue(other.state().path("slack").toString().contains("Ada Lovelace"), "create without a seed: the default company");
        } finally {
            other.delete();
        }
    }
}
