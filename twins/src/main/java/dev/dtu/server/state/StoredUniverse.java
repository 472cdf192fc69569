package dev.dtu.server.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.twin.Credential;
import dev.dtu.server.universe.Settings;
import java.time.Instant;
import java.util.List;

/** A universe's metadata as durable storage keeps it (its state is stored entity by entity). */
public record StoredUniverse(
        String id,
        String name,
        Instant createdAt,
        JsonNode seed,
        List<Credential> credentials,
        Settings settings,
        FaultConfig faults,
        StoredClock clock) {

    /** A universe's clock as its rate and its distance from real time (null in data dirs from before clocks). */
    public record StoredClock(double scale, long offsetMillis) {}
}
