package dev.dtu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dtu} command line. */
@Command(name = "dtu", mixinStandardHelpOptions = true, version = "dtu 0.1.0",
        description = "Digital Twin Universe: behavioural clones of Slack, Okta, Jira and Google in one server.",
        subcommands = {ServeCommand.class, SweepCommand.class, ConvergeCommand.class, ReplayCommand.class,
                ScenarioCommand.class, ReportCommand.class, RecordCommand.class, SeedCommand.class, FidelityCommand.class})
public final class Dtu implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Dtu()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
