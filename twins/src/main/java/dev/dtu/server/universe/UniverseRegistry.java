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
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.twin.Twin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** All universes of one server, their snapshots, and the index from every minted secret to its universe. */
public final class UniverseRegistry implements Universes {
    public static final String DEFAULT = "default";

    private final List<Twin> twins;
    private final StateStore store;
    private final StorageQuota storage;
    private final Supplier<String> serverUrl;
    private final UniverseEvents events;
    private final Seeder seeder;
    private final dev.dtu.server.delivery.Deliveries deliveries = new dev.dtu.server.delivery.Deliveries();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Universe> universes = new ConcurrentHashMap<>();
    private final Map<String, Universe> bySecret = new ConcurrentHashMap<>();
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Parent> forkedFrom = new ConcurrentHashMap<>();
    private final Map<String, Parent> restoredFrom = new ConcurrentHashMap<>();

    private record Snapshot(String universeId, State state) {}

    public UniverseRegistry(List<Twin> twins, StateStore store, Supplier<String> serverUrl, UniverseEvents events) {
        this(twins, store, serverUrl, events, false);
    }

    /**
     * @param fixedDefaultCredentials mint the default universe's secrets from a fixed seed, so an in-memory server
     *                                hands out the same tokens on every start (a {@code .env} stays valid)
     */
    public UniverseRegistry(List<Twin> twins, StateStore store, Supplier<String> serverUrl, UniverseEvents events,
                            boolean fixedDefaultCredentials) {
        this(twins, store, serverUrl, events, fixedDefaultCredentials, StorageQuota.fromEnvironment());
    }

