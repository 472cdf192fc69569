package dev.dtu.cli;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.Lane;
import dev.dtu.engine.run.ReplayCommandLine;
import dev.dtu.engine.run.TrajectoryPlan;
import dev.dtu.engine.run.TrajectoryRunner;
import dev.dtu.engine.run.TwinServer;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.ScenarioChecks;
import dev.dtu.engine.scenario.ScenarioLoader;
import dev.dtu.engine.sweep.Seeds;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dtu replay FILE --seed S [--app-env K=V]…}: runs exactly one trajectory again, as a report named it;
 * {@code dtu replay --report report.json --scenario ID [--trajectory N]} takes everything from the report.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run one trajectory again from (scenario, seed) or from a sweep's report.json and print what happened. "
                + "Exit 0 satisfied, 1 not, 2 error.")
final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "The scenario file or suite file (not with --report).")
    Path file;

    @Option(names = "--seed", description = "The trajectory's seed.")
    Long seed;

    @Option(names = "--drop-steps", split = ",", description = "Step indexes shrinking left out.")
    List<Integer> dropSteps = List.of();

    @Option(names = "--simplify", split = ",", description = "Variables shrinking made simplest.")
    List<String> simplify = List.of();

    @Option(names = "--drop-faults", split = ",", description = "Fault rule indexes shrinking left out.")
    List<Integer> dropFaults = List.of();

    @Option(names = "--app-env", paramLabel = "KEY=VALUE", description = "Set an environment variable of the app under test (repeatable), as the sweep did.")
    Map<String, String> appEnv = new LinkedHashMap<>();

    @Option(names = "--time-scale", defaultValue = "1", paramLabel = "K", description = "Run time K times as fast, as the sweep did (default: ${DEFAULT-VALUE}).")
    double timeScale = 1;

    @Option(names = "--report", description = "A sweep's report.json (or its folder): replay with the sweep's own settings.")
    Path report;

    @Option(names = "--scenario", description = "The scenario id: with --report, or with a suite file (include + app) as SCENARIO.")
    String scenarioId;

    @Option(names = "--trajectory", description = "With --report: the scenario's trajectory N of the sweep (1-based); "
            + "default: the trajectory the report shows (the shrunk reproduction, else the smallest failure).")
    Integer trajectory;

    @Override
    public Integer call() {
        Logging.quietLibraries();
        if (report != null) {
            return fromReport();
        }
        if (file == null || seed == null) {
            System.err.println("dtu: replay needs SCENARIO --seed S, or --report FILE --scenario ID");
            return 2;
        }
        return replay();
    }

    /** Runs the replay command the report gives for the chosen trajectory, word for word. */
    private int fromReport() {
        String command;
        try {
            command = commandFromReport();
        } catch (RuntimeException e) {
            System.err.println("dtu: replay: " + e.getMessage());
            return 2;
        }
        System.out.println("replaying: " + command);
        List<String> words = ReplayCommandLine.split(command);
        return new CommandLine(new ReplayCommand()).execute(words.subList(2, words.size()).toArray(String[]::new));
    }

    private String commandFromReport() {
        Path json = java.nio.file.Files.isDirectory(report) ? report.resolve("report.json") : report;
        ReportDocument doc = JsonReport.read(json);
        String id = scenarioId != null ? scenarioId : onlyScenario(doc);
        if (trajectory != null) {
            if (trajectory < 1) {
                throw new IllegalArgumentException("--trajectory counts from 1");
            }
            String scenarioFile = doc.summary().settings().scenarioFiles().get(id);
            if (scenarioFile == null) {
                throw new IllegalArgumentException("the report names no file for scenario " + id);
            }
            long s = Seeds.of(doc.summary().masterSeed(), id, trajectory - 1);
            String inSuite = ScenarioLoader.isSuite(Path.of(scenarioFile)) ? id : null;
            return ReplayCommandLine.of(Path.of(scenarioFile), inSuite, TrajectoryPlan.of(s), doc.summary().settings().appEnv(),
                    doc.summary().settings().timeScale());
        }
        TrajectoryResult shown = doc.reproductions().stream().filter(r -> r.scenarioId().equals(id))
                .min(TrajectoryResult.BY_SIZE)
                .or(() -> doc.summary().scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                        .map(ScenarioSummary::smallestFailure))
                .orElseThrow(() -> new IllegalArgumentException("the report shows no failing trajectory of scenario " + id
                        + "; name one with --trajectory N"));
        if (shown.replayCommand().isBlank()) {
            throw new IllegalArgumentException("the report gives no replay command for scenario " + id);
        }
        return shown.replayCommand();
    }

    private static String onlyScenario(ReportDocument doc) {
        if (doc.summary().scenarios().size() != 1) {
            throw new IllegalArgumentException("the report has " + doc.summary().scenarios().size()
                    + " scenarios; name one with --scenario ID");
        }
        return doc.summary().scenarios().get(0).id();
    }

    private int replay() {
        try (JsRuntime js = new JsRuntime()) {
            ScenarioChecks.Outcome checked = ScenarioChecks.check(List.of(file), js);
            if (!checked.problems().isEmpty()) {
                checked.problems().forEach(System.err::println);
                return 2;
            }
            Scenario scenario = chosen(checked.valid()).withAppEnv(appEnv);
            String noFakeTime = SweepRunner.fakeTimeMissing(List.of(scenario), timeScale);
            if (noFakeTime != null) {
                System.err.println("dtu: " + noFakeTime);
                return 2;
            }
            TrajectoryPlan plan = new TrajectoryPlan(seed, new TreeSet<>(dropSteps), new TreeSet<>(simplify), new TreeSet<>(dropFaults));
            try (TwinServer twins = TwinServer.embedded();
                 Lane lane = Lane.open(twins, scenario, "replay", Lane.needsFakeTime(scenario, timeScale))) {
                TrajectoryResult r = new TrajectoryRunner(js, appEnv, timeScale).run(lane, scenario, plan);
                print(r);
                return r.harnessFailed() ? 2 : r.satisfied() ? 0 : 1;
            }
        } catch (RuntimeException e) {
            System.err.println("dtu: replay failed: " + e.getMessage());
            return 2;
        }
    }

    /** The file's one scenario, or the one {@code --scenario} names from a suite file. */
    private Scenario chosen(List<Scenario> scenarios) {
        if (scenarioId != null) {
            return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(file + " has no scenario " + scenarioId));
        }
        if (scenarios.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + scenarios.size() + " scenarios; name one with --scenario ID");
        }
        return scenarios.get(0);
    }

    private static void print(TrajectoryResult r) {
        System.out.printf("%s seed %d: %s (score %.3f)%n", r.scenarioId(), r.seed(),
                r.harnessFailed() ? "HARNESS ERROR: " + r.error() : r.satisfied() ? "satisfied" : "NOT satisfied", r.score());
        for (StepRecord s : r.steps()) {
            System.out.printf("  step %d %-7s %5d ms  %s%s%n", s.index(), s.outcome(), s.durationMs(), s.description(),
                    s.detail().isEmpty() ? "" : " — " + s.detail());
        }
        for (CheckResult c : r.checks()) {
            System.out.printf("  check %-4s %.2f  %s%s%n", c.passed() ? "ok" : "FAIL", c.score(), c.name(),
                    c.reason().isEmpty() ? "" : " — " + c.reason());
        }
    }
}
