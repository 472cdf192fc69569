package dev.dtu.cli;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.Lane;
import dev.dtu.engine.run.TrajectoryPlan;
import dev.dtu.engine.run.TrajectoryRunner;
import dev.dtu.engine.run.TwinServer;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.ScenarioChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu replay FILE --seed S}: runs exactly one trajectory again, as a report named it. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run one trajectory again from (scenario, seed) and print what happened. Exit 0 satisfied, 1 not, 2 error.")
final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file the report names.")
    Path file;

    @Option(names = "--seed", required = true, description = "The trajectory's seed, as the report gives it.")
    long seed;

    @Option(names = "--drop-steps", split = ",", description = "Step indexes shrinking left out.")
    List<Integer> dropSteps = List.of();

    @Option(names = "--simplify", split = ",", description = "Variables shrinking made simplest.")
    List<String> simplify = List.of();

    @Option(names = "--drop-faults", split = ",", description = "Fault rule indexes shrinking left out.")
    List<Integer> dropFaults = List.of();

    @Override
    public Integer call() {
        Logging.quietLibraries();
        try (JsRuntime js = new JsRuntime()) {
            ScenarioChecks.Outcome checked = ScenarioChecks.check(List.of(file), js);
            if (!checked.problems().isEmpty()) {
                checked.problems().forEach(System.err::println);
                return 2;
            }
            Scenario scenario = checked.valid().get(0);
            TrajectoryPlan plan = new TrajectoryPlan(seed, new java.util.TreeSet<>(dropSteps), new java.util.TreeSet<>(simplify),
                    new java.util.TreeSet<>(dropFaults));
            try (TwinServer twins = TwinServer.embedded(); Lane lane = Lane.open(twins, scenario, "replay")) {
                TrajectoryResult r = new TrajectoryRunner(js).run(lane, scenario, plan);
                print(r);
                return r.harnessFailed() ? 2 : r.satisfied() ? 0 : 1;
            }
        } catch (RuntimeException e) {
            System.err.println("dtu: replay failed: " + e.getMessage());
            return 2;
        }
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
