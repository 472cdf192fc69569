package dev.dtu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dtu scenario ...}. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Work with scenario files.",
        subcommands = {ScenarioCheckCommand.class})
final class ScenarioCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
