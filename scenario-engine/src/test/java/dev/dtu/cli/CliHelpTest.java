package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dtu --help} lists every command with an example; every option says what it does. */
class CliHelpTest {
    private static final CommandSpec ROOT = Dtu.commandLine().getCommandSpec();

    private static void walk(CommandSpec spec, List<CommandSpec> out) {
        out.add(spec);
        spec.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), out));
    }

    private static List<CommandSpec> allCommands() {
        List<CommandSpec> all = new ArrayList<>();
        walk(ROOT, all);
        return all;
    }

    @Test
    void everyOptionAndParameterHasADescription() {
        List<String> missing = new ArrayList<>();
        for (CommandSpec command : allCommands()) {
            List<ArgSpec> args = new ArrayList<>(command.options());
            args.addAll(command.positionalParameters());
            for (ArgSpec arg : args) {
                String text = String.join(" ", arg.description()).trim();
                if (text.isEmpty()) {
                    missing.add(command.qualifiedName() + " " + (arg.isOption()
                            ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel()));
                }
            }
            if (String.join(" ", command.usageMessage().description()).isBlank()) {
                missing.add(command.qualifiedName() + " (the command itself)");
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(allCommands().size() > 15, "the walk reaches nested commands");
    }

    @Test
    void theHelpListsEveryCommandWithAnExample() {
        RecordingCommandsTest.Run help = RecordingCommandsTest.dtu("--help");
        assertEquals(0, help.exit());
        for (String name : List.of("serve", "test", "build", "bench", "sweep", "converge", "replay", "scenario",
                "report", "record", "seed", "fidelity", "env", "ca", "console", "completion")) {
            assertTrue(ROOT.subcommands().containsKey(name), name);
            assertTrue(help.out().matches("(?s).*\\n  " + name + " +\\S.*"), name + " is listed with a description");
            assertTrue(help.out().contains("./dtu " + name + " ") || help.out().contains("./dtu " + name + "\n")
                    || help.out().contains("(./dtu " + name + " "), name + " has an example");
        }
        assertEquals(ROOT.subcommands().size(), 16, "a new command needs a line in the help's examples too");
        for (String line : help.out().split("\n")) {
            assertTrue(line.length() <= 80, "fits an 80-column terminal: " + line);
        }
    }

    @Test
    void noArgumentsPrintsTheHelpAndExits2() {
        RecordingCommandsTest.Run r = RecordingCommandsTest.dtu();
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Usage: dtu"), r.err());
    }

    @Test
    void aUsageErrorIsOneLineAndExits2() {
        RecordingCommandsTest.Run r = RecordingCommandsTest.dtu("serve", "--port", "eighty");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("dtu serve: Invalid value for option '--port': 'eighty' is not an int"), r.err());
    }

    @Test
    void completionScriptsComeFromPicocli() {
        for (String shell : List.of("bash", "zsh")) {
            RecordingCommandsTest.Run r = RecordingCommandsTest.dtu("completion", shell);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("complete -F _complete_dtu"), "a bash completion function is registered");
            assertTrue(r.out().contains("bashcompinit"), "zsh runs it through bashcompinit");
            assertTrue(r.out().contains("--data-dir") && r.out().contains("serve"), "options and commands complete");
        }
        assertEquals(2, RecordingCommandsTest.dtu("completion", "fish").exit());
    }

    @Test
    void serveDefaultsAreTheDocumentedOnes() {
        Assumptions.assumeTrue(System.getenv().keySet().stream().noneMatch(k -> k.startsWith("DTU_") && !k.equals("DTU_URL")),
                "DTU_* variables set in this environment would change the defaults");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        var config = serve.config();
        assertEquals(8080, config.port());
        assertEquals("127.0.0.1", config.host());
        assertEquals(null, config.dataDir());
        assertEquals(null, config.tls());
        assertEquals(-1, config.proxyPort());
        assertFalse(config.fixedCredentials());
        assertEquals(256L << 20, config.storage().perUniverse());
        assertEquals(Math.min(2L << 30, Runtime.getRuntime().maxMemory() / 4), config.storage().total());
        new CommandLine(serve).parseArgs("--storage-per-universe", "64MiB", "--storage-total", "1 GiB");
        assertEquals(64L << 20, serve.config().storage().perUniverse());
        assertEquals(1L << 30, serve.config().storage().total());
        ServeCommand wrong = new ServeCommand();
        new CommandLine(wrong).parseArgs("--storage-per-universe", "lots");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(dev.dtu.server.StartupException.class, wrong::config)
                .getMessage().startsWith("--storage-per-universe: not a size in bytes"));
        new CommandLine(serve).parseArgs("--proxy-port", "0", "--tls", "--public-url", "https://dtu:8443/");
        assertEquals(0, serve.config().proxyPort());
        assertEquals("https://dtu:8443", serve.config().publicUrl());
        assertTrue(serve.config().tls() != null);
        new CommandLine(serve).parseArgs("--public-url", "http://dtu:8080/prefix");
        assertEquals("--public-url must be http(s)://host[:port] with no path, not 'http://dtu:8080/prefix'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, serve::config).getMessage());
    }

    @Test
    void launcherCommandsRunFromTheJarSayWhereToRunThem() {
        RecordingCommandsTest.Run r = RecordingCommandsTest.dtu("test");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("./dtu test"), r.err());
        assertFalse(r.err().contains("Exception"));
    }
}
