package dev.dtu.cli;

import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.seeding.RecordingSeeder;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu seed from-recordings}: a universe seed inferred from recorded answers. */
@Command(name = "seed", mixinStandardHelpOptions = true, description = "Work with universe seeds.",
        subcommands = {SeedCommand.FromRecordings.class})
final class SeedCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "from-recordings", mixinStandardHelpOptions = true,
            description = "Infer a seed (people, Slack, Okta, Jira, Google) from a recordings folder.")
    static final class FromRecordings implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "Recordings folder (dtu record --out, or WireMock's).")
        Path dir;

        @Option(names = "--out", defaultValue = "seed.yaml", description = "Seed file to write (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--twin", description = "slack, okta, jira or google, for recordings whose path names no vendor.")
        String twin;

        @Override
        public Integer call() {
            try {
                RecordingSeeder.InferredSeed seed = RecordingSeeder.infer(
                        RecordingFolder.read(dir, twin == null ? null : Vendor.named(twin)));
                write(seed);
                seed.notes().forEach(n -> System.err.println("note: " + n));
                System.out.printf("dtu seed: %d people written to %s%n", seed.seed().path("people").size(), out);
                return 0;
            } catch (RuntimeException e) {
                System.err.println("dtu seed from-recordings: " + RecordingException.oneLine(e));
                return 2;
            }
        }

        private void write(RecordingSeeder.InferredSeed seed) {
            try {
                Path parent = out.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path tmp = Files.createTempFile(parent, ".seed-", ".tmp");
                Json.YAML.writeValue(tmp.toFile(), seed.seed());
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new RecordingException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
    }
}
