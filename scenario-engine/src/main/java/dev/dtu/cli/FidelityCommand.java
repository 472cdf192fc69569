package dev.dtu.cli;

import com.fasterxml.jackson.databind.JsonNode;
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

    @Option(names = "--twin", description = "slack, okta, jira or google, for recordings whose path names no vendor.")
    String twin;

    @Option(names = "--seed", description = "Seed the universe from this file instead of inferring it from the recordings.")
    Path seed;

    @Option(names = "--min-score", defaultValue = "0", description = "Exit 1 when the overall score (0..1) is below this.")
    double minScore;

    @Option(names = "--port", defaultValue = "0",
            description = "Port the twins listen on (127.0.0.1) while the recordings are replayed (default: a free one).")
    int port;

    @Option(names = "--per-session", description = "Seed and replay each recording session (an imported cassette, HAR "
            + "or nock file) on its own, each in a fresh universe, instead of the whole folder as one world.")
    boolean perSession;

    @Override
    public Integer call() {
        if (!(minScore >= 0 && minScore <= 1)) {
            System.err.println("dtu fidelity: --min-score must be between 0 and 1, got " + minScore);
            return 2;
        }
        try {
            Logging.quietLibraries();
            Recordings recordings = RecordingFolder.read(dir, twin == null ? null : Vendor.named(twin));
            java.util.function.IntConsumer listening =
                    bound -> System.out.printf("replaying against the twins at http://127.0.0.1:%d%n", bound);
            FidelityReport report;
            if (perSession) {
                ObjectNode given = seed == null ? null : readSeed(seed);
                report = Fidelity.measurePerSession(recordings, session -> given != null
                        ? new Fidelity.Seeded(given, List.of()) : seeded(RecordingSeeder.infer(session)), port, listening);
            } else {
                RecordingSeeder.InferredSeed inferred = seed == null ? RecordingSeeder.infer(recordings) : null;
                ObjectNode universeSeed = inferred != null ? inferred.seed() : readSeed(seed);
                report = Fidelity.measure(recordings, universeSeed, inferred == null ? List.of() : inferred.notes(), port,
                        listening);
            }
            FidelityReports.write(report, out);
            report.byTwin().forEach(s -> System.out.printf("%-7s %6s  (%d exchanges, %d differences)%n", s.twin(),
                    s.percent(), s.exchanges(), s.differences()));
            System.out.printf("overall %6s  report: %s%n", report.overall().percent(), out.resolve(FidelityReports.MARKDOWN));
            return report.overall().value() < minScore ? 1 : 0;
        } catch (RuntimeException e) {
            System.err.println("dtu fidelity: " + RecordingException.oneLine(e));
            return 2;
        }
    }

    private static Fidelity.Seeded seeded(RecordingSeeder.InferredSeed inferred) {
        return new Fidelity.Seeded(inferred.seed(), inferred.notes());
    }

    private static ObjectNode readSeed(Path file) {
        JsonNode doc;
        try {
            doc = Json.parseYaml(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new RecordingException("cannot read the seed " + file + ": " + RecordingException.oneLine(e), e);
        }
        if (!(doc instanceof ObjectNode seed)) {
            throw new RecordingException("cannot read the seed " + file + ": it is not a mapping of people, slack, okta, jira, google");
        }
        return seed;
    }
}
