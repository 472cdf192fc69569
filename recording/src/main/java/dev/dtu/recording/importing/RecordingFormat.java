package dev.dtu.recording.importing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.RecordingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The recording formats {@code dtu record import} reads. */
public enum RecordingFormat {
    WIREMOCK, VCR, HAR, NOCK;

    public static RecordingFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new RecordingException("unknown format '" + name + "' ("
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")"));
    }

    /** The format a parsed file is in, when its shape says so. */
    static Optional<RecordingFormat> of(JsonNode root) {
        if (Cassettes.isCassette(root)) {
            return Optional.of(VCR);
        }
        if (Har.isHar(root)) {
            return Optional.of(HAR);
        }
        if (Nock.isNock(root)) {
            return Optional.of(NOCK);
        }
        if (root != null && root.isObject() && (root.has("mappings") || (root.has("request") && root.has("response")))) {
            return Optional.of(WIREMOCK);
        }
        return Optional.empty();
    }
}
