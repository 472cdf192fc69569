package dev.dtu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dtu} command line. */
@Command(name = "dtu", mixinStandardHelpOptions = true, version = "dtu 0.1.0", usageHelpAutoWidth = true,
        description = "Digital Twin Universe: behavioural clones of Slack, Okta, Jira and Google in one server.",
        subcommands = {ServeCommand.class, LauncherCommands.Test.class, LauncherCommands.Build.class,
                LauncherCommands.Bench.class, SweepCommand.class, ConvergeCommand.class, ReplayCommand.class,
                ScenarioCommand.class, ReportCommand.class, RecordCommand.class, SeedCommand.class, FidelityCommand.class,
                EnvCommand.class, CaCommand.class, ConsoleCommand.class, CompletionCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./dtu serve --data-dir state/            server, state kept in state/",
            "  ./dtu test -pl twins -Dtest='Okta*'      tests (Maven arguments pass on)",
            "  ./dtu build                              dtu.jar, no tests",
            "  ./dtu bench serving --quick              measure the server",
            "  ./dtu sweep scenarios/triage             every trajectory, reports",
            "  ./dtu converge scenarios/triage          one verdict line, exit 0 or 1",
            "  ./dtu replay scenarios/triage/x.yaml     one trajectory, step by step",
            "  ./dtu scenario check scenarios/          validate scenario files",
            "  ./dtu report merge shard-1/ shard-2/     merge sharded reports",
            "  ./dtu record --target URL --out rec/     record real vendor traffic",
            "  ./dtu seed from-recordings rec/          a seed from recordings",
            "  ./dtu fidelity rec/                      twins against recordings",
            "  ./dtu env default > .env                 an app's environment",
            "  ./dtu ca > dtu-ca.pem                    the CA behind --tls",
            "  ./dtu console rep/                       a sweep report in the web console",
            "  source <(./dtu completion bash)          tab completion (bash, zsh)",
            "",
            "serve's options also come from DTU_PORT, DTU_HOST, DTU_DATA_DIR,",
            "DTU_PUBLIC_URL, DTU_TLS, DTU_LOG_LEVEL and DTU_DEFAULT_CREDENTIALS.",
            "Exit codes: 0 ok, 1 more work, 2 usage or start-up error."})
public final class Dtu implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line as every entry point runs it: usage errors are one line and exit 2. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Dtu());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println(where.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                    + " (see '" + where.getCommandSpec().qualifiedName() + " --help')");
            where.getErr().flush();
            return 2;
        });
        return cli;
    }

    /** {@code dtu} alone: the help, as an error (exit 2), since no command was given. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