    /** @param storage how many bytes of clients' files each universe, and all of them together, may keep */
    public UniverseRegistry(List<Twin> twins, StateStore store, Supplier<String> serverUrl, UniverseEvents events,
                            boolean fixedDefaultCredentials, StorageQuota storage) {
        this.storage = storage;
        this.twins = List.copyOf(twins);
        this.store = store;
        this.serverUrl = serverUrl;
        this.events = events;
        this.seeder = new Seeder(this.twins);
        load();
        if (!universes.containsKey(DEFAULT)) {
            create(DEFAULT, DEFAULT, SeedDocument.defaultSeed(), fixedDefaultCredentials ? fixedRandom() : random);
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

    /** The universe with this id, or else the one universe with this name. */
    public Optional<Universe> find(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        Universe byId = universes.get(idOrName);
        return byId != null ? Optional.of(byId) : byName(idOrName);
    }

    private Optional<Universe> byName(String name) {
        List<Universe> named = universes.values().stream().filter(u -> u.name().equals(name)).toList();
        if (named.size() > 1) {
            throw new DtuException(409, "ambiguous_name", "universe name '" + name + "' is used by " + named.size()
                    + " universes (" + String.join(", ", named.stream().map(Universe::id).sorted().toList())
                    + "); address it by id");
        }
        return named.stream().findFirst();
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
        return info(create(id, name == null ? id : name, doc, random));
    }

    private Universe create(String id, String name, SeedDocument doc, SecureRandom secrets) {
        State seeded = seeder.seed(doc);
        Universe u = build(id, name, doc, seeded, seeded, Settings.DEFAULT, FaultConfig.NONE, secrets);
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
    public void delete(String idOrName) {
        Universe u = require(idOrName);
        String id = u.id();
        if (DEFAULT.equals(id)) {
            throw new DtuException(409, "default_universe", "the default universe always exists; reset it instead");
        }
        universes.remove(id);
        u.markDeleted();
        u.journal().clear(); // gives its bytes back to the process's journal budget
        u.credentials().forEach(c -> bySecret.remove(c.secret(), u));
        snapshots.entrySet().removeIf(e -> e.getValue().universeId().equals(id));
        forkedFrom.remove(id); // its forks keep naming it: the tree shows their parent as deleted
        restoredFrom.remove(id);
        store.deleteUniverse(id);
        events.deleted(u);
    }

    @Override
    public String snapshot(String id) {
        Universe u = require(id);
        String snapshotId = newId("s-");
        State state = u.state();
        snapshots.put(snapshotId, new Snapshot(u.id(), state));
        store.saveSnapshot(snapshotId, u.id(), state);
        events.snapshotted(u);
        return snapshotId;
    }

    /** The ids of the snapshots taken of a universe (any of them can be restored into it or another). */
    public List<String> snapshots(String id) {
        String universeId = require(id).id();
        return snapshots.entrySet().stream().filter(e -> e.getValue().universeId().equals(universeId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public void restore(String id, String snapshotId) {
        Universe u = require(id);
        Snapshot snap = snapshotId == null ? null : snapshots.get(snapshotId);
        if (snap == null) {
            throw DtuException.notFound("snapshot", String.valueOf(snapshotId));
        }
        replace(u, snap.state());
        restoredFrom.put(u.id(), new Parent(snap.universeId(), snapshotId, Clock.systemUTC().instant()));
        saveMeta(u);
        events.restored(u);
    }

    @Override
    public UniverseInfo fork(String id, String name) {
        Universe source = require(id);
        String forkId = newId("u-");
        State state = source.state();
        Universe fork = build(forkId, name == null ? forkId : name, source.seed(), source.seedState(), state,
                source.settings(), source.faults().config(), random);
        fork.followClock(source.clockReading());
        forkedFrom.put(forkId, new Parent(source.id(), null, Clock.systemUTC().instant()));
        saveMeta(fork);
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
        restoredFrom.remove(u.id());
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

    @Override
    public UniverseClock.Reading clock(String id) {
        return require(id).clockReading();
    }

    @Override
    public UniverseClock.Reading setClock(String id, ClockChange change) {
        Universe u = require(id);
        UniverseClock.Reading reading = u.setClock(change.scale(), change.advance(), change.at());
        saveMeta(u);
        return reading;
    }

    /** The universe with this id or unique name; 404 when there is none, 409 when the name is ambiguous. */
    public Universe require(String idOrName) {
        return find(idOrName).orElseThrow(() ->
                new DtuException(404, "universe_not_found", "no universe with id or name '" + idOrName + "'"));
    }

    public UniverseInfo info(Universe u) {
        return info(u, u);
    }

    /** The universe described with its URLs under {@code serverUrl} (the URL the asking client reached). */
    public UniverseInfo info(Universe u, String serverUrl) {
        return info(u, new UrlView(u, serverUrl));
    }

    private UniverseInfo info(Universe u, dev.dtu.server.twin.UniverseView view) {
        ObjectNode described = Json.object();
        for (Twin twin : twins) {
            described.set(twin.name(), twin.describe(view));
        }
        return new UniverseInfo(u.id(), u.name(), u.createdAt(), described, forkedFrom.get(u.id()),
                restoredFrom.get(u.id()));
    }

    /** A universe seen from another URL. */
    private record UrlView(Universe u, String serverUrl) implements dev.dtu.server.twin.UniverseView {
        @Override
        public String id() {
            return u.id();
        }

        @Override
        public String name() {
            return u.name();
        }

        @Override
        public Optional<String> secret(String twin, String credentialName) {
            return u.secret(twin, credentialName);
        }

        @Override
        public State state() {
            return u.state();
        }
    }

    private void replace(Universe u, State state) {
        synchronized (u) {
            store.saveState(u.id(), state);
            u.replaceState(state);
        }
    }

    private Universe build(String id, String name, SeedDocument doc, State seedState, State state,
                           Settings settings, FaultConfig faults, SecureRandom secrets) {
        List<Credential> credentials = mint(state, secrets);
        Universe u = new Universe(id, name, Clock.systemUTC().instant(), doc, seedState, state, credentials,
                serverUrl, (universe, tx) -> store.enqueueChanges(universe.id(), tx.state(), tx.dirty()), deliveries, storage);
        u.setSettings(settings);
        u.setFaults(faults);
        register(u);
        saveMeta(u);
        return u;
    }

    private void register(Universe u) {
        universes.put(u.id(), u);
        Set<String> material = keyMaterial(u.state());
        u.credentials().stream().filter(c -> !material.contains(c.twin() + "/" + c.name()))
                .forEach(c -> bySecret.put(c.secret(), u));
    }

    /** The credentials ({@code twin/name}) that name no universe: {@link CredentialSpec#keyMaterial}. */
    private Set<String> keyMaterial(State state) {
        Set<String> out = new java.util.HashSet<>();
        twins.forEach(t -> t.credentials(state).stream().filter(CredentialSpec::keyMaterial)
                .forEach(spec -> out.add(t.name() + "/" + spec.name())));
        return out;
    }

    private List<Credential> mint(State state, SecureRandom random) {
        List<Credential> out = new ArrayList<>();
        for (Twin twin : twins) {
            for (var spec : twin.credentials(state)) {
                String secret;
                do {
                    secret = spec.mint().apply(random);
                } while (!spec.keyMaterial() && bySecret.containsKey(secret));
                out.add(new Credential(twin.name(), spec.name(), secret));
            }
        }
        return out;
    }

    private void saveMeta(Universe u) {
        store.saveUniverse(new StoredUniverse(u.id(), u.name(), u.createdAt(), u.seed().raw(), u.credentials(),
                u.settings(), u.faults().config(), storedClock(u.clockReading()), forkedFrom.get(u.id()),
                restoredFrom.get(u.id())));
    }

    private static StoredUniverse.StoredClock storedClock(UniverseClock.Reading r) {
        return new StoredUniverse.StoredClock(r.scale(), r.offset().toMillis());
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
                    (universe, tx) -> store.enqueueChanges(universe.id(), tx.state(), tx.dirty()), deliveries, storage);
            u.setSettings(s.settings());
            u.setFaults(s.faults());
            if (s.clock() != null) {
                u.followClock(new UniverseClock.Reading(null, s.clock().scale(),
                        java.time.Duration.ofMillis(s.clock().offsetMillis())));
            }
            if (s.forkedFrom() != null) {
                forkedFrom.put(s.id(), s.forkedFrom());
            }
            if (s.restoredFrom() != null) {
                restoredFrom.put(s.id(), s.restoredFrom());
            }
            register(u);
            events.created(u);
        }
    }

    /**
     * SHA1PRNG seeded before its first use gives the same sequence on every JVM (unlike the default SecureRandom),
     * which is what fixed credentials need; they are test secrets, not protection.
     */
    private static SecureRandom fixedRandom() {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed("dtu fixed default credentials".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return r;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
