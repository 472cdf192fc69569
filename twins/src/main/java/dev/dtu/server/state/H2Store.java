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
import java.util.concurrent.CompletableFuture;

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
    private volatile boolean open = true;
    private final Thread committer;

    private PreparedStatement mergeEntity;
    private PreparedStatement removeEntity;

    /** A queued write, its entities already turned into JSON by the writing thread (null: removed). */
    private record Pending(String universeId, List<Row> rows, CompletableFuture<Void> done) {}

    private record Row(String kind, String id, String json) {}

    private static final String FILE = "dtu";
    private final Path dataDir;

    public H2Store(Path dataDir) {
        this.dataDir = dataDir;
        DataDir.prepare(dataDir);
        try {
            db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE) + ";WRITE_DELAY=0");
            DataDir.restrictFiles(dataDir, FILE);
            db.setAutoCommit(false);
            createTables();
            mergeEntity = db.prepareStatement(
                    "MERGE INTO entities(universe, kind, id, json) KEY(universe, kind, id) VALUES (?, ?, ?, ?)");
            removeEntity = db.prepareStatement("DELETE FROM entities WHERE universe = ? AND kind = ? AND id = ?");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the data directory " + dataDir + ": " + reason(e), e);
        }
        committer = new Thread(this::commitLoop, "dtu-h2-committer");
        committer.setDaemon(true);
        committer.start();
    }

    /** H2's message in one line, in the user's words where the cause is one a user can fix. */
    private static String reason(SQLException e) {
        return switch (e.getErrorCode()) {
            case 90020 -> "it is in use by another process (another dtu serve?)";
            case 90030, 90048 -> "dtu.mv.db is corrupt or not a DTU database";
            case 90097 -> "it is read-only";
            default -> {
                String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                yield first.replaceAll("\\s*\\[\\d+-\\d+]$", "");
            }
        };
    }

    @Override
    public Durable enqueueChanges(String universeId, State state, Set<EntityKey> dirty) {
        Pending write = new Pending(universeId, rows(state, dirty), new CompletableFuture<>());
        synchronized (queueLock) {
            pending.add(write);
            queueLock.notifyAll();
        }
        return write::done;
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
        synchronized (queueLock) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        RuntimeException error = null;
        try {
            transaction(() -> {
                for (Pending p : batch) {
                    writeRows(p.universeId(), p.rows());
                }
            });
        } catch (RuntimeException e) {
            error = e;
        }
        for (Pending p : batch) {
            if (error == null) {
                p.done().complete(null);
            } else {
                p.done().completeExceptionally(error);
            }
        }
    }

    private void createTables() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS universes(id VARCHAR PRIMARY KEY, meta VARCHAR NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS entities(universe VARCHAR, kind VARCHAR, id VARCHAR, json VARCHAR NOT NULL,"
                    + " PRIMARY KEY(universe, kind, id))");
            s.execute("CREATE TABLE IF NOT EXISTS snapshots(id VARCHAR PRIMARY KEY, universe VARCHAR NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS snapshot_entities(snapshot VARCHAR, kind VARCHAR, id VARCHAR,"
                    + " json VARCHAR NOT NULL, PRIMARY KEY(snapshot, kind, id))");
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
        writeRows(universeId, rows(state, dirty));
    }

    private static List<Row> rows(State state, Set<EntityKey> dirty) {
        List<Row> rows = new ArrayList<>(dirty.size());
        for (EntityKey key : dirty) {
            Object entity = state.entities(key.kind()).get(key.id());
            rows.add(new Row(key.kind(), key.id(), entity == null ? null : Json.text(entity)));
        }
        return rows;
    }

    private void writeRows(String universeId, List<Row> rows) throws SQLException {
        boolean merged = false;
        boolean removed = false;
        for (Row row : rows) {
            PreparedStatement ps = row.json() == null ? removeEntity : mergeEntity;
            ps.setString(1, universeId);
            ps.setString(2, row.kind());
            ps.setString(3, row.id());
            if (row.json() != null) {
                ps.setString(4, row.json());
            }
            ps.addBatch();
            merged |= row.json() != null;
            removed |= row.json() == null;
        }
        if (merged) {
            mergeEntity.executeBatch();
        }
        if (removed) {
            removeEntity.executeBatch();
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
            DataDir.restrictFiles(dataDir, FILE);
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
                mergeEntity.clearBatch();
                removeEntity.clearBatch();
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("durable write failed: " + e.getMessage(), e);
        }
    }
}
