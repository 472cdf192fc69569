package dev.dtu.recording.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of recordings in WireMock's layout: {@code mappings/*.json} (one mapping per file, or
 * {@code {"mappings": [...]}}) and {@code __files/} for bodies kept apart. A folder holding the JSON files
 * directly is read too.
 */
public final class RecordingFolder {
    public static final String MAPPINGS = "mappings";
    public static final String FILES = "__files";

    private RecordingFolder() {}

    /**
     * Every replayable exchange, in recording order, each with its vendor.
     *
     * @param twin the vendor of every exchange, or null to take it from the recording or its path
     */
    public static Recordings read(Path dir, Vendor twin) {
        Path mappings = Files.isDirectory(dir.resolve(MAPPINGS)) ? dir.resolve(MAPPINGS) : dir;
        if (!Files.isDirectory(mappings)) {
            throw new RecordingException("no recordings folder at " + dir);
        }
        MappingReader reader = new MappingReader(dir.resolve(FILES), twin);
        List<Exchange> exchanges = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : jsonFiles(mappings)) {
            for (StubMapping m : mappingsIn(file)) {
                reader.exchange(file, m, exchanges.size()).ifPresentOrElse(exchanges::add,
                        () -> skipped.add(file.getFileName() + ": request has no exact URL (pattern mappings cannot be replayed)"));
            }
        }
        exchanges.sort(Comparator.comparingLong(Exchange::sequence));
        Recordings recordings = new Recordings(exchanges, skipped);
        recordings.requireVendors();
        return recordings;
    }

    static List<StubMapping> mappingsIn(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new RecordingException("corrupt recording file " + file + ": " + firstLine(e.getMessage()), e);
        }
        try {
            List<StubMapping> out = new ArrayList<>();
            JsonNode list = root != null && root.has("mappings") ? root.get("mappings") : null;
            if (list != null) {
                for (JsonNode n : list) {
                    out.add(Json.MAPPER.treeToValue(n, StubMapping.class));
                }
            } else {
                out.add(Json.MAPPER.treeToValue(root, StubMapping.class));
            }
            for (StubMapping m : out) {
                if (m == null || m.request() == null || m.response() == null) {
                    throw new RecordingException("corrupt recording file " + file + ": a mapping needs a request and a response");
                }
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw new RecordingException("corrupt recording file " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new RecordingException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
