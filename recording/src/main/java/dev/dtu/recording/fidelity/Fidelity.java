package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.Recordings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Replays recordings against a universe seeded from them and compares the answers. Reads are replayed
 * once first to learn which twin id stands for which recorded id; then every exchange is replayed in
 * recorded order and compared.
 */
public final class Fidelity {
    private static final int LEARNING_ROUNDS = 3;

    /** A universe seed and the notes on what could not be carried into it. */
    public record Seeded(ObjectNode seed, List<String> notes) {}

    private Fidelity() {}

    public static FidelityReport measure(Recordings recordings, ObjectNode seed, List<String> notes) {
        return measure(recordings, seed, notes, 0, port -> { });
    }

    /**
     * @param port where the twins listen on 127.0.0.1 while the recordings are replayed (0: a free port)
     * @param listening told the port once the twins listen
     */
    public static FidelityReport measure(Recordings recordings, ObjectNode seed, List<String> notes, int port,
            IntConsumer listening) {
        try (TwinWorld world = TwinWorld.start(seed, port)) {
            listening.accept(world.port());
            List<String> allNotes = new ArrayList<>(notes);
            allNotes.addAll(recordings.skipped());
            return new FidelityReport(replay(world, recordings.exchanges(), ""), allNotes);
        }
    }

    /**
     * Replays a recording made of many sessions (an imported cassette each) session by session, each in a fresh
     * universe made from its own seed, so one session's writes never meet another's reads.
     *
     * @param seedOf the seed of one session's recordings (inferred from them, or the same file for all)
     */
    public static FidelityReport measurePerSession(Recordings recordings, Function<Recordings, Seeded> seedOf, int port,
            IntConsumer listening) {
        Map<String, List<Exchange>> sessions = new LinkedHashMap<>();
        recordings.exchanges().forEach(e -> sessions.computeIfAbsent(e.session() == null ? "" : e.session(),
                k -> new ArrayList<>()).add(e));
        List<ExchangeResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TwinWorld world = null;
        try {
            for (Map.Entry<String, List<Exchange>> session : sessions.entrySet()) {
                Seeded seeded = seedOf.apply(new Recordings(session.getValue(), List.of()));
                if (world == null) {
                    world = TwinWorld.start(seeded.seed(), port);
                    listening.accept(world.port());
                } else {
                    world.fresh(seeded.seed());
                }
                String label = session.getKey().isEmpty() ? "" : session.getKey() + ": ";
                seeded.notes().forEach(n -> notes.add(label + n));
                results.addAll(replay(world, session.getValue(), label));
            }
        } finally {
            if (world != null) {
                world.close();
            }
        }
        notes.addAll(recordings.skipped());
        return new FidelityReport(results, notes);
    }

    private static List<ExchangeResult> replay(TwinWorld world, List<Exchange> exchanges, String session) {
        Map<Vendor, IdMap> ids = new EnumMap<>(Vendor.class);
        for (Vendor v : Vendor.values()) {
            ids.put(v, new IdMap(VendorRules.of(v)));
        }
        List<ExchangeResult> results = new ArrayList<>();
        try (Replayer replayer = new Replayer(world)) {
            learn(exchanges, ids, replayer);
            OperationNames names = new OperationNames();
            for (Exchange e : exchanges) {
                IdMap map = ids.get(e.vendor());
                TwinAnswer answer = replayer.send(e, map);
                if (isWrite(e) && e.succeeded() && answer.status() / 100 == 2) {
                    map.learnCreated(e.json(), answer.json());
                    map.learnLocation(e.responseHeader("Location").orElse(null), answer.header("Location").orElse(null));
                } else {
                    map.learn(e.json(), answer.json());
                }
                Comparison c = new ExchangeCheck(VendorRules.of(e.vendor()), map).compare(e, answer);
                OperationNames.Name name = names.of(world.twinOf(e.vendor()), e);
                results.add(new ExchangeResult(session + e.source(), e.vendor().twin(), name.operation(), name.family(),
                        name.served(), e.method(), e.path(), e.status(), answer.status(), c.checks(), c.differences()));
            }
        }
        return results;
    }

    private static boolean isWrite(Exchange e) {
        return !VendorRules.of(e.vendor()).isRead(e.method(), e.path());
    }

    private static void learn(List<Exchange> exchanges, Map<Vendor, IdMap> ids, Replayer replayer) {
        for (int round = 0; round < LEARNING_ROUNDS; round++) {
            int before = ids.values().stream().mapToInt(IdMap::size).sum();
            for (Exchange e : exchanges) {
                if (VendorRules.of(e.vendor()).isRead(e.method(), e.path()) && e.succeeded()) {
                    ids.get(e.vendor()).learn(e.json(), replayer.send(e, ids.get(e.vendor())).json());
                }
            }
            if (ids.values().stream().mapToInt(IdMap::size).sum() == before) {
                return;
            }
        }
    }
}
