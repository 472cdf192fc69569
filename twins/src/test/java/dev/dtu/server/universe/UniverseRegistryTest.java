package dev.dtu.server.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.testing.NotesTwin.Note;
import dev.dtu.server.twin.Credential;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class UniverseRegistryTest {
    private final UniverseRegistry registry =
            new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://127.0.0.1:1", UniverseEvents.NONE);

    private void addNote(String universe, String text) {
        registry.require(universe).write(tx -> tx.put(NotesTwin.NOTES, "x" + tx.next("x"), new Note(null, text, "t")));
    }

    private int notes(String universe) {
        return registry.require(universe).state().all(NotesTwin.NOTES).size();
    }

    @Test
    void defaultUniverseExistsSeededWithTheCompany() {
        UniverseInfo info = registry.get("default");
        assertEquals("default", info.name());
        assertEquals(6, notes("default"), "one note per person of the default company");
        assertTrue(info.twins().path("notes").path("token").asText().startsWith("note-"));
        assertThrows(DtuException.class, () -> registry.delete("default"));
    }

    @Property(tries = 30)
    void aChangeInAForkNeverShowsInTheParentNorTheReverse(@ForAll @IntRange(max = 5) int inParentBefore,
                                                           @ForAll @IntRange(max = 5) int inFork,
                                                           @ForAll @IntRange(max = 5) int inParentAfter) {
        String parent = registry.create("p", null).id();
        for (int i = 0; i < inParentBefore; i++) {
            addNote(parent, "before " + i);
        }
        String fork = registry.fork(parent, "f").id();
        for (int i = 0; i < inFork; i++) {
            addNote(fork, "fork " + i);
        }
        for (int i = 0; i < inParentAfter; i++) {
            addNote(parent, "after " + i);
        }
        assertEquals(6 + inParentBefore + inParentAfter, notes(parent));
        assertEquals(6 + inParentBefore + inFork, notes(fork));
        registry.delete(fork);
        registry.delete(parent);
    }

    @Test
    void forkHasNewIdAndNewCredentialsThatNameOnlyIt() {
        UniverseInfo a = registry.create("a", null);
        UniverseInfo b = registry.fork(a.id(), null);
        assertNotEquals(a.id(), b.id());
        String tokenA = a.twins().path("notes").path("token").asText();
        String tokenB = b.twins().path("notes").path("token").asText();
        assertNotEquals(tokenA, tokenB);
        assertEquals(a.id(), registry.bySecret(tokenA).orElseThrow().id());
        assertEquals(b.id(), registry.bySecret(tokenB).orElseThrow().id());
        assertTrue(registry.require(b.id()).credential(tokenA).isEmpty(), "A's secret is unknown to B");
    }

    @Test
    void snapshotRestoreAndResetRewindState() {
        String id = registry.create("s", null).id();
        addNote(id, "one");
        String snap = registry.snapshot(id);
        addNote(id, "two");
        addNote(id, "three");
        assertEquals(9, notes(id));
        registry.restore(id, snap);
        assertEquals(7, notes(id));
        registry.reset(id);
        assertEquals(6, notes(id));
        assertThrows(DtuException.class, () -> registry.restore(id, "s-nope"));
    }

    @Property(tries = 10)
    void credentialsAreUniqueAcrossManyUniverses(@ForAll @IntRange(min = 1, max = 50) int count) {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = registry.create(null, null).id();
            for (Credential c : registry.require(id).credentials()) {
                assertTrue(secrets.add(c.secret()));
            }
        }
    }

    @Test
    void writesThatThrowChangeNothing() {
        String id = registry.create(null, null).id();
        assertThrows(IllegalStateException.class, () -> registry.require(id).write(tx -> {
            tx.put(NotesTwin.NOTES, "zz", new Note("zz", "half", "t"));
            throw new IllegalStateException("rule broken");
        }));
        assertFalse(registry.require(id).state().get(NotesTwin.NOTES, "zz").isPresent());
    }

    @Test
    void stateViewIsKeyedByTwinThenKindThenId() {
        String id = registry.create(null, null).id();
        addNote(id, "visible");
        JsonNode state = registry.state(id);
        assertEquals("visible", state.path("notes").path("notes").path("x1").path("text").asText());
    }

    @Test
    void badSeedNamesTheField() {
        JsonNode seed = Json.parseYaml("""
                company: {name: X, domain: x.example}
                people:
                  - {id: a, name: A, email: a@x.example}
                  - {id: b, name: B, email: not-an-email}
                """);
        SeedException e = assertThrows(SeedException.class, () -> registry.create("bad", seed));
        assertEquals("people[1].email", e.field());
    }

    @Property(tries = 20)
    void aSeedWithPeopleGetsOneNoteEach(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 999) Integer> numbers) {
        StringBuilder yaml = new StringBuilder("company: {name: X, domain: x.example}\npeople:\n");
        Set<Integer> unique = new java.util.LinkedHashSet<>(numbers);
        unique.forEach(n -> yaml.append("  - {id: p").append(n).append(", name: P ").append(n)
                .append(", email: p").append(n).append("@x.example}\n"));
        if (unique.isEmpty()) {
            yaml.append("  []\n");
        }
        String id = registry.create(null, Json.parseYaml(yaml.toString().replace("people:\n  []", "people: []"))).id();
        assertEquals(unique.size(), notes(id));
        registry.delete(id);
    }
}
