package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.Recordings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replays recordings against a universe seeded from them and compares the answers. Reads are replayed
 * once first to learn which twin id stands for which recorded id; then every exchange is replayed in
 * recorded order and compared.
 */
public final class Fidelity {
    private static final int LEARNING_ROUNDS = 3;

    private Fidelity() {}

    public static FidelityReport measure(Recordings recordings, ObjectNode seed, List<String> notes) {
        return measure(recordings, seed, notes, 0, port -> { });
    }

    /**
     * @param port where the twins listen on 127.0.0.1 while the recordings are replayed (0: a free port)
     * @param listening told the port once the twins listen
     */
    public static FidelityReport measure(Recordings recordings, ObjectNode seed, List<String> notes, int port,
            java.util.function.IntConsumer listening) {
        Map<Vendor, IdMap> ids = new EnumMap<>(Vendor.class);
        for (Vendor v : Vendor.values()) {
            ids.put(v, new IdMap(VendorRules.of(v)));
        }
        try (TwinWorld world = TwinWorld.start(seed, port); Replayer replayer = new Replayer(world)) {
            listening.accept(world.port());
            learn(recordings.exchanges(), ids, replayer);
            List<ExchangeResult> results = new ArrayList<>();
            OperationNames names = new OperationNames();
            for (Exchange e : recordings.exchanges()) {
                IdMap map = ids.get(e.vendor());
                TwinAnswer answer = replayer.send(e, map);
                map.learn(e.json(), answer.json());
                Comparison c = new ExchangeCheck(VendorRules.of(e.vendor()), map).compare(e, answer);
                OperationNames.Name name = names.of(world.twinOf(e.vendor()), e);
                results.add(new ExchangeResult(e.source(), e.vendor().twin(), name.operation(), name.family(),
                        name.served(), e.method(), e.path(),
                        e.status(), answer.status(), c.checks(), c.differences()));
            }
            List<String> allNotes = new ArrayList<>(notes);
            allNotes.addAll(recordings.skipped());
            return new FidelityReport(results, allNotes);
        }
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
