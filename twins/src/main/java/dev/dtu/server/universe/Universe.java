package dev.dtu.server.universe;

import dev.dtu.server.delivery.Deliveries;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.faults.FaultPlan;
import dev.dtu.server.faults.RateCounter;
import dev.dtu.server.journal.Journal;
import dev.dtu.server.journal.Redactor;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.DeferredAcks;
import dev.dtu.server.state.State;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.Credential;
import dev.dtu.server.twin.UniverseView;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One isolated world: the state of every twin, its minted credentials, its journal, faults and settings.
 * Reads take the current immutable {@link State}; writes are serialised per universe.
 */
public final class Universe implements UniverseView {
    private final String id;
    private final String name;
    private final Instant createdAt;
    private final SeedDocument seed;
    private final State seedState;
    private final Map<String, Credential> bySecret = new HashMap<>();
    private final Map<String, Credential> byName = new HashMap<>();
    private final Journal journal;
    private final RateCounter rateCounter = new RateCounter();
    private final Redactor redactor;
    private final Supplier<String> serverUrl;
    private final StateSink sink;
    private final Deliveries deliveries;
    private final StorageQuota quota;
    private final StorageQuota.Account storage;
    private volatile State state;
    private volatile FaultPlan faults = new FaultPlan(FaultConfig.NONE);
    private volatile Settings settings = Settings.DEFAULT;
    private final UniverseClock clock = new UniverseClock();
    private final Timers timers = new Timers(this, clock, () -> !this.deleted);
    private final Object changeSignal = new Object();
    private volatile boolean deleted;
    private volatile long generation;
    private long version;
    private int inFlight;

    /** Where committed writes go before they are acknowledged (durable storage, or nowhere). */
    @FunctionalInterface
    public interface StateSink {
        StateSink NONE = (universe, tx) -> StateStore.Durable.DONE;

        /** Takes a committed write's changes; the write is acknowledged once the result is done. */
        StateStore.Durable written(Universe universe, Tx tx);
    }

    Universe(String id, String name, Instant createdAt, SeedDocument seed, State seedState, State state,
             List<Credential> credentials, Supplier<String> serverUrl, StateSink sink, Deliveries deliveries,
             StorageQuota quota) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.seed = seed;
        this.seedState = seedState;
        this.state = state;
        this.serverUrl = serverUrl;
        this.sink = sink;
        this.deliveries = deliveries;
        this.quota = quota;
        this.storage = quota.open(state.storedBytes());
        Map<String, String> placeholders = new HashMap<>();
        for (Credential c : credentials) {
            bySecret.put(c.secret(), c);
            byName.put(c.twin() + "/" + c.name(), c);
            placeholders.put(c.secret(), "[" + c.twin() + ":" + c.name() + "]");
        }
        this.redactor = new Redactor(placeholders);
        this.journal = new Journal(() -> settings.journalLimit(), this::changed);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SeedDocument seed() {
        return seed;
    }

