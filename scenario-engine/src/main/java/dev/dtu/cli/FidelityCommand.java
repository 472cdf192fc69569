package dev.dtu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.fidelity.Fidelity;
import dev.dtu.recording.fidelity.FidelityReport;
import dev.dtu.recording.fidelity.FidelityReports;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.recording.seeding.RecordingSeeder;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu fidelity}: replay recordings against a universe seeded from them and report the differences. */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = "Replay recordings against the twins and score how alike the answers are (Markdown, HTML, JSON).")
final class FidelityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Recordings folder.")
    Path dir;

    @Option(names = "--out", defaultValue = "dtu-fidelity", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--twin", description = "slack, okta, jira or google, when the recordings do not say.")
    String twin;

    @Option(names = "--seed", description = "Seed the universe from this file instead of inferring it from the recordings.")
    Path seed;

    @Option(names = "--min-score", defaultValue = "0", description = "Exit 1 when the overall score (0..1) is below this.")
    double minScore;

    @Override
    public Integer call() {
        try {
            Logging.quietLibraries();
            Recordings recordings = RecordingFolder.read(dir, twin == null ? null : Vendor.named(twin));
            RecordingSeeder.InferredSeed inferred = seed == null ? RecordingSeeder.infer(recordings) : null;
            ObjectNode universeSeed = inferred != null ? inferred.seed() : readSeed(seed);
            FidelityReport report = Fidelity.measure(recordings, universeSeed, inferred == null ? List.of() : inferred.notes());
            FidelityReports.write(report, out);
            report.byTwin().forEach(s -> System.out.printf("%-7s %6s  (%d exchanges, %d differences)%n", s.twin(),
                    s.percent(), s.exchanges(), s.differences()));
            System.out.printf("overall %6s  report: %s%n", report.overall().percent(), out.resolve(FidelityReports.MARKDOWN));
            return report.overall().value() < minScore ? 1 : 0;
        } catch (RecordingException e) {
            System.err.println("dtu fidelity: " + e.getMessage());
            return 2;
        }
    }

    private static ObjectNode readSeed(Path file) {
        try {
            return (ObjectNode) Json.parseYaml(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new RecordingException("cannot read the seed " + file + ": " + e.getMessage(), e);
        }
    }
}
