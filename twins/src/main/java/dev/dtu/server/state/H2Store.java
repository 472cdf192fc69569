package dev.dtu.server.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dtu.server.http.Json;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Durable universes in an embedded H2 database. A write is acknowledged only after its commit, and H2
 * flushes a commit to the file at once (WRITE_DELAY 0), so a {@code kill -9} loses nothing acknowledged.
 * Writes arriving together are committed together (group commit): they queue in order, a committer thread
 * writes the whole queue in one transaction, and every other operation first writes what is queued.
 */
public final class H2Store implements StateStore {
    private final Connection db;
    private final Object queueLock = new Object();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long enqueued;
    private long flushed;
    private long failedFrom = Long.MAX_VALUE;
    private long failedTo = Long.MIN_VALUE;
    private String failure;
    private volatile boolean open = true;
    private final Thread committer;

    private record Pending(String universeId, State state, Set<EntityKey> dirty) {}

    public H2Store(Path dataDir) {
        try {
            db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("dtu") + ";WRITE_DELAY=0");
            db.setAutoCommit(false);
            createTables();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        committer = new Thread(this::commitLoop, "dtu-h2-committer");
        committer.setDaemon(true);
        committer.start();
    }

    @Override
    public Durable enqueueChanges(String universeId, State state, Set<EntityKey> dirty) {
        long ticket;
        synchronized (queueLock) {
            pending.add(new Pending(universeId, state, java.util.Set.copyOf(dirty)));
            ticket = ++enqueued;
            queueLock.notifyAll();
        }
        return () -> awaitFlushed(ticket);
    }

    private void awaitFlushed(long ticket) {
        synchronized (queueLock) {
            while (flushed < ticket) {
                try {
                    queueLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a durable write");
                }
            }
            if (ticket >= failedFrom && ticket <= failedTo) {
                throw new IllegalStateException("durable write failed: " + failure);
            }
        }
    }

    private void commitLoop() {
        while (open) {
            synchronized (queueLock) {
                while (pending.isEmpty() && open) {
                    try {
                        queueLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            synchronized (this) {
                writePending();
            }
        }
    }

    /** Writes everything queued, in order, in one transaction; called with this store's lock held. */
    private void writePending() {
        List<Pending> batch;
        long upTo;
        synchronized (queueLock) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
            upTo = enqueued;
        }
        String error = null;
        try {
            transaction(() -> {
                for (Pending p : batch) {
                    writeChanges(p.universeId(), p.state(), p.dirty());
                }
            });
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        synchronized (queueLock) {
            if (error != null) {
                failedFrom = Math.min(failedFrom, upTo - batch.size() + 1);
                failedTo = upTo;
                failure = error;
            }
            flushed = upTo;
            queueLock.notifyAll();
        }
    }

    private void createTables() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS universes(id VARCHAR PRIMARY KEY, meta CLOB NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS entities(universe VARCHAR, kind VARCHAR, id VARCHAR, json CLOB NOT NULL,"
                    + " PRIMARY KEY(universe, kind, id))");
            s.execute("CREATE TABLE IF NOT EXISTS snapshots(id VARCHAR PRIMARY KEY, universe VARCHAR NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS snapshot_entities(snapshot VARCHAR, kind VARCHAR, id VARCHAR,"
                    + " json CLOB NOT NULL, PRIMARY KEY(snapshot, kind, id))");
        }
        db.commit();
    }

    @Override
    public synchronized void saveUniverse(StoredUniverse universe) {
        writePending();
        transaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("MERGE INTO universes(id, meta) KEY(id) VALUES (?, ?)")) {
                ps.setString(1, universe.id());
                ps.setString(2, Json.text(universe));
                ps.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void saveState(String universeId, State state) {
        writePending();
        transaction(() -> {
            delete("DELETE FROM entities WHERE universe = ?", universeId);
            insertAll("INSERT INTO entities(universe, kind, id, json) VALUES (?, ?, ?, ?)", universeId, state);
        });
    }

    @Override
    public synchronized void saveChanges(String universeId, State state, Set<EntityKey> dirty) {
        writePending();
        transaction(() -> writeChanges(universeId, state, dirty));
    }

    private void writeChanges(String universeId, State state, Set<EntityKey> dirty) throws SQLException {
        try (PreparedStatement merge = db.prepareStatement(
                     "MERGE INTO entities(universe, kind, id, json) KEY(universe, kind, id) VALUES (?, ?, ?, ?)");
             PreparedStatement remove = db.prepareStatement(
                     "DELETE FROM entities WHERE universe = ? AND kind = ? AND id = ?")) {
            for (EntityKey key : dirty) {
                NavigableMap<String, Object> entities = state.byKind().get(key.kind());
                Object entity = entities == null ? null : entities.get(key.id());
                PreparedStatement ps = entity == null ? remove : merge;
                ps.setString(1, universeId);
                ps.setString(2, key.kind());
                ps.setString(3, key.id());
                if (entity != null) {
                    ps.setString(4, Json.text(entity));
                }
                ps.addBatch();
            }
            merge.executeBatch();
            remove.executeBatch();
        }
    }

    @Override
    public synchronized void deleteUniverse(String universeId) {
        writePending();
        transaction(() -> {
            delete("DELETE FROM entities WHERE universe = ?", universeId);
            delete("DELETE FROM snapshot_entities WHERE snapshot IN (SELECT id FROM snapshots WHERE universe = ?)", universeId);
            delete("DELETE FROM snapshots WHERE universe = ?", universeId);
            delete("DELETE FROM universes WHERE id = ?", universeId);
        });
    }

    @Override
    public synchronized void saveSnapshot(String snapshotId, String universeId, State state) {
        writePending();
        transaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("MERGE INTO snapshots(id, universe) KEY(id) VALUES (?, ?)")) {
                ps.setString(1, snapshotId);
                ps.setString(2, universeId);
                ps.executeUpdate();
            }
            delete("DELETE FROM snapshot_entities WHERE snapshot = ?", snapshotId);
            insertAll("INSERT INTO snapshot_entities(snapshot, kind, id, json) VALUES (?, ?, ?, ?)", snapshotId, state);
        });
    }