    public State seedState() {
        return seedState;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public String serverUrl() {
        return serverUrl.get();
    }

    /**
     * Applies a change atomically. With durable storage the change is queued in order and published, and the
     * call returns (so the write is acknowledged) only once storage has it: writes waiting together share
     * one commit, and nothing acknowledged is lost. Under an open {@link DeferredAcks} scope the call returns
     * at once and the scope's owner acknowledges later.
     */
    public <R> R write(Function<Tx, R> change) {
        R result;
        StateStore.Durable durable = StateStore.Durable.DONE;
        synchronized (this) {
            Tx tx = new Tx(state);
            result = change.apply(tx);
            if (!tx.dirty().isEmpty()) {
                storage.admit(state.storedBytes(), tx.state().storedBytes());
                durable = sink.written(this, tx);
                state = tx.state();
                changed();
            }
        }
        DeferredAcks.awaitOrDefer(durable);
        return result;
    }

    /**
     * Runs {@code action} once the universe's clock reaches {@code at} (a twin's timers: a scheduled message
     * posting itself). Nothing runs for a universe deleted meanwhile; a twin must check, when woken, that what
     * it waited for is still there (a restore may have undone it).
     */
    public void wakeAt(Instant at, Runnable action) {
        timers.add(at, action);
    }

    /** Runs {@code action} once {@code delay} of universe time has passed. */
    public void wakeAfter(java.time.Duration delay, Runnable action) {
        wakeAt(clock.instant().plus(delay), action);
    }

    /** When the timers not yet fired are due, earliest first. */
    public List<Instant> timersDue() {
        return timers.dueTimes();
    }

    /** The registry has let this universe go: its timers stop firing. */
    void markDeleted() {
        deleted = true;
        synchronized (this) {
            storage.close();
        }
    }

    /** The most bytes of stored files this universe may hold ({@link StorageQuota#perUniverse()}). */
    public long storageLimit() {
        return quota.perUniverse();
    }

    /** A counter that moves whenever the state changes or the journal grows. */
    public long version() {
        synchronized (changeSignal) {
            return version;
        }
    }

    /**
     * Waits until {@link #version()} moves past {@code seen} or the time is up: how a scenario waits for the
     * app to act without polling on a fixed sleep. Returns the current version.
     */
    public long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        synchronized (changeSignal) {
            while (version == seen) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                changeSignal.wait(left);
            }
            return version;
        }
    }

    /** A request to one of this universe's twins has started; its state change may land before its journal entry. */
    public void requestStarted() {
        synchronized (changeSignal) {
            inFlight++;
        }
    }

    /** The request is answered and journaled. */
    public void requestFinished() {
        synchronized (changeSignal) {
            inFlight--;
            version++;
            changeSignal.notifyAll();
        }
    }

    /**
     * Waits until no request is being served, so state and journal agree (a judge reading both sees each
     * request whole). Returns false if requests were still in flight when the time was up.
     */
    public boolean awaitQuiet(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        synchronized (changeSignal) {
            while (inFlight > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                changeSignal.wait(left);
            }
            return true;
        }
    }

    private void changed() {
        synchronized (changeSignal) {
            version++;
            changeSignal.notifyAll();
        }
    }

    /**
     * How many times the whole state has been replaced (restore, reset): what was set going before (a delivery's
     * retries) belongs to a world that is gone.
     */
    public long generation() {
        return generation;
    }

    /** Replaces the whole state (restore, reset); the caller persists it. */
    synchronized void replaceState(State newState) {
        generation++;
        state = newState;
        storage.rebase(newState.storedBytes());
        rateCounter.clear();
        changed();
    }

    public Optional<Credential> credential(String secret) {
        return Optional.ofNullable(bySecret.get(secret));
    }

    @Override
    public Optional<String> secret(String twin, String credentialName) {
        return Optional.ofNullable(byName.get(twin + "/" + credentialName)).map(Credential::secret);
    }

    public List<Credential> credentials() {
        return List.copyOf(bySecret.values());
    }

    /** Sends events and webhooks to the app under test, journaled in this universe. */
    public Deliveries deliveries() {
        return deliveries;
    }

    public Journal journal() {
        return journal;
    }

    public Redactor redactor() {
        return redactor;
    }

    public FaultPlan faults() {
        return faults;
    }

    public void setFaults(FaultConfig config) {
        faults = new FaultPlan(config);
    }

    public Settings settings() {
        return settings;
    }

    public void setSettings(Settings newSettings) {
        settings = newSettings;
        rateCounter.clear();
    }

    public RateCounter rateCounter() {
        return rateCounter;
    }

    /** The universe's time: what every twin reads (scaled and offset from real time, see {@link UniverseClock}). */
    public Clock clock() {
        return clock;
    }

    /** How many real milliseconds {@code universeMillis} of this universe's time take at its current rate. */
    public long clockRealMillis(long universeMillis) {
        return universeMillis <= 0 ? universeMillis : clock.realDuration(java.time.Duration.ofMillis(universeMillis)).toMillis();
    }

    public UniverseClock.Reading clockReading() {
        return clock.reading();
    }

    /**
     * Changes the universe's time: first the rate, then a jump forward by {@code advance} or to {@code at} (either
     * may be null); timers now due fire in order before this returns.
     */
    public UniverseClock.Reading setClock(Double scale, java.time.Duration advance, Instant at) {
        if (scale != null) {
            clock.setScale(scale);
        }
        if (advance != null && advance.isNegative()) {
            throw new IllegalArgumentException("advance: time only moves forward, got " + advance);
        }
        Instant target = at != null ? at : advance != null ? clock.instant().plus(advance) : null;
        if (target != null) {
            timers.moveTo(target);
        } else {
            timers.clockChanged();
        }
        return clock.reading();
    }

    /** Takes another universe's time and rate (a fork, a universe loaded from storage). */
    public void followClock(UniverseClock.Reading reading) {
        clock.follow(reading);
        timers.clockChanged();
    }

    /** Reads time from {@code newBase} (tests putting a universe at a fixed or shifted time). */
    public void setClock(Clock newBase) {
        clock.rebase(newBase);
        timers.clockChanged();
    }
}
