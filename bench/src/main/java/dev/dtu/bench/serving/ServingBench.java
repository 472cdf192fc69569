package dev.dtu.bench.serving;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serving: the Slack twin against WireMock and a bare Undertow handler, same load generator, same process,
 * interleaved round by round (A/B/C/A/B/C) so drift on a shared machine hits all three alike.
 */
public final class ServingBench {
    public static final int CONNECTIONS = 64;

    private final boolean quick;

    public ServingBench(boolean quick) {
        this.quick = quick;
    }

    public BenchResult run() throws Exception {
        Rounds shape = Rounds.of(quick);
        int connections = shape.connections();
        int rounds = shape.count();
        Duration measure = shape.measure();
        try (Servers servers = Servers.start(connections)) {
            TwinTarget twin = servers.twin();
            WireMockTarget wiremock = servers.wiremock();
            BareTarget bare = servers.bare();
            List<ServingTarget> targets = servers.all();
            List<ServingTarget> okta = List.of(OktaResourceTarget.declared(twin, quick),
                    OktaResourceTarget.handWritten(twin, quick));
            Map<ServingTarget, LoadResult> oktaTotal = new LinkedHashMap<>();
            Map<ServingTarget, LoadResult> total = new LinkedHashMap<>();
            Table perRound = Table.of("Throughput per round (req/s), interleaved, after an unmeasured 13 s warm-up pass of each", "round", twin.name(),
                    wiremock.name(), bare.name());
            if (!quick) {
                warmUp(targets, connections);
                warmUp(okta, connections);
            }
            for (int round = 1; round <= rounds; round++) {
                List<Object> cells = new ArrayList<>(List.of(round));
                Duration warmup = Duration.ofSeconds(quick ? 1 : 2);
                for (ServingTarget target : targets) {
                    LoadResult r = load(target, new LoadGenerator.Plan(connections, warmup, measure));
                    total.merge(target, r, LoadResult::plus);
                    cells.add(Fmt.num(r.throughput()));
                    System.err.printf("serving: round %d %s %.0f req/s%n", round, target.name(), r.throughput());
                }
                perRound.row(cells.toArray());
                for (ServingTarget target : okta) {
                    LoadResult r = load(target, new LoadGenerator.Plan(connections, warmup, measure));
                    oktaTotal.merge(target, r, LoadResult::plus);
                    System.err.printf("serving: round %d %s %.0f req/s%n", round, target.name(), r.throughput());
                }
            }
            BenchResult result = report(total, twin, wiremock, bare, perRound, connections, rounds, measure);
            return declaredVsHandWritten(result, oktaTotal, okta.get(0), okta.get(1));
        }
    }

    /**
     * An unmeasured pass over every target first: WireMock in particular needs well over 8 s of load before it
     * reaches its steady rate (about 7k req/s in a first 5 s window here, 23k+ afterwards), and a peer measured
     * cold would flatter us.
     */
    private static void warmUp(List<ServingTarget> targets, int connections) throws InterruptedException {
        for (ServingTarget target : targets) {
            LoadResult r = load(target, new LoadGenerator.Plan(connections, Duration.ofSeconds(10), Duration.ofSeconds(3)));
            System.err.printf("serving: warm-up %s %.0f req/s (not counted)%n", target.name(), r.throughput());
        }
    }

    /** One load run against a target reset to its starting state. */
    private static LoadResult load(ServingTarget target, LoadGenerator.Plan plan) throws InterruptedException {
        target.reset();
        return new LoadGenerator(target.port(), target.mix(), LoadGenerator.Listener.NONE).run(plan);
    }

    private BenchResult report(Map<ServingTarget, LoadResult> total, TwinTarget twin, WireMockTarget wiremock,
                               BareTarget bare, Table perRound, int connections, int rounds, Duration measure) {
        LoadResult t = total.get(twin);
        LoadResult w = total.get(wiremock);
        LoadResult b = total.get(bare);
        BenchResult result = BenchResult.start("serving", "Serving: Slack twin vs WireMock vs bare Undertow", quick);
        Table main = Table.of(connections + " keep-alive connections, closed loop, 1:1 chat.postMessage / "
                        + "conversations.history(limit=10), " + rounds + "×" + measure.toSeconds() + " s measured each",
                "server", "req/s", "p50", "p99", "p99.9", "failed", "vs WireMock", "vs bare");
        for (var e : total.entrySet()) {
            LoadResult r = e.getValue();
            main.row(e.getKey().name(), Fmt.num(r.throughput()), ms(r, 50), ms(r, 99), ms(r, 99.9), r.failures(),
                    Fmt.ratio(r.throughput() / w.throughput()), Fmt.pct(r.throughput() / b.throughput()));
            result.put(key(e.getKey()), Map.of("reqPerSec", r.throughput(), "p50ms", r.percentileMillis(50),
                    "p99ms", r.percentileMillis(99), "p999ms", r.percentileMillis(99.9), "requests", r.requests(),
                    "failures", r.failures(), "seconds", r.seconds(), "settings", e.getKey().description()));
        }
        result.table(main).table(perRound);
        double vsWm = t.throughput() / w.throughput();
        double vsBare = t.throughput() / b.throughput();
        double p99 = t.percentileMillis(99) / b.percentileMillis(99);
        result.target("throughput vs WireMock", "≥ 3×", Fmt.ratio(vsWm), vsWm >= 3)
                .target("throughput vs bare handler", "≥ 65%", Fmt.pct(vsBare), vsBare >= 0.65)
                .target("p99 vs bare handler", "≤ 1.5×", Fmt.ratio(p99), p99 <= 1.5);
        total.keySet().forEach(k -> result.note(k.name() + ": " + k.description()));
        result.note("load generator: Java, like wrk: two event-loop threads drive all connections with non-blocking "
                + "sockets, in the same JVM as the servers; latency is send-to-last-byte, recorded in HdrHistogram (µs)");
        return result;
    }

    /** The declared path against a hand-written one of the same twin, same server, same load, same run. */
    private static BenchResult declaredVsHandWritten(BenchResult result, Map<ServingTarget, LoadResult> total,
                                                     ServingTarget declared, ServingTarget handWritten) {
        Table table = Table.of("Okta: a declared resource against a hand-written one, 1:1 create / list(limit=20), "
                + "interleaved with the rounds above", "resource", "req/s", "p50", "p99", "failed", "vs hand-written");
        LoadResult h = total.get(handWritten);
        for (var e : total.entrySet()) {
            LoadResult r = e.getValue();
            table.row(e.getKey().name(), Fmt.num(r.throughput()), ms(r, 50), ms(r, 99), r.failures(),
                    Fmt.pct(r.throughput() / h.throughput()));
            result.put(e.getKey() == declared ? "oktaDeclared" : "oktaHandWritten", Map.of("reqPerSec", r.throughput(),
                    "p50ms", r.percentileMillis(50), "p99ms", r.percentileMillis(99), "requests", r.requests(),
                    "failures", r.failures(), "seconds", r.seconds(), "settings", e.getKey().description()));
        }
        double ratio = total.get(declared).throughput() / h.throughput();
        return result.table(table).target("declared vs hand-written (Okta)", "≥ 80%", Fmt.pct(ratio), ratio >= 0.8);
    }

    private static String key(ServingTarget t) {
        return t instanceof TwinTarget ? "twin" : t instanceof WireMockTarget ? "wiremock" : "bare";
    }

    private static String ms(LoadResult r, double p) {
        return Fmt.num(r.percentileMillis(p)) + " ms";
    }
}
