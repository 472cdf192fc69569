package dev.dtu.server.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.twin.Credential;
import dev.dtu.server.universe.Settings;
import java.time.Instant;
import java.util.List;

/**
 * A universe's metadata as durable storage keeps it (its state is stored entity by entity); {@code forkedFrom} and
 * {@code restoredFrom} are null in data dirs from before lineage was kept.
 */
public record StoredUniverse(
        String id,
        String name,
        Instant createdAt,
        JsonNode seed,
        List<Credential> credentials,
        Settings settings,
        FaultConfig faults,
        StoredClock clock,
        dev.dtu.server.universe.Parent forkedFrom,
        dev.dtu.server.universe.Parent restoredFrom) {

    /** Metadata of a universe neither forked nor restored. */
    public StoredUniverse(String id, String name, Instant createdAt, JsonNode seed, List<Credential> credentials,
                          Settings settings, FaultConfig faults, StoredClock clock) {
        this(id, name, createdAt, seed, credentials, settings, faults, clock, null, null);
    }

    /** A universe's clock as its rate and its distance from real time (null in data dirs from before clocks). */
    public record StoredClock(double scale, long offsetMillis) {}
}
