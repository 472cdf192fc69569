package dev.dtu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dtu converge}: a sweep that prints one line, the factory loop's convergence signal. */
@Command(name = "converge", mixinStandardHelpOptions = true,
        description = "Sweep quietly and print one verdict line. Exit: 0 converged, 1 more work, 2 error, 255 needs a human.")
final class ConvergeCommand implements Callable<Integer> {
    @Mixin
    SweepSettings settings;

    @Override
    public Integer call() {
        SweepRunner.Outcome outcome = SweepRunner.run(settings, dev.dtu.engine.sweep.Progress.heartbeatOnly(System.err));
        System.out.println(outcome.summary() == null ? "ERROR the sweep did not run (see above) exit=2" : SweepRunner.oneLine(outcome.summary()));
        return outcome.exitCode();
    }
}
