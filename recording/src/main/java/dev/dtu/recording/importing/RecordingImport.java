package dev.dtu.recording.importing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.mapping.WireMockImport;
import dev.dtu.recording.proxy.Captured;
import dev.dtu.recording.proxy.Recorder;
import dev.dtu.recording.redact.Redactor;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code dtu record import}: recordings other tools made (WireMock mappings, VCR cassettes, HAR files, nock
 * recordings) become DTU recordings. Foreign exchanges go through the {@link Recorder}, so they are redacted,
 * numbered in their recorded order and stamped with their recorded time exactly as a live recording would be;
 * the new folder appears only once every file was read.
 */
public final class RecordingImport {
    private static final long INLINE_LIMIT = 262_144;
    private final Redactor redactor;

    public RecordingImport(Redactor redactor) {
        this.redactor = redactor;
    }

    /**
     * Imports {@code from} (a file or a folder of them) into the new folder {@code to}; returns how many exchanges
     * came over.
     *
     * @param format the format, or null to tell it from each file
     * @param twin the vendor of exchanges whose path names none, or null
     */
    public int run(Path from, Path to, RecordingFormat format, Vendor twin) {
        if (Files.exists(to)) {
            throw new RecordingException(to + " already exists; import into a new folder");
        }
        if (!Files.exists(from)) {
            throw new RecordingException("unreadable recording " + from + ": no such file or folder");
        }
        if (Files.isDirectory(from) && (format == RecordingFormat.WIREMOCK
                || (format == null && Files.isDirectory(from.resolve(RecordingFolder.MAPPINGS))))) {
            return new WireMockImport(redactor).run(from, to, twin);
        }
        List<Path> files = files(from);
        List<Parsed> parsed = new ArrayList<>();
        for (Path f : files) {
            JsonNode root = parse(f);
            RecordingFormat found = format != null ? format : RecordingFormat.of(root).orElseThrow(() ->
                    new RecordingException("unreadable recording " + f + ": not a WireMock mapping, VCR cassette, HAR file or nock recording"));
            parsed.add(new Parsed(f, root, found, session(from, f)));
        }
        if (parsed.isEmpty()) {
            throw new RecordingException("unreadable recording " + from + ": no .json, .yml, .yaml or .har files in it");
        }
        if (parsed.stream().allMatch(p -> p.format == RecordingFormat.WIREMOCK)) {
            return new WireMockImport(redactor).run(from, to, twin);
        }
        if (parsed.stream().anyMatch(p -> p.format == RecordingFormat.WIREMOCK)) {
            throw new RecordingException("cannot import " + from + ": it mixes WireMock mappings with other recordings; import them apart");
        }
        return write(parsed, to, twin);
    }

    private int write(List<Parsed> parsed, Path to, Vendor twin) {
        List<ForeignExchange> exchanges = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (Parsed p : parsed) {
            List<ForeignExchange> read = read(p);
            exchanges.addAll(read);
            read.forEach(e -> sessions.add(p.session));
        }
        requireVendors(exchanges, twin);
        Path staging = to.toAbsolutePath().resolveSibling("." + to.getFileName() + ".importing-" + UUID.randomUUID());
        try {
            Recorder recorder = new Recorder(new MappingWriter(staging), redactor, twin, INLINE_LIMIT, Clock.systemUTC());
            for (int i = 0; i < exchanges.size(); i++) {
                record(recorder, exchanges.get(i), sessions.get(i));
            }
            Files.createDirectories(staging);
            Files.move(staging, to);
            return exchanges.size();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            throw e instanceof RecordingException re ? re
                    : new RecordingException("cannot import into " + to + ": " + e.getMessage(), e);
        }
    }

    private static List<ForeignExchange> read(Parsed p) {
        try {
            return switch (p.format) {
                case VCR -> Cassettes.read(p.root, p.file.toString());
                case HAR -> Har.read(p.root);
                case NOCK -> Nock.read(p.root);
                case WIREMOCK -> throw new IllegalStateException("WireMock mappings are imported by WireMockImport");
            };
        } catch (IllegalArgumentException e) {
            throw new RecordingException("unreadable recording " + p.file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static void record(Recorder recorder, ForeignExchange e, String session) throws IOException {
        Path request = Files.createTempFile("dtu-import-rq", ".body");
        Path response = Files.createTempFile("dtu-import-rs", ".body");
        try {
            Files.write(request, e.requestBody());
            Files.write(response, e.responseBody());
            recorder.record(new Captured(e.method(), e.path(), e.rawQuery(), e.requestHeaders(), request, e.status(),
                    e.responseHeaders(), response), e.recordedAt(), session);
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(response);
        }
    }

    private static void requireVendors(List<ForeignExchange> exchanges, Vendor twin) {
        if (twin != null) {
            return;
        }
        List<ForeignExchange> unknown = exchanges.stream().filter(e -> Vendor.ofPath(e.path()).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new RecordingException("cannot tell which twin " + unknown.size() + " recording(s) belong to, e.g. "
                    + unknown.get(0).method() + " " + unknown.get(0).path() + "; pass --twin slack|okta|jira|google");
        }
    }

    private static JsonNode parse(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".yml") || name.endsWith(".yaml") ? Json.YAML.readTree(f.toFile())
                    : Json.MAPPER.readTree(f.toFile());
        } catch (IOException | RuntimeException e) {
            throw new RecordingException("unreadable recording " + f + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static List<Path> files(Path from) {
        if (!Files.isDirectory(from)) {
            return List.of(from);
        }
        try (Stream<Path> s = Files.walk(from)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                    .matches("[^.].*\\.(json|ya?ml|har)")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new RecordingException("unreadable recording " + from + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the staging folder is hidden and named as such
        }
    }

    /** One recording file; each is a session of its own (a cassette is one test's conversation with the vendor). */
    private record Parsed(Path file, JsonNode root, RecordingFormat format, String session) {}

    private static String session(Path from, Path file) {
        return (Files.isDirectory(from) ? from.relativize(file) : file.getFileName()).toString().replace('\\', '/');
    }
}
