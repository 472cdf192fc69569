package dev.dtu.server.universe;

import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.Twin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a seed document into a state by letting each twin write its section. Seeding is deterministic,
 * and states are immutable, so universes seeded from the same document share one seeded state.
 */
final class Seeder {
    private static final int CACHE_LIMIT = 256;

    private final List<Twin> twins;
    private final Map<String, State> cache = new ConcurrentHashMap<>();

    Seeder(List<Twin> twins) {
        this.twins = twins;
    }

    State seed(SeedDocument doc) {
        String key = doc.raw().toString();
        State cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Tx tx = new Tx(State.EMPTY);
        for (Twin twin : twins) {
            twin.seed(doc, tx);
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, tx.state());
        return tx.state();
    }

}
