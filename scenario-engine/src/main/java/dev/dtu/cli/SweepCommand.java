package dev.dtu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dtu sweep}: trajectories of every scenario, a report, and the verdict as exit code. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run scenarios' trajectories against the twins and write reports. Exit: 0 converged, 1 more work, 2 error, 255 needs a human.")
final class SweepCommand implements Callable<Integer> {
    @Mixin
    SweepSettings settings;

    @Override
    public Integer call() {
        SweepRunner.Outcome outcome = SweepRunner.run(settings, System.err);
        if (outcome.summary() != null) {
            System.out.println(SweepRunner.oneLine(outcome.summary()));
            System.out.println("reports: " + settings.out.toAbsolutePath());
        }
        return outcome.exitCode();
    }
}
