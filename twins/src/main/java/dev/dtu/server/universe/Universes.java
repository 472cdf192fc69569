package dev.dtu.server.universe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.journal.JournalEntry;
import java.util.List;

/**
 * The admin API as a Java interface: implemented in process by {@link UniverseRegistry} and over HTTP by
 * the scenario engine's client, so a sweep runs against either.
 */
public interface Universes {
    /** @param seed a seed document, or null for the default company */
    UniverseInfo create(String name, JsonNode seed);

    List<UniverseInfo> list();

    UniverseInfo get(String id);

    void delete(String id);

    /** Captures the universe's state; returns the snapshot id. */
    String snapshot(String id);

    void restore(String id, String snapshotId);

    /** A new universe (new id, new credentials) with a copy of this one's state. */
    UniverseInfo fork(String id, String name);

    /** Back to the state the universe was seeded with; journal and faults cleared. */
    void reset(String id);

    /** Every twin's state as one object keyed by twin: what judges read. */
    JsonNode state(String id);

    /** Journal entries after sequence number {@code after} (0 for all). */
    List<JournalEntry> journal(String id, long after);

    FaultConfig faults(String id);

    void setFaults(String id, FaultConfig faults);

    Settings settings(String id);

    void setSettings(String id, Settings settings);

    /** The universe's time, rate and distance from real time. */
    UniverseClock.Reading clock(String id);

    /** Changes the universe's rate and/or moves its time; due timers fire before this returns. */
    UniverseClock.Reading setClock(String id, ClockChange change);

    /**
     * A change of a universe's clock: a new rate, and a jump by {@code advance} or to {@code at} (any may be null).
     */
    record ClockChange(Double scale, java.time.Duration advance, java.time.Instant at) {}
}
