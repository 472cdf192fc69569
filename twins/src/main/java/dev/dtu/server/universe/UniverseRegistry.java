package dev.dtu.server.universe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.KindCatalog;
import dev.dtu.server.state.State;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.state.StoredUniverse;
import dev.dtu.server.twin.Credential;
import dev.dtu.server.twin.Twin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** All universes of one server, their snapshots, and the index from every minted secret to its universe. */
public final class UniverseRegistry implements Universes {
    public static final String DEFAULT = "default";

    private final List<Twin> twins;
    private final StateStore store;
    private final Supplier<String> serverUrl;
    private final UniverseEvents events;
    private final Seeder seeder;
    private final dev.dtu.server.delivery.Deliveries deliveries = new dev.dtu.server.delivery.Deliveries();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Universe> universes = new ConcurrentHashMap<>();
    private final Map<String, Universe> bySecret = new ConcurrentHashMap<>();
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(String universeId, State state) {}

    public UniverseRegistry(List<Twin> twins, StateStore store, Supplier<String> serverUrl, UniverseEvents events) {
        this.twins = List.copyOf(twins);
        this.store = store;
        this.serverUrl = serverUrl;
        this.events = events;
        this.seeder = new Seeder(this.twins);
        load();
        if (!universes.containsKey(DEFAULT)) {
            create(DEFAULT, DEFAULT, SeedDocument.defaultSeed());
        }
    }

    /** Stops background deliveries. */
    public void close() {
        deliveries.close();
        universes.values().forEach(u -> u.journal().clear());
    }

    public List<Twin> twins() {
        return twins;
    }

    public Optional<Universe> find(String id) {
        return Optional.ofNullable(universes.get(id));
    }

    /** The universe a secret was minted for, whichever twin it belongs to. */
    public Optional<Universe> bySecret(String secret) {
        return secret == null ? Optional.empty() : Optional.ofNullable(bySecret.get(secret));
    }

    public int size() {
        return universes.size();
    }

    @Override
    public UniverseInfo create(String name, JsonNode seed) {
        String id = newId("u-");
        SeedDocument doc = seed == null ? SeedDocument.defaultSeed() : SeedDocument.of(seed);
        return info(create(id, name == null ? id : name, doc));
    }

    private Universe create(String id, String name, SeedDocument doc) {
        State seeded = seeder.seed(doc);
        Universe u = build(id, name, doc, seeded, seeded, Settings.DEFAULT, FaultConfig.NONE);
        store.saveState(id, seeded);
        store.saveSnapshot(seedSnapshotId(id), id, seeded);
        events.created(u);
        return u;
    }

    @Override
    public List<UniverseInfo> list() {
        return universes.values().stream()
                .sorted(Comparator.comparing(Universe::createdAt).thenComparing(Universe::id))
                .map(this::info)
                .toList();
    }

    @Override
    public UniverseInfo get(String id) {
        return info(require(id));
    }

    @Override
    public void delete(String id) {
        if (DEFAULT.equals(id)) {
            throw new DtuException(409, "default_universe", "the default universe always exists; reset it instead");
        }
        Universe u = require(id);
        universes.remove(id);
        u.markDeleted();
        u.journal().clear(); // gives its bytes back to the process's journal budget
        u.credentials().forEach(c -> bySecret.remove(c.secret()));
        snapshots.entrySet().removeIf(e -> e.getValue().universeId().equals(id));
        store.deleteUniverse(id);
        events.deleted(u);
    }

    @Override
    public String snapshot(String id) {
        Universe u = require(id);
        String snapshotId = newId("s-");
        State state = u.state();
        snapshots.put(snapshotId, new Snapshot(id, state));
        store.saveSnapshot(snapshotId, id, state);
        events.snapshotted(u);
        return snapshotId;
    }

    @Override
    public void restore(String id, String snapshotId) {
        Universe u = require(id);
        Snapshot snap = snapshotId == null ? null : snapshots.get(snapshotId);
        if (snap == null) {
            throw DtuException.notFound("snapshot", String.valueOf(snapshotId));
        }
        replace(u, snap.state());
        events.restored(u);
    }

    @Override
    public UniverseInfo fork(String id, String name) {
        Universe source = require(id);
        String forkId = newId("u-");
        State state = source.state();
        Universe fork = build(forkId, name == null ? forkId : name, source.seed(), source.seedState(), state,
                source.settings(), source.faults().config());
        store.saveState(forkId, state);
        store.saveSnapshot(seedSnapshotId(forkId), forkId, source.seedState());
        events.forked(fork);
        return info(fork);
    }

