package dev.dtu.bench.sweeps;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.VerdictPolicy;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.Lane;
import dev.dtu.engine.run.TwinServer;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.ScenarioChecks;
import dev.dtu.engine.sweep.Progress;
import dev.dtu.engine.sweep.Sweep;
import dev.dtu.engine.sweep.SweepOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sweeps: the triage suite with the real reference app at 1, 2, 4 and 8 lanes; then the engine's own cost per
 * trajectory, with an app that answers at once. Timed end to end, app starts included.
 */
public final class SweepBench {
    private final boolean quick;
    private final Path root;

    public SweepBench(boolean quick, Path root) {
        this.quick = quick;
        this.root = root;
    }

    /** @param cpu CPU time of this JVM (engine, twins) and of the app processes it started and reaped */
    record Run(int lanes, int trajectories, int harnessFailures, int satisfied, double seconds, CpuTime cpu) {
        double rate() {
            return trajectories / seconds;
        }

        String perTrajectory(double cpuSeconds) {
            return cpu.known() ? Fmt.num(cpuSeconds * 1000 / trajectories) + " ms" : "n/a";
        }

        /** The rate this CPU per trajectory allows on every core of the machine if no trajectory waited. */
        double cpuBoundRate() {
            return Runtime.getRuntime().availableProcessors() * trajectories / cpu.total();
        }
    }

    /** Trajectory wall time by scenario in the 1-lane run (nothing else competing), slowest first. */
    private List<TrajectoryResult> uncontended = List.of();

    public BenchResult run() throws IOException {
        List<Integer> laneCounts = quick ? List.of(1) : List.of(1, 2, 4, 8, 16);
        int perScenario = quick ? 2 : 6;
        BenchResult r = BenchResult.start("sweeps", "Sweeps: trajectories per second", quick);
        try (JsRuntime js = new JsRuntime(); TwinServer twins = TwinServer.embedded()) {
            List<Scenario> suite = load(List.of(root.resolve("scenarios/triage")), js);
            Table t = Table.of("The triage suite (" + suite.size() + " scenarios × " + perScenario
                    + " trajectories) with examples/triage-app, app starts included", "lanes", "trajectories",
                    "seconds", "trajectories/s", "satisfied", "harness failures", "vs 1 lane",
                    "CPU per trajectory: engine and twins", "apps");
            Run first = null;
            Run best = null;
            for (int lanes : laneCounts) {
                Run run = sweep(twins, js, suite, lanes, perScenario);
                first = first == null ? run : first;
                best = best == null || run.rate() > best.rate() ? run : best;
                t.row(lanes, run.trajectories(), Fmt.num(run.seconds()), Fmt.num(run.rate()), run.satisfied(),
                        run.harnessFailures(), Fmt.ratio(run.rate() / first.rate()),
                        run.perTrajectory(run.cpu().self()), run.perTrajectory(run.cpu().children()));
                r.put("lanes" + lanes, run);
                System.err.printf("sweeps: %d lanes %.1f trajectories/s%n", lanes, run.rate());
            }
            r.table(t);
            r.table(timeScales(twins, js, suite, quick ? 1 : 4, perScenario, r));
            if (!quick) {
                r.table(longerRun(twins, js, suite, r));
            }
            double start = appStartSeconds(twins, suite.get(0), quick ? 1 : 3);
            Table s = Table.of("Where the time goes", "measure", "value");
            s.row("one lane opened (app JVM start, ready, connect) and closed", Fmt.num(start) + " s");
            s.row("app starts per run at L lanes", "L, two per core at a time (scenarios with the same app and world share lanes)");
            s.row("trajectory time at 1 lane without the app start",
                    Fmt.num((first.seconds() - start) / first.trajectories()) + " s");
            r.table(s).put("appStartSeconds", start);
            r.table(byScenario(uncontended));
            r.table(new ReferenceApps(root, quick).compare(twins, js, r));
            Run engine = engineOverhead(twins, js, quick ? 20 : 300);
            Table e = Table.of("Engine overhead: an app that answers at once (1 lane: a URL app gets one)",
                    "trajectories", "seconds", "trajectories/s", "per trajectory");
            e.row(engine.trajectories(), Fmt.num(engine.seconds()), Fmt.num(engine.rate()),
                    Fmt.micros(engine.seconds() * 1e6 / engine.trajectories()));
            r.table(e).put("engine", engine);
            r.target("trajectories/s with the real app (best lane count: " + best.lanes() + ")", "≥ 100/s",
                    Fmt.num(best.rate()), best.rate() >= 100);
        }
        r.note("lanes are opened once per sweep (two per core at a time) and shared by every scenario with the same app and world, "
                + "so the rate includes L app JVM starts; batch = trajectories per scenario, shrinking off");
        return r;
    }

