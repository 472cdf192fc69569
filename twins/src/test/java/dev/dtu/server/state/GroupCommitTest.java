package dev.dtu.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.testing.NotesTwin.Note;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseEvents;
import dev.dtu.server.universe.UniverseRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent writes share commits, and every acknowledged one is stored, in order, with restores in between. */
class GroupCommitTest {
    @TempDir
    Path dir;

    private UniverseRegistry open(H2Store store) {
        return new UniverseRegistry(List.of(new NotesTwin()), store, () -> "http://x", UniverseEvents.NONE);
    }

    @Test
    void concurrentAcknowledgedWritesAreAllStored() throws Exception {
        H2Store store = new H2Store(dir);
        UniverseRegistry registry = open(store);
        String a = registry.create("a", null).id();
        String b = registry.create("b", null).id();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> writes = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String id = t % 2 == 0 ? a : b;
            writes.add(pool.submit(() -> {
                Universe u = registry.require(id);
                for (int i = 0; i < 25; i++) {
                    u.write(tx -> tx.put(NotesTwin.NOTES, "w" + tx.next("w"), new Note(null, "x", "t")));
                }
            }));
        }
        for (Future<?> f : writes) {
            f.get();
        }
        pool.shutdown();
        String snap = registry.snapshot(a);
        registry.require(a).write(tx -> tx.put(NotesTwin.NOTES, "after", new Note("after", "y", "t")));
        registry.restore(a, snap);
        registry.require(a).write(tx -> tx.put(NotesTwin.NOTES, "last", new Note("last", "z", "t")));
        store.close();

        UniverseRegistry again = open(new H2Store(dir));
        assertEquals(6 + 200 + 1, again.require(a).state().all(NotesTwin.NOTES).size(), "200 writes, then restore, then one");
        assertEquals(6 + 200, again.require(b).state().all(NotesTwin.NOTES).size());
        assertEquals(false, again.require(a).state().get(NotesTwin.NOTES, "after").isPresent(), "the restore won over older writes");
        assertEquals(200L, again.require(b).state().get(Tx.SEQUENCES, "w").orElseThrow());
    }
}
