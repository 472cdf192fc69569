package dev.dtu.server.state;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Set;

/** Where universes live beyond the process: nowhere (in-memory mode) or H2 under {@code --data-dir}. */
public interface StateStore extends AutoCloseable {
    /** Creates or updates a universe's metadata. */
    void saveUniverse(StoredUniverse universe);

    /** Replaces all of a universe's stored entities with this state. */
    void saveState(String universeId, State state);

    /** Stores only the entities a write touched (removed ones are deleted). */
    void saveChanges(String universeId, State state, Set<EntityKey> dirty);

    /**
     * Queues a write's changes in order and returns how to wait until they are durable: the caller publishes
     * the new state first and acknowledges the write only once {@link Durable#done()} completes, so concurrent
     * writes share one commit. Stores that write at once just do so.
     */
    default Durable enqueueChanges(String universeId, State state, Set<EntityKey> dirty) {
        saveChanges(universeId, state, dirty);
        return Durable.DONE;
    }

    /** A queued write's promise of durability. */
    @FunctionalInterface
    interface Durable {
        Durable DONE = () -> CompletableFuture.completedFuture(null);

        /** Completes once the write is on disk, exceptionally if storing it failed. */
        CompletableFuture<Void> done();

        /** Returns once the write is on disk; throws if storing it failed. */
        default void await() {
            try {
                done().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    void deleteUniverse(String universeId);

    void saveSnapshot(String snapshotId, String universeId, State state);

    void deleteSnapshot(String snapshotId);

    /** Everything stored, read back through the kinds the twins declare. */
    Loaded load(KindCatalog kinds);

    @Override
    void close();

    record LoadedUniverse(StoredUniverse universe, State state) {}

    record LoadedSnapshot(String id, String universeId, State state) {}

    record Loaded(List<LoadedUniverse> universes, List<LoadedSnapshot> snapshots) {}

    /** The store of in-memory mode: keeps nothing. */
    StateStore NONE = new KeepsNothing();

    /** Keeps nothing; open so tests can override one operation (a store whose commits they control). */
    class KeepsNothing implements StateStore {
        @Override
        public void saveUniverse(StoredUniverse universe) { }

        @Override
        public void saveState(String universeId, State state) { }

        @Override
        public void saveChanges(String universeId, State state, Set<EntityKey> dirty) { }

        @Override
        public void deleteUniverse(String universeId) { }

        @Override
        public void saveSnapshot(String snapshotId, String universeId, State state) { }

        @Override
        public void deleteSnapshot(String snapshotId) { }

        @Override
        public Loaded load(KindCatalog kinds) {
            return new Loaded(List.of(), List.of());
        }

        @Override
        public void close() { }
    }
}
