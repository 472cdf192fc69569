package dev.dtu.server.faults;

import java.util.List;

/** What {@code PUT /_dtu/universes/{id}/faults} takes and {@code GET} returns. */
public record FaultConfig(Long seed, List<FaultRule> rules) {
    public static final FaultConfig NONE = new FaultConfig(0L, List.of());

    public FaultConfig {
        seed = seed == null ? 0L : seed;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