    /**
     * The suite again at 8 lanes with many more trajectories, so app starts and the JIT's warm-up weigh less:
     * what the CPU per trajectory is once warm, and the rate it would allow if nothing waited.
     */
    private Table longerRun(TwinServer twins, JsRuntime js, List<Scenario> suite, BenchResult r) {
        int perScenario = 40;
        Run run = sweep(twins, js, suite, 8, perScenario);
        r.put("longer", run);
        System.err.printf("sweeps: longer run %.1f trajectories/s%n", run.rate());
        int cores = Runtime.getRuntime().availableProcessors();
        Table t = Table.of("A longer run: the suite at 8 lanes, " + perScenario + " trajectories per scenario",
                "measure", "value");
        t.row("trajectories (satisfied, harness failures)", run.trajectories() + " (" + run.satisfied() + ", "
                + run.harnessFailures() + ")");
        t.row("seconds, trajectories/s", Fmt.num(run.seconds()) + " s, " + Fmt.num(run.rate()) + "/s");
        t.row("CPU per trajectory: engine and twins (this JVM)", run.perTrajectory(run.cpu().self()));
        t.row("CPU per trajectory: the 8 app JVMs", run.perTrajectory(run.cpu().children()));
        t.row("most trajectories/s that CPU allows on " + cores + " cores, if no trajectory waited",
                run.cpu().known() ? Fmt.num(run.cpuBoundRate()) + "/s" : "n/a");
        return t;
    }

    /**
     * The suite at --time-scale 10 beside scale 1, same lanes, same seeds: most of a trajectory is waiting
     * (Retry-After, backoff, outage windows), which passes ten times sooner; the verdicts must not change.
     */
    private Table timeScales(TwinServer twins, JsRuntime js, List<Scenario> suite, int lanes, int perScenario, BenchResult r) {
        Table t = Table.of("Time scale: the suite at " + lanes + " lane(s), " + perScenario
                + " trajectories per scenario, the app under libfaketime at scale 10", "time scale", "trajectories",
                "seconds", "trajectories/s", "satisfied", "vs scale 1", "scenarios whose verdict differs from scale 1");
        Timed one = timed(twins, js, suite, lanes, perScenario, 1);
        Timed ten = timed(twins, js, suite, lanes, perScenario, 10);
        List<String> differ = one.verdicts().keySet().stream()
                .filter(id -> !one.verdicts().get(id).equals(ten.verdicts().get(id))).sorted().toList();
        for (Timed run : List.of(one, ten)) {
            t.row(run.scale() == 1 ? "1" : "10", run.run().trajectories(), Fmt.num(run.run().seconds()),
                    Fmt.num(run.run().rate()), run.run().satisfied(), Fmt.ratio(run.run().rate() / one.run().rate()),
                    run == one ? "" : differ.isEmpty() ? "none" : String.join(", ", differ));
        }
        r.put("timeScale1", one.run()).put("timeScale10", ten.run()).put("timeScaleVerdictsDiffer", differ);
        r.target("trajectories/s at --time-scale 10 vs 1, same lanes, same verdicts", "≥ 4×",
                Fmt.ratio(ten.run().rate() / one.run().rate()) + (differ.isEmpty() ? "" : ", verdicts differ: " + differ),
                ten.run().rate() >= 4 * one.run().rate() && differ.isEmpty());
        return t;
    }

    private record Timed(double scale, Run run, java.util.Map<String, String> verdicts) {}

    private Timed timed(TwinServer twins, JsRuntime js, List<Scenario> suite, int lanes, int perScenario, double scale) {
        Measured m = measure(twins, js, suite, lanes, perScenario, scale);
        java.util.Map<String, String> verdicts = new java.util.TreeMap<>();
        dev.dtu.core.verdict.Summarizer.summarize(m.suite()).scenarios().forEach(s -> verdicts.put(s.id(), s.verdict().name()));
        System.err.printf("sweeps: time scale %s %.1f trajectories/s%n", scale, m.run().rate());
        return new Timed(scale, m.run(), verdicts);
    }

