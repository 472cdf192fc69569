package dev.dtu.cli;

import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.report.ReportMerger;
import dev.dtu.core.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu report merge}: shard reports into the report a single run would have written. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Work with sweep reports.",
        subcommands = {ReportCommand.Merge.class})
final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge shard reports (report.json files or their folders).")
    static final class Merge implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "SHARD", description = "Each shard's report.json or --out folder.")
        List<Path> shards;

        @Option(names = "--out", defaultValue = "dtu-report", description = "Where the merged reports go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() {
            try {
                List<Path> files = shards.stream().map(p -> Files.isDirectory(p) ? p.resolve(Reports.JSON) : p).toList();
                ReportDocument merged = ReportMerger.mergeFiles(files);
                Files.createDirectories(out);
                Reports.writeAll(merged, out);
                System.out.println(SweepRunner.oneLine(merged.summary()));
                return merged.exitCode();
            } catch (Exception e) {
                System.err.println("dtu: cannot merge: " + e.getMessage());
                return 2;
            }
        }
    }
}
