package dev.dtu.recording.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * nock recordings ({@code nock.recorder.rec({output_objects: true})}, nockBack fixtures): a JSON array of
 * {@code {scope, method, path, body, status, response, rawHeaders | headers, reqheaders}}. A gzipped
 * response is an array of hex chunks; {@code responseIsBinary} marks a hex-encoded body.
 */
final class Nock {
    private Nock() {}

    static boolean isNock(JsonNode root) {
        return root != null && root.isArray() && !root.isEmpty() && root.get(0).has("scope") && root.get(0).has("path");
    }

    static List<ForeignExchange> read(JsonNode root) {
        List<ForeignExchange> out = new ArrayList<>();
        for (JsonNode d : root) {
            String[] pq = ForeignExchange.pathAndQuery(d.path("path").asText("/"));
            Map<String, List<String>> responseHeaders = responseHeaders(d);
            byte[] body = response(d, responseHeaders);
            Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
            d.path("reqheaders").properties().forEach(h -> requestHeaders.put(h.getKey(), values(h.getValue())));
            out.add(new ForeignExchange(d.path("method").asText("GET").toUpperCase(Locale.ROOT), pq[0], pq[1],
                    requestHeaders, Bodies.of(d.get("body")), d.path("status").asInt(200), responseHeaders,
                    Bodies.decoded(body, responseHeaders), null));
        }
        return out;
    }

    private static byte[] response(JsonNode d, Map<String, List<String>> headers) {
        JsonNode r = d.get("response");
        boolean encoded = Bodies.header(headers, "Content-Encoding") != null;
        if (r != null && r.isArray() && encoded && allHex(r)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.forEach(chunk -> out.writeBytes(HexFormat.of().parseHex(chunk.asText())));
            return out.toByteArray();
        }
        if (r != null && r.isTextual() && d.path("responseIsBinary").asBoolean(false) && isHex(r.asText())) {
            return HexFormat.of().parseHex(r.asText());
        }
        return Bodies.of(r);
    }

    private static boolean allHex(JsonNode chunks) {
        for (JsonNode c : chunks) {
            if (!c.isTextual() || !isHex(c.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s) {
        return s.length() % 2 == 0 && s.matches("[0-9a-fA-F]*");
    }

    private static Map<String, List<String>> responseHeaders(JsonNode d) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        JsonNode raw = d.path("rawHeaders");
        if (raw.isArray()) {
            for (int i = 0; i + 1 < raw.size(); i += 2) {
                out.computeIfAbsent(raw.get(i).asText(), k -> new ArrayList<>()).add(raw.get(i + 1).asText());
            }
        } else if (raw.isObject()) {
            raw.properties().forEach(h -> out.put(h.getKey(), values(h.getValue())));
        } else {
            d.path("headers").properties().forEach(h -> out.put(h.getKey(), values(h.getValue())));
        }
        return out;
    }

    private static List<String> values(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }
}