    /** What opening a lane costs: the app's process start, its readiness and connection to the twins. */
    private static double appStartSeconds(TwinServer twins, Scenario scenario, int times) {
        long t0 = System.nanoTime();
        for (int i = 0; i < times; i++) {
            Lane.open(twins, scenario, "bench-start-" + i).close();
        }
        return (System.nanoTime() - t0) / 1e9 / times;
    }

    private Run sweep(TwinServer twins, JsRuntime js, List<Scenario> suite, int lanes, int perScenario) {
        Measured m = measure(twins, js, suite, lanes, perScenario, 1);
        if (lanes == 1) {
            uncontended = m.suite().trajectories();
        }
        return m.run();
    }

    /** One sweep's results and what it took. */
    record Measured(Run run, SuiteRun suite) {}

    /**
     * The suite swept once with {@code perScenario} trajectories per scenario on {@code lanes} lanes at a time scale,
     * timed, with the CPU of this JVM and of the app processes it started and reaped (when the sweep closes its lanes).
     */
    static Measured measure(TwinServer twins, JsRuntime js, List<Scenario> suite, int lanes, int perScenario, double scale) {
        SweepOptions options = new SweepOptions(perScenario, perScenario, lanes, 1, VerdictPolicy.DEFAULT, Shard.WHOLE,
                perScenario, false, 0).withTimeScale(scale);
        long t0 = System.nanoTime();
        CpuTime cpu0 = CpuTime.now();
        SuiteRun run = new Sweep(twins, js, options, Progress.SILENT).run(suite);
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuTime cpu = CpuTime.now().since(cpu0);
        List<TrajectoryResult> all = run.trajectories();
        int failures = (int) all.stream().filter(TrajectoryResult::harnessFailed).count();
        int satisfied = (int) all.stream().filter(TrajectoryResult::satisfied).count();
        return new Measured(new Run(lanes, all.size(), failures, satisfied, seconds, cpu), run);
    }

    /** Mean trajectory time per scenario, slowest first, and what it means for the lanes 100/s would take. */
    private static Table byScenario(List<TrajectoryResult> results) {
        java.util.Map<String, Double> mean = results.stream().collect(java.util.stream.Collectors.groupingBy(
                TrajectoryResult::scenarioId, java.util.TreeMap::new,
                java.util.stream.Collectors.averagingLong(TrajectoryResult::durationMs)));
        double suiteMean = results.stream().mapToLong(TrajectoryResult::durationMs).average().orElse(0);
        Table t = Table.of("Trajectory time by scenario at 1 lane (mean, slowest first)", "scenario", "mean",
                "share of the suite's time");
        double total = mean.values().stream().mapToDouble(Double::doubleValue).sum();
        mean.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> t.row(e.getKey(), Fmt.num(e.getValue()) + " ms", Fmt.pct(e.getValue() / total)));
        t.row("**suite mean**", Fmt.num(suiteMean) + " ms", "100 trajectories/s needs ≥ "
                + Math.round(Math.ceil(suiteMean / 10)) + " lanes busy at once");
        return t;
    }

    private Run engineOverhead(TwinServer twins, JsRuntime js, int trajectories) throws IOException {
        try (StubApp app = new StubApp()) {
            Path dir = Files.createTempDirectory("dtu-bench-scenarios");
            String yaml = new String(SweepBench.class.getResourceAsStream("/engine-overhead.yaml").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("APP_URL", app.url());
            Files.writeString(dir.resolve("engine-overhead.yaml"), yaml);
            List<Scenario> suite = load(List.of(dir), js);
            sweep(twins, js, suite, 1, Math.max(10, trajectories / 10));
            return sweep(twins, js, suite, 1, trajectories);
        }
    }

    static List<Scenario> load(List<Path> paths, JsRuntime js) {
        ScenarioChecks.Outcome checked = ScenarioChecks.check(paths, js);
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException("scenario problems: " + checked.problems());
        }
        return checked.valid();
    }
}
