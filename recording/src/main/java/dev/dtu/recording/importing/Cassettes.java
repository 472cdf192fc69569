package dev.dtu.recording.importing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.RecordingException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VCR cassettes: Ruby VCR's {@code http_interactions} (bodies as {@code string} or {@code base64_string},
 * a {@code recorded_at} per interaction) and vcrpy's {@code interactions} (bodies as text or YAML
 * {@code !!binary}, no time), in YAML or JSON.
 */
final class Cassettes {
    private Cassettes() {}

    static boolean isCassette(JsonNode root) {
        return root != null && root.isObject() && (root.path("http_interactions").isArray() || root.path("interactions").isArray());
    }

    static List<ForeignExchange> read(JsonNode root, String source) {
        JsonNode list = root.path("http_interactions").isArray() ? root.get("http_interactions") : root.path("interactions");
        List<ForeignExchange> out = new ArrayList<>();
        for (JsonNode i : list) {
            JsonNode rq = i.path("request");
            JsonNode rs = i.path("response");
            String uri = rq.path("uri").asText(null);
            if (uri == null) {
                throw new RecordingException("unreadable recording " + source + ": interaction " + (out.size() + 1) + " has no request uri");
            }
            String[] pq = ForeignExchange.pathAndQuery(uri);
            Map<String, List<String>> responseHeaders = headers(rs.path("headers"));
            byte[] responseBody = Bodies.decoded(body(rs.path("body")), responseHeaders);
            Map<String, List<String>> requestHeaders = headers(rq.path("headers"));
            out.add(new ForeignExchange(rq.path("method").asText("GET").toUpperCase(Locale.ROOT), pq[0], pq[1],
                    requestHeaders, Bodies.decoded(body(rq.path("body")), requestHeaders), status(rs.path("status")),
                    responseHeaders, responseBody, time(i.path("recorded_at").asText(null))));
        }
        return out;
    }

    /** Ruby: {@code {encoding, string | base64_string}}; vcrpy: the body itself or {@code {string: ...}}. */
    private static byte[] body(JsonNode body) {
        if (body.isObject()) {
            if (body.hasNonNull("base64_string")) {
                return Bodies.base64(body.get("base64_string").asText());
            }
            return Bodies.of(body.get("string"));
        }
        return Bodies.of(body);
    }

    private static int status(JsonNode status) {
        return status.isObject() ? status.path("code").asInt(200) : status.asInt(200);
    }

    private static Map<String, List<String>> headers(JsonNode headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.properties().forEach(h -> {
            List<String> values = new ArrayList<>();
            if (h.getValue().isArray()) {
                h.getValue().forEach(v -> values.add(v.asText()));
            } else if (!h.getValue().isNull()) {
                values.add(h.getValue().asText());
            }
            out.put(h.getKey(), values);
        });
        return out;
    }

    /** Ruby VCR writes {@code recorded_at} as an HTTP date ("Tue, 01 Jan 2019 00:00:00 GMT"). */
    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
