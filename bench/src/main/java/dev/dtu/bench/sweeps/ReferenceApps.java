package dev.dtu.bench.sweeps;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.TwinServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The triage stories with both reference apps, the Java one ({@code scenarios/triage}) and the Node one on the vendors'
 * Node SDKs ({@code scenarios/triage-node/suite.yaml}, the same stories): trajectories per second, and CPU per
 * trajectory of the apps' processes and of this JVM (engine and twins), side by side and as Node/Java ratios.
 */
final class ReferenceApps {
    /** One reference app: its suite, and why it cannot run here (null when it can). */
    record App(String name, Path suite, String missing) {}

    private final Path root;
    private final boolean quick;

    ReferenceApps(Path root, boolean quick) {
        this.root = root;
        this.quick = quick;
    }

    List<App> apps() {
        Path nodeModules = root.resolve("examples/triage-node/node_modules");
        String nodeMissing = !onPath("node") ? "node is not on the PATH"
                : !Files.isDirectory(nodeModules) ? "run npm ci --prefix examples/triage-node" : null;
        return List.of(new App("examples/triage-app (Java)", root.resolve("scenarios/triage"), null),
                new App("examples/triage-node (Node SDKs)", root.resolve("scenarios/triage-node/suite.yaml"), nodeMissing));
    }

    /** Both apps at the same lanes and trajectories, one after the other, each from a cold start of its lanes. */
    Table compare(TwinServer twins, JsRuntime js, BenchResult r) {
        int lanes = quick ? 1 : 4;
        int perScenario = quick ? 2 : 6;
        Table t = Table.of("Both reference apps: the triage stories at " + lanes + (lanes == 1 ? " lane, " : " lanes, ") + perScenario
                        + " trajectories per scenario, app starts included", "app", "trajectories", "seconds",
                "trajectories/s", "satisfied", "harness failures", "CPU per trajectory: the app",
                "CPU per trajectory: engine and twins");
        List<SweepBench.Run> runs = new ArrayList<>();
        for (App app : apps()) {
            if (app.missing() != null) {
                t.row(app.name(), "skipped: " + app.missing(), "", "", "", "", "", "");
                continue;
            }
            SweepBench.Run run = SweepBench.measure(twins, js, SweepBench.load(List.of(app.suite()), js), lanes, perScenario, 1).run();
            runs.add(run);
            r.put("referenceApp" + runs.size(), run);
            t.row(app.name(), run.trajectories(), Fmt.num(run.seconds()), Fmt.num(run.rate()), run.satisfied(),
                    run.harnessFailures(), run.perTrajectory(run.cpu().children()), run.perTrajectory(run.cpu().self()));
            System.err.printf("sweeps: %s %.1f trajectories/s%n", app.name(), run.rate());
        }
        if (runs.size() == 2) {
            SweepBench.Run java = runs.get(0);
            SweepBench.Run node = runs.get(1);
            t.row("**Node / Java**", "", "", Fmt.ratio(node.rate() / java.rate()), "", "",
                    cpuRatio(node.cpu().children() / node.trajectories(), java.cpu().children() / java.trajectories(), node, java),
                    cpuRatio(node.cpu().self() / node.trajectories(), java.cpu().self() / java.trajectories(), node, java));
        }
        return t;
    }

    private static String cpuRatio(double node, double java, SweepBench.Run a, SweepBench.Run b) {
        return a.cpu().known() && b.cpu().known() && java > 0 ? Fmt.ratio(node / java) : "n/a";
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}
