package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of what the recording itself created (a user, an issue, a file, a channel, a message). The seed is the
 * world before the recording, so none of them is seeded: replayed, their creation happens again as recorded.
 */
final class CreatedDuringRecording {
    private final Map<Vendor, Set<String>> ids = new EnumMap<>(Vendor.class);

    static CreatedDuringRecording of(List<Exchange> exchanges) {
        CreatedDuringRecording created = new CreatedDuringRecording();
        exchanges.stream().filter(Exchange::succeeded).filter(e -> e.vendor() != null).forEach(created::read);
        return created;
    }

    boolean contains(Vendor vendor, String id) {
        return id != null && ids.getOrDefault(vendor, Set.of()).contains(id);
    }

    private void read(Exchange e) {
        JsonNode body = e.json();
        String path = e.path();
        boolean post = e.method().equalsIgnoreCase("POST");
        switch (e.vendor()) {
            case OKTA -> {
                if (post && path.matches("^/api/v1/(users|groups|apps)$")) {
                    add(e.vendor(), body.path("id"));
                }
            }
            case JIRA -> {
                if (post && path.matches("^/rest/api/[23]/(issue|project)$")) {
                    add(e.vendor(), body.path("key"));
                    add(e.vendor(), body.path("id"));
                } else if (post && path.matches("^/rest/api/[23]/issue/[^/]+/comment$")) {
                    add(e.vendor(), body.path("id"));
                }
            }
            case GOOGLE -> {
                if (post && path.matches("^(/upload)?/drive/v3/files(/[^/]+/copy)?$")) {
                    add(e.vendor(), body.path("id"));
                } else if (post && path.equals("/v4/spreadsheets")) {
                    add(e.vendor(), body.path("spreadsheetId"));
                } else if (post && path.equals("/v1/documents")) {
                    add(e.vendor(), body.path("documentId"));
                }
            }
            case SLACK -> {
                if (!body.path("ok").asBoolean(false)) {
                    return;
                }
                if (path.equals("/api/conversations.create")) {
                    add(e.vendor(), body.path("channel").path("id"));
                } else if (path.matches("^/api/chat\\.(postMessage|meMessage)$")) {
                    add(e.vendor(), body.path("ts"));
                }
            }
        }
    }

    private void add(Vendor vendor, JsonNode id) {
        String text = SeedInference.text(id);
        if (text != null) {
            ids.computeIfAbsent(vendor, v -> new HashSet<>()).add(text);
        }
    }
}
