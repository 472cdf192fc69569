package dev.dtu.server.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every entity kind the server's twins declare, by key, so stored rows can be read back as records. */
public final class KindCatalog {
    private final Map<String, Kind<?>> byKey = new HashMap<>();

    public KindCatalog(List<Kind<?>> kinds) {
        byKey.put(Tx.SEQUENCES.key(), Tx.SEQUENCES);
        kinds.forEach(k -> byKey.put(k.key(), k));
    }

    public Optional<Kind<?>> kind(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
