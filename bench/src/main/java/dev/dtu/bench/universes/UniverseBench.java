package dev.dtu.bench.universes;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.twins.Twins;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Universes: create from the default seed, snapshot, fork, restore; heap per live seeded universe. The peer
 * is what a copy-based twin pays for a fresh world: seeding the default company from scratch.
 */
public final class UniverseBench {
    private final boolean quick;

    public UniverseBench(boolean quick) {
        this.quick = quick;
    }

    public BenchResult run() {
        int count = quick ? 500 : 10_000;
        List<Twin> twins = Twins.all();
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), twins)) {
            UniverseRegistry registry = server.universes();
            long before = Heap.usedAfterGc();
            Micros create = new Micros();
            List<String> ids = new ArrayList<>();
            int heapAt = Math.min(1000, count);
            long heapThousand = 0;
            for (int i = 0; i < count; i++) {
                create.time(() -> ids.add(registry.create(null, null).id()));
                if (ids.size() == heapAt) {
                    heapThousand = Heap.usedAfterGc() - before;
                }
            }
            long heapAll = Heap.usedAfterGc() - before;
            Random random = new Random(1);
            Micros snapshot = new Micros();
            Micros fork = new Micros();
            Micros restore = new Micros();
            List<String> snaps = new ArrayList<>();
            List<String> forks = new ArrayList<>();
            int ops = quick ? 500 : 10_000;
            for (int i = 0; i < ops; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                snapshot.time(() -> snaps.add(registry.snapshot(id)));
                fork.time(() -> forks.add(registry.fork(id, null).id()));
                String snap = snaps.get(snaps.size() - 1);
                restore.time(() -> registry.restore(id, snap));
            }
            Micros reseed = reseed(twins, quick ? 50 : 500);
            return report(count, heapAt, create, snapshot, fork, restore, reseed, heapThousand, heapAll, ops);
        }
    }

    /** The peer: a fresh default world built entity by entity, as a copy-per-trajectory twin must. */
    private static Micros reseed(List<Twin> twins, int times) {
        Micros m = new Micros();
        SeedDocument doc = SeedDocument.defaultSeed();
        for (int i = 0; i < times; i++) {
            m.time(() -> {
                Tx tx = new Tx(State.EMPTY);
                twins.forEach(t -> t.seed(doc, tx));
            });
        }
        return m;
    }

    private BenchResult report(int count, int heapAt, Micros create, Micros snapshot, Micros fork, Micros restore,
                               Micros reseed, long heapThousand, long heapAll, int ops) {
        BenchResult r = BenchResult.start("universes", "Universes: create, snapshot, fork, restore, heap", quick);
        Table t = Table.of(count + " universes created from the default seed; " + ops + " of each other operation "
                + "on random ones (in process, no HTTP)", "operation", "p50", "p99", "peer: seed from scratch p50",
                "ratio (peer / ours)");
        row(t, "create (seeded)", create, reseed);
        row(t, "snapshot", snapshot, reseed);
        row(t, "fork", fork, reseed);
        row(t, "restore", restore, reseed);
        r.table(t);
        double perUniverse = heapThousand / (double) heapAt;
        Table heap = Table.of("Heap (used after full GC, growth over an empty server)", "universes", "heap", "per universe");
        heap.row(heapAt, mib(heapThousand), kib(perUniverse));
        heap.row(count, mib(heapAll), kib(heapAll / (double) count));
        r.table(heap);
        double heap1000 = perUniverse * 1000;
        r.target("fork p50", "≤ 200 µs", Fmt.micros(fork.p(50)), fork.p(50) <= 200)
                .target("restore p50", "≤ 200 µs", Fmt.micros(restore.p(50)), restore.p(50) <= 200)
                .target("1,000 live seeded universes", "≤ 1 GiB heap", mib((long) heap1000), heap1000 <= 1L << 30);
        r.put("createP50us", create.p(50)).put("createP99us", create.p(99))
                .put("snapshotP50us", snapshot.p(50)).put("snapshotP99us", snapshot.p(99))
                .put("forkP50us", fork.p(50)).put("forkP99us", fork.p(99))
                .put("restoreP50us", restore.p(50)).put("restoreP99us", restore.p(99))
                .put("reseedP50us", reseed.p(50)).put("heapBytesPerUniverse", perUniverse)
                .put("heapBytesAt" + heapAt, heapThousand).put("heapBytesAt" + count, heapAll);
        r.note("the seeded state is shared by every universe made from the same seed (immutable, cached per seed "
                + "document), so heap per universe is its credentials, journal, registry entries and indexes");
        r.note("fork and restore include the registry's bookkeeping (credentials minted, secret index, metadata); "
                + "the in-memory store is used, as in `./dtu serve` without --data-dir");
        return r;
    }

    private static void row(Table t, String op, Micros m, Micros peer) {
        t.row(op, Fmt.micros(m.p(50)), Fmt.micros(m.p(99)), Fmt.micros(peer.p(50)), Fmt.ratio(peer.p(50) / m.p(50)));
    }

    private static String mib(long bytes) {
        return Fmt.num(bytes / 1048576.0) + " MiB";
    }

    private static String kib(double bytes) {
        return Fmt.num(bytes / 1024.0) + " KiB";
    }
}