    @Override
    public synchronized void deleteSnapshot(String snapshotId) {
        writePending();
        transaction(() -> {
            delete("DELETE FROM snapshot_entities WHERE snapshot = ?", snapshotId);
            delete("DELETE FROM snapshots WHERE id = ?", snapshotId);
        });
    }

    @Override
    public synchronized Loaded load(KindCatalog kinds) {
        writePending();
        try {
            List<LoadedUniverse> universes = new ArrayList<>();
            Map<String, State> states = readStates("SELECT universe, kind, id, json FROM entities", kinds);
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, meta FROM universes ORDER BY id")) {
                while (rs.next()) {
                    StoredUniverse u = Json.MAPPER.readValue(rs.getString(2), StoredUniverse.class);
                    universes.add(new LoadedUniverse(u, states.getOrDefault(u.id(), State.EMPTY)));
                }
            }
            Map<String, State> snapStates = readStates("SELECT snapshot, kind, id, json FROM snapshot_entities", kinds);
            List<LoadedSnapshot> snapshots = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, universe FROM snapshots")) {
                while (rs.next()) {
                    snapshots.add(new LoadedSnapshot(rs.getString(1), rs.getString(2),
                            snapStates.getOrDefault(rs.getString(1), State.EMPTY)));
                }
            }
            return new Loaded(universes, snapshots);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the data directory: " + e.getMessage(), e);
        }
    }

    private Map<String, State> readStates(String sql, KindCatalog kinds) throws SQLException, JsonProcessingException {
        Map<String, State> states = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String owner = rs.getString(1);
                String kindKey = rs.getString(2);
                Kind<?> kind = kinds.kind(kindKey).orElseThrow(() ->
                        new IllegalStateException("stored entity of unknown kind " + kindKey));
                Object entity = Json.MAPPER.readValue(rs.getString(4), kind.type());
                states.put(owner, states.getOrDefault(owner, State.EMPTY).withRaw(kindKey, rs.getString(3), entity));
            }
        }
        return states;
    }

    @Override
    public void close() {
        open = false;
        synchronized (queueLock) {
            queueLock.notifyAll();
        }
        try {
            committer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            writePending();
            closeDb();
        }
    }

    private void closeDb() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing on shutdown: nothing left to protect
        }
    }

    private void insertAll(String sql, String owner, State state) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (var kind : state.byKind().entrySet()) {
                for (var entity : kind.getValue().entrySet()) {
                    ps.setString(1, owner);
                    ps.setString(2, kind.getKey());
                    ps.setString(3, entity.getKey());
                    ps.setString(4, Json.text(entity.getValue()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void delete(String sql, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void transaction(SqlWork work) {
        try {
            work.run();
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("durable write failed: " + e.getMessage(), e);
        }
    }
}
