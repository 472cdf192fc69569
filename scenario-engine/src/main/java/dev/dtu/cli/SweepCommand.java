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
        SweepRunner.Outcome outcome = SweepRunner.run(settings, dev.dtu.engine.sweep.Progress.to(System.err));
        if (outcome.summary() != null) {
            System.out.println(SweepRunner.oneLine(outcome.summary()));
            System.out.println("reports: " + settings.out.toAbsolutePath());
        }
        if (settings.shard != null && outcome.exitCode() != 2) {
            // A shard's verdict belongs to the merge: only an error fails the shard's job.
            System.out.println("shard " + settings.shard + " done: run 'dtu report merge' over every shard for the verdict and exit code");
            return 0;
        }
        return outcome.exitCode();
    }
}
