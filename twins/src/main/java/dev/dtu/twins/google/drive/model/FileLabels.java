package dev.dtu.twins.google.drive.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.state.Kind;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Drive labels applied to one file (files.modifyLabels, files.listLabels, File.labelInfo): each a Label
 * resource ({@code kind} drive#label, {@code id}, {@code fields} by field id), keyed by label id. The twin keeps no
 * Drive Labels API, so any label id and field id is taken as it is written.
 */
public record FileLabels(String fileId, Map<String, JsonNode> labels) {
    public static final Kind<FileLabels> LABELS = Kind.of("google", "fileLabels", FileLabels.class);

    public FileLabels {
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
