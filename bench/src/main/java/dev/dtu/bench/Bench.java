package dev.dtu.bench;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.ResultFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dtu bench [NAME]}: runs benchmarks, prints their tables, writes bench/results/. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmarks (serving, universes, sweeps, durability, hotpaths when none is named; "
                + "wrk cross-checks serving with the wrk tool).")
public final class Bench implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "benchmarks to run: ${COMPLETION-CANDIDATES}")
    List<Benchmarks.Name> names = new ArrayList<>();

    @Option(names = "--quick", description = "a short smoke run: checks the benchmark works, measures nothing")
    boolean quick;

    @Option(names = "--root", description = "the repository root: scenarios and the reference app (default: .)")
    Path root = Path.of(".");

    @Option(names = "--out", description = "results folder (default: ROOT/bench/results)")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmarks.Name> chosen = names.isEmpty() ? Benchmarks.Name.DEFAULT : names;
        Path dir = out != null ? out : root.resolve("bench").resolve("results");
        ResultFiles files = new ResultFiles(dir);
        for (Benchmarks.Name name : chosen) {
            BenchResult result = Benchmarks.run(name, quick, root);
            System.out.println(result.markdown());
            files.write(result);
        }
        System.out.println("results written to " + dir.toAbsolutePath());
        return 0;
    }
}
