package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.dtu.server.http.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The twin's answer to a replayed request. */
record TwinAnswer(int status, Map<String, List<String>> headers, byte[] body) {
    Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    JsonNode json() {
        try {
            return body.length == 0 ? MissingNode.getInstance() : Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            return MissingNode.getInstance();
        }
    }
}
