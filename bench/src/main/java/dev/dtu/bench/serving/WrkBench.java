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
 * Serving again, driven by wrk instead of our own load generator: a cross-check that the ratios do not come
 * from the generator. Same three servers, same mix, same interleaving; wrk runs as its own process.
 */
public final class WrkBench {
    private final boolean quick;

    public WrkBench(boolean quick) {
        this.quick = quick;
    }

    public BenchResult run() throws Exception {
        BenchResult result = BenchResult.start("serving-wrk", "Serving, cross-checked with wrk", quick);
        if (!Wrk.installed()) {
            return result.note("wrk is not installed here (e.g. `apt-get install wrk`): nothing measured");
        }
        Rounds shape = Rounds.of(quick);
        try (Servers servers = Servers.start(shape.connections())) {
            Map<ServingTarget, List<Wrk.Result>> all = new LinkedHashMap<>();
            servers.all().forEach(t -> all.put(t, new ArrayList<>()));
            for (ServingTarget target : servers.all()) {
                load(target, shape.connections(), Duration.ofSeconds(quick ? 1 : 13));
            }
            for (int round = 1; round <= shape.count(); round++) {
                for (ServingTarget target : servers.all()) {
                    load(target, shape.connections(), Duration.ofSeconds(quick ? 1 : 2));
                    Wrk.Result r = Wrk.run(target, 2, shape.connections(), shape.measure());
                    all.get(target).add(r);
                    System.err.printf("serving-wrk: round %d %s %.0f req/s%n", round, target.name(), r.throughput());
                }
            }
            return report(result, all, servers, shape);
        }
    }

    /** An unmeasured run from the target's start state. */
    private static void load(ServingTarget target, int connections, Duration d) throws Exception {
        target.reset();
        Wrk.run(target, 2, connections, d);
    }

    private static BenchResult report(BenchResult result, Map<ServingTarget, List<Wrk.Result>> all, Servers servers,
                                      Rounds shape) {
        TwinTarget twin = servers.twin();
        WireMockTarget wiremock = servers.wiremock();
        BareTarget bare = servers.bare();
        int connections = shape.connections();
        int rounds = shape.count();
        Duration measure = shape.measure();
        double w = rate(all.get(wiremock));
        double b = rate(all.get(bare));
        Table main = Table.of("wrk -t2 -c" + connections + ", 1:1 chat.postMessage / conversations.history(limit=10), "
                        + rounds + "×" + measure.toSeconds() + " s measured each after an unmeasured 13 s pass",
                "server", "req/s", "p50", "p99", "p99.9", "errors", "vs WireMock", "vs bare");
        Table perRound = Table.of("Throughput per round (req/s), interleaved", "round", twin.name(), wiremock.name(),
                bare.name());
        for (int i = 0; i < rounds; i++) {
            List<Object> cells = new ArrayList<>(List.of(i + 1));
            for (List<Wrk.Result> rs : all.values()) {
                cells.add(Fmt.num(rs.get(i).throughput()));
            }
            perRound.row(cells.toArray());
        }
        for (var e : all.entrySet()) {
            List<Wrk.Result> rs = e.getValue();
            double rate = rate(rs);
            main.row(e.getKey().name(), Fmt.num(rate), ms(rs, Wrk.Result::p50), ms(rs, Wrk.Result::p99),
                    ms(rs, Wrk.Result::p999), rs.stream().mapToLong(Wrk.Result::errors).sum(),
                    Fmt.ratio(rate / w), Fmt.pct(rate / b));
            result.put(e.getKey() == twin ? "twin" : e.getKey() == wiremock ? "wiremock" : "bare", rs);
        }
        double t = rate(all.get(twin));
        result.table(main).table(perRound)
                .target("throughput vs WireMock (wrk)", "≥ 3×", Fmt.ratio(t / w), t / w >= 3)
                .target("throughput vs bare handler (wrk)", "≥ 65%", Fmt.pct(t / b), t / b >= 0.65);
        return result.note("latency percentiles are wrk's, averaged over the rounds (wrk cannot merge its histograms)")
                .note("wrk runs as a separate process on the same cores as the servers, as the issue's hand measurement did");
    }

    private static double rate(List<Wrk.Result> rs) {
        return rs.stream().mapToLong(Wrk.Result::requests).sum() / rs.stream().mapToDouble(Wrk.Result::seconds).sum();
    }

    private static String ms(List<Wrk.Result> rs, java.util.function.ToDoubleFunction<Wrk.Result> p) {
        return Fmt.num(rs.stream().mapToDouble(p).average().orElse(0) / 1000) + " ms";
    }
}
