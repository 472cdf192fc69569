package dev.dtu.server.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dtu.server.StartupException;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.state.Stored;
import dev.dtu.server.testing.NotesTwin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Issue 15: a universe's stored files are bounded per universe and over the server, whatever clients send. */
class StorageQuotaTest {
    record Blob(byte[] bytes) implements Stored {
        @Override
        public long storedBytes() {
            return bytes.length;
        }
    }

    static final Kind<Blob> BLOBS = Kind.of("notes", "blobs", Blob.class);
    static final Kind<Blob> OTHER = Kind.of("other", "blobs", Blob.class);

    private final UniverseRegistry registry = new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE,
            () -> "http://127.0.0.1:1", UniverseEvents.NONE, false, new StorageQuota(1000, 2500));

    private void store(String universe, String id, int size) {
        registry.require(universe).write(tx -> tx.put(BLOBS, id, new Blob(new byte[size])));
    }

    private long stored(String universe) {
        return registry.require(universe).state().storedBytes();
    }

    /** State keeps the sum of its Stored entities whatever is put, replaced and removed: a model-based check. */
    @Property(tries = 200)
    void theStoredSumFollowsEveryPutReplaceAndRemove(@ForAll @Size(max = 40) List<@IntRange(min = -1, max = 500) Integer> sizes,
                                                     @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> ids) {
        State s = State.EMPTY;
        Map<String, Integer> model = new HashMap<>();
        for (int i = 0; i < Math.min(sizes.size(), ids.size()); i++) {
            Kind<Blob> kind = ids.get(i) % 2 == 0 ? BLOBS : OTHER;
            String id = kind.key() + ids.get(i);
            if (sizes.get(i) < 0) {
                s = s.without(kind, id);
                model.remove(id);
            } else {
                s = s.with(kind, id, new Blob(new byte[sizes.get(i)]));
                model.put(id, sizes.get(i));
            }
        }
        assertEquals(model.values().stream().mapToLong(Integer::longValue).sum(), s.storedBytes());
        assertEquals(model.entrySet().stream().filter(e -> e.getKey().startsWith("notes/"))
                .mapToLong(e -> e.getValue()).sum(), s.storedBytes("notes"));
        State loaded = State.EMPTY;
        for (var kind : s.byKind().entrySet()) {
            for (var e : kind.getValue().entrySet()) {
                loaded = loaded.withRaw(kind.getKey(), e.getKey(), e.getValue());
            }
        }
        assertEquals(s.storedBytes(), loaded.storedBytes(), "a state read back from storage counts the same");
    }

    @Test
    void aWriteThatWouldPassTheUniverseQuotaIsRefusedWhole() {
        String u = registry.create("u", null).id();
        store(u, "a", 600);
        StorageQuotaExceeded e = assertThrows(StorageQuotaExceeded.class, () -> registry.require(u).write(tx -> {
            tx.put(NotesTwin.NOTES, "n", new NotesTwin.Note(null, "kept?", "t"));
            return tx.put(BLOBS, "b", new Blob(new byte[401]));
        }));
        assertEquals(StorageQuotaExceeded.Scope.UNIVERSE, e.scope());
        assertEquals(1000, e.limit());
        assertEquals(600, e.usage());
        assertEquals(600, stored(u));
        assertEquals(java.util.Optional.empty(), registry.require(u).state().get(NotesTwin.NOTES, "n"),
                "nothing of a refused write is kept");
        store(u, "b", 400);
        assertEquals(1000, stored(u), "up to the quota exactly");
    }

    @Test
    void deletingMakesRoomAndShrinkingIsAllowedEvenOverTheQuota() {
        String u = registry.create("u", null).id();
        store(u, "a", 900);
        assertThrows(StorageQuotaExceeded.class, () -> store(u, "b", 200));
        registry.require(u).write(tx -> {
            tx.remove(BLOBS, "a");
            return null;
        });
        store(u, "b", 200);
        store(u, "b", 100);
        assertEquals(100, stored(u));
    }

    @Test
    void theServerBudgetCountsWhatRequestsAddedOverEveryUniverse() {
        String a = registry.create("a", null).id();
        String b = registry.create("b", null).id();
        String c = registry.create("c", null).id();
        store(a, "x", 1000);
        store(b, "x", 1000);
        StorageQuotaExceeded e = assertThrows(StorageQuotaExceeded.class, () -> store(c, "x", 501));
        assertEquals(StorageQuotaExceeded.Scope.SERVER, e.scope());
        store(c, "x", 500);
        registry.delete(a);
        store(c, "y", 500);
        assertEquals(1000, stored(c));
    }

    @Test
    void forksShareWhatTheyStartWithAndRestoresGiveBack() {
        String a = registry.create("a", null).id();
        store(a, "x", 1000);
        String fork = registry.fork(a, "f").id();
        assertEquals(1000, stored(fork), "a fork holds its source's files, and its quota is as full");
        assertThrows(StorageQuotaExceeded.class, () -> store(fork, "y", 1));
        String b = registry.create("b", null).id();
        store(b, "x", 1000);
        String snap = registry.snapshot(b);
        registry.reset(b);
        assertEquals(0, stored(b));
        String c = registry.create("c", null).id();
        store(c, "x", 1000);
        store(b, "y", 500);
        assertThrows(StorageQuotaExceeded.class, () -> store(b, "z", 1), "2,500 added by requests in all");
        registry.restore(b, snap);
        store(c, "x", 0);
        store(a, "x", 0);
        assertEquals(1000, stored(b));
    }

    @Test
    void sizesReadFromTheEnvironmentTakeBinaryUnits() {
        assertEquals(256L << 20, StorageQuota.size("X", "256MiB", 1));
        assertEquals(2L << 30, StorageQuota.size("X", "2 GiB", 1));
        assertEquals(1234, StorageQuota.size("X", "1234", 1));
        assertEquals(7, StorageQuota.size("X", null, 7));
        assertThrows(StartupException.class, () -> StorageQuota.size("X", "lots", 1));
    }
}