    @Override
    public void reset(String id) {
        Universe u = require(id);
        replace(u, u.seedState());
        u.journal().clear();
        u.setFaults(FaultConfig.NONE);
        saveMeta(u);
        events.restored(u);
    }

    @Override
    public JsonNode state(String id) {
        return StateView.of(require(id).state(), twins);
    }

    /** What {@link #state} leaves out: the whole {@link dev.dtu.server.state.Confidential} entities. */
    public JsonNode secrets(String id) {
        return StateView.secrets(require(id).state(), twins);
    }

    @Override
    public List<JournalEntry> journal(String id, long after) {
        return require(id).journal().since(after);
    }

    /** The journal entries after {@code after} that pass the filter. */
    public List<JournalEntry> journal(String id, long after, java.util.function.Predicate<JournalEntry> filter) {
        return require(id).journal().since(after, filter);
    }

    @Override
    public FaultConfig faults(String id) {
        return require(id).faults().config();
    }

    @Override
    public void setFaults(String id, FaultConfig faults) {
        Universe u = require(id);
        u.setFaults(faults);
        saveMeta(u);
    }

    @Override
    public Settings settings(String id) {
        return require(id).settings();
    }

    @Override
    public void setSettings(String id, Settings settings) {
        Universe u = require(id);
        u.setSettings(settings);
        saveMeta(u);
    }

    public Universe require(String id) {
        Universe u = id == null ? null : universes.get(id);
        if (u == null) {
            throw DtuException.notFound("universe", String.valueOf(id));
        }
        return u;
    }

    public UniverseInfo info(Universe u) {
        ObjectNode described = Json.object();
        for (Twin twin : twins) {
            described.set(twin.name(), twin.describe(u));
        }
        return new UniverseInfo(u.id(), u.name(), u.createdAt(), described);
    }

    private void replace(Universe u, State state) {
        synchronized (u) {
            store.saveState(u.id(), state);
            u.replaceState(state);
        }
    }

    private Universe build(String id, String name, SeedDocument doc, State seedState, State state,
                           Settings settings, FaultConfig faults) {
        List<Credential> credentials = mint(state);
        Universe u = new Universe(id, name, Clock.systemUTC().instant(), doc, seedState, state, credentials,
                serverUrl, (universe, tx) -> store.enqueueChanges(universe.id(), tx.state(), tx.dirty()), deliveries);
        u.setSettings(settings);
        u.setFaults(faults);
        register(u);
        saveMeta(u);
        return u;
    }

    private void register(Universe u) {
        universes.put(u.id(), u);
        u.credentials().forEach(c -> bySecret.put(c.secret(), u));
    }

    private List<Credential> mint(State state) {
        List<Credential> out = new ArrayList<>();
        for (Twin twin : twins) {
            for (var spec : twin.credentials(state)) {
                String secret;
                do {
                    secret = spec.mint().apply(random);
                } while (bySecret.containsKey(secret));
                out.add(new Credential(twin.name(), spec.name(), secret));
            }
        }
        return out;
    }

    private void saveMeta(Universe u) {
        store.saveUniverse(new StoredUniverse(u.id(), u.name(), u.createdAt(), u.seed().raw(), u.credentials(),
                u.settings(), u.faults().config()));
    }

    private void load() {
        List<dev.dtu.server.state.Kind<?>> kinds = new ArrayList<>();
        twins.forEach(t -> kinds.addAll(t.kinds()));
        StateStore.Loaded loaded = store.load(new KindCatalog(kinds));
        Map<String, State> seedStates = new java.util.HashMap<>();
        for (var snap : loaded.snapshots()) {
            if (snap.id().equals(seedSnapshotId(snap.universeId()))) {
                seedStates.put(snap.universeId(), snap.state());
            } else {
                snapshots.put(snap.id(), new Snapshot(snap.universeId(), snap.state()));
            }
        }
        for (var lu : loaded.universes()) {
            StoredUniverse s = lu.universe();
            Universe u = new Universe(s.id(), s.name(), s.createdAt(), SeedDocument.of(s.seed()),
                    seedStates.getOrDefault(s.id(), lu.state()), lu.state(), s.credentials(), serverUrl,
                    (universe, tx) -> store.enqueueChanges(universe.id(), tx.state(), tx.dirty()), deliveries);
            u.setSettings(s.settings());
            u.setFaults(s.faults());
            register(u);
            events.created(u);
        }
    }

    private static String seedSnapshotId(String universeId) {
        return "seed:" + universeId;
    }

    private String newId(String prefix) {
        String id;
        do {
            id = prefix + dev.dtu.server.twin.CredentialSpec.alnum(random, 12).toLowerCase(java.util.Locale.ROOT);
        } while (universes.containsKey(id) || snapshots.containsKey(id));
        return id;
    }
}
