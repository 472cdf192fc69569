package dev.dtu.cli;

import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.importing.RecordingFormat;
import dev.dtu.recording.importing.RecordingImport;
import dev.dtu.recording.proxy.Recorder;
import dev.dtu.recording.proxy.RecordingProxy;
import dev.dtu.recording.proxy.TargetProbe;
import dev.dtu.recording.redact.Placeholders;
import dev.dtu.recording.redact.Redactor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu record}: a recording proxy in front of the real vendor; {@code dtu record import}. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record real traffic through a proxy into WireMock stub mappings (secrets redacted).",
        subcommands = {RecordCommand.Import.class})
final class RecordCommand implements Callable<Integer> {
    @Option(names = "--target", description = "The real vendor's base URL, e.g. https://acme.slack.com")
    URI target;

    @Option(names = "--listen", defaultValue = "8089", description = "Port the proxy listens on (default: ${DEFAULT-VALUE}).")
    int listen;

    @Option(names = "--out", description = "Recordings folder (mappings/ and __files/ are created in it).")
    Path out;

    @Option(names = "--twin", description = "slack, okta, jira or google, for requests whose path names no vendor.")
    String twin;

    @Option(names = "--redact-emails", description = "Replace email addresses too.")
    boolean redactEmails;

    @Option(names = "--inline-limit", defaultValue = "262144",
            description = "Bodies larger than this many bytes go to __files (default: ${DEFAULT-VALUE}).")
    long inlineLimit;

    @Override
    public Integer call() throws InterruptedException {
        if (target == null || out == null) {
            System.err.println("dtu record: --target and --out are required");
            return 2;
        }
        try {
            Vendor vendor = twin == null ? null : Vendor.named(twin);
            TargetProbe.check(target, 5000);
            Recorder recorder = new Recorder(new MappingWriter(out), new Redactor(new Placeholders(), redactEmails), vendor,
                    inlineLimit, Clock.systemUTC());
            RecordingProxy proxy = new RecordingProxy(target, listen, recorder, System.err).start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                proxy.close();
                System.out.printf("dtu record: %d exchange(s) recorded in %s%n", recorder.recorded(), out);
                stopped.countDown();
            }));
            System.out.printf("dtu record: http://127.0.0.1:%d -> %s, recording into %s (Ctrl-C to stop)%n",
                    proxy.port(), target, out);
            System.out.flush();
            stopped.await();
            return 0;
        } catch (RecordingException e) {
            System.err.println("dtu record: " + e.getMessage());
            return 2;
        }
    }

    @Command(name = "import", aliases = "import-wiremock", mixinStandardHelpOptions = true,
            description = "Import recordings other tools made (WireMock mappings, VCR cassettes, HAR files, nock recordings) "
                    + "as DTU recordings (redacted, vendor-tagged, in recorded order).")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE",
                description = "A WireMock root or mappings folder, a cassette/HAR/nock file, or a folder of them.")
        Path source;

        @Option(names = "--out", required = true, description = "New recordings folder to write.")
        Path out;

        @Option(names = "--format", description = "wiremock, vcr (Ruby VCR or vcrpy), har or nock (default: told from each file).")
        String format;

        @Option(names = "--twin", description = "slack, okta, jira or google, for requests whose path names no vendor.")
        String twin;

        @Option(names = "--redact-emails", description = "Replace email addresses too.")
        boolean redactEmails;

        @Override
        public Integer call() {
            try {
                int n = new RecordingImport(new Redactor(new Placeholders(), redactEmails)).run(source, out,
                        format == null ? null : RecordingFormat.named(format), twin == null ? null : Vendor.named(twin));
                System.out.printf("dtu record import: %d exchange(s) imported into %s%n", n, out);
                return 0;
            } catch (RuntimeException e) {
                System.err.println("dtu record import: " + RecordingException.oneLine(e));
                return 2;
            }
        }
    }
}
