package dev.dtu.server.universe;

import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.Twin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private final SeedDocument defaultSeed;

    Seeder(List<Twin> twins) {
        this.twins = twins;
        this.defaultSeed = SeedDocument.of(Json.parseYaml(resource("/seeds/default.yaml")));
    }

    SeedDocument defaultSeed() {
        return defaultSeed;
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

    private static String resource(String path) {
        try (InputStream in = Seeder.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
