package dev.dtu.server.universe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A universe as the admin API describes it: the contract other tools rely on.
 *
 * @param forkedFrom the universe it was forked from, null for a universe created from a seed
 * @param restoredFrom the snapshot last restored into it, null when none was (or it was reset since)
 */
public record UniverseInfo(String id, String name, Instant createdAt, ObjectNode twins, Parent forkedFrom,
                           Parent restoredFrom) {
    public UniverseInfo(String id, String name, Instant createdAt, ObjectNode twins) {
        this(id, name, createdAt, twins, null, null);
    }
}
