package dev.dtu.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The commands the {@code ./dtu} launcher runs itself (they need Maven or the bench jar, not this one). Listed here
 * so {@code dtu --help} and completion show them; run from the jar they say where to run them.
 */
final class LauncherCommands {
    private LauncherCommands() {}

    abstract static class ViaLauncher implements Callable<Integer> {
        @Parameters(paramLabel = "ARGS", arity = "0..*", description = "Passed on as they are.")
        List<String> args;

        abstract String name();

        @Override
        public Integer call() {
            System.err.printf("dtu %s: the ./dtu launcher in a source checkout runs this (it needs Maven); try ./dtu %s%n",
                    name(), name());
            return 2;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Build and run the tests (Maven's verify; arguments such as -pl twins -Dtest=... pass through).")
    static final class Test extends ViaLauncher {
        @Override
        String name() {
            return "test";
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Build dtu.jar and the other modules without running tests.")
    static final class Build extends ViaLauncher {
        @Override
        String name() {
            return "build";
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Run the benchmarks (bench/README.md); results in bench/results/.")
    static final class Bench extends ViaLauncher {
        @Override
        String name() {
            return "bench";
        }
    }
}
