package dev.dtu.server.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dtu.server.state.H2Store;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each universe knows its parent: the universe it was forked from, and the snapshot last restored into it. */
class LineageTest {
    @TempDir
    Path dir;

    private static UniverseRegistry open(StateStore store) {
        return new UniverseRegistry(List.of(new NotesTwin()), store, () -> "http://x", UniverseEvents.NONE);
    }

    @Test
    void aForkNamesItsSourceAndACreatedUniverseHasNoParent() {
        UniverseRegistry registry = open(StateStore.NONE);
        UniverseInfo root = registry.create("root", null);
        UniverseInfo fork = registry.fork(root.id(), "child");
        UniverseInfo grandchild = registry.fork(fork.id(), null);
        assertNull(root.forkedFrom());
        assertEquals(root.id(), fork.forkedFrom().universe());
        assertNull(fork.forkedFrom().snapshot());
        assertNotNull(fork.forkedFrom().at());
        assertEquals(fork.id(), registry.get(grandchild.id()).forkedFrom().universe());
        registry.delete(fork.id());
        assertEquals(fork.id(), registry.get(grandchild.id()).forkedFrom().universe(), "a deleted parent is still named");
    }

    @Test
    void aRestoreNamesTheSnapshotAndItsUniverseUntilAReset() {
        UniverseRegistry registry = open(StateStore.NONE);
        String a = registry.create("a", null).id();
        String b = registry.create("b", null).id();
        String snapshot = registry.snapshot(a);
        assertNull(registry.get(b).restoredFrom());
        registry.restore(b, snapshot);
        Parent restored = registry.get(b).restoredFrom();
        assertEquals(snapshot, restored.snapshot());
        assertEquals(a, restored.universe());
        assertNull(registry.get(a).restoredFrom(), "taking a snapshot is not restoring one");
        registry.reset(b);
        assertNull(registry.get(b).restoredFrom(), "a reset goes back to the seed");
    }

    @Test
    void lineageSurvivesARestartWithADataDirectory() {
        H2Store store = new H2Store(dir);
        UniverseRegistry registry = open(store);
        String root = registry.create("root", null).id();
        String fork = registry.fork(root, "f").id();
        String snapshot = registry.snapshot(root);
        registry.restore(fork, snapshot);
        store.close();

        UniverseRegistry reopened = open(new H2Store(dir));
        assertEquals(root, reopened.get(fork).forkedFrom().universe());
        assertEquals(snapshot, reopened.get(fork).restoredFrom().snapshot());
        assertNull(reopened.get(root).forkedFrom());
    }
}
