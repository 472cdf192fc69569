package dev.dtu.cli;

import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.scenario.Problem;
import dev.dtu.engine.scenario.ScenarioChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dtu scenario check FILE...}: validates scenarios, reporting file, line and field. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate scenario files (exit 0 when all are valid, 2 otherwise).")
final class ScenarioCheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        try (JsRuntime js = new JsRuntime()) {
            ScenarioChecks.Outcome outcome = ScenarioChecks.check(paths, js);
            for (Problem p : outcome.problems()) {
                System.err.println(p);
            }
            System.out.printf("%d scenario file(s): %d valid scenario(s), %d file(s) with problems%n", outcome.files(),
                    outcome.valid().size(), outcome.problems().stream().map(Problem::file).distinct().count());
            return outcome.problems().isEmpty() ? 0 : 2;
        }
    }
}
