package dev.dtu.server.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Journal entries as JSON, with bodies that were JSON shown as JSON (what the admin API and judges see). */
public final class JournalJson {
    private JournalJson() {}

    public static ArrayNode of(List<JournalEntry> entries) {
        ArrayNode out = Json.array();
        for (JournalEntry e : entries) {
            ObjectNode node = (ObjectNode) Json.tree(e);
            node.put("atMs", e.at().toEpochMilli()); // handy for scripts comparing times
            node.set("requestBody", body(e.requestBody()));
            node.set("responseBody", body(e.responseBody()));
            out.add(node);
        }
        return out;
    }

    public static JsonNode body(String body) {
        if (body == null || body.isEmpty()) {
            return Json.MAPPER.nullNode();
        }
        char first = body.charAt(0);
        if (first == '{' || first == '[') {
            try {
                return Json.parse(body.getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                // not JSON after all: keep the text
            }
        }
        return Json.MAPPER.getNodeFactory().textNode(body);
    }
}
