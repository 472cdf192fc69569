package dev.dtu.recording.importing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Body bytes as the recording tools keep them: text, base64, YAML {@code !!binary}, JSON values, gzip. */
final class Bodies {
    private Bodies() {}

    /** A YAML/JSON body value: binary (YAML's {@code !!binary}) as is, text as UTF-8, JSON as its text. */
    static byte[] of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return new byte[0];
        }
        if (value.isBinary()) {
            try {
                return value.binaryValue();
            } catch (IOException e) {
                return new byte[0];
            }
        }
        if (value.isTextual()) {
            return value.asText().getBytes(StandardCharsets.UTF_8);
        }
        return Json.bytes(value);
    }

    static byte[] base64(String text) {
        return Base64.getMimeDecoder().decode(text);
    }

    /**
     * The body as the application read it: gzip or deflate undone. The headers lose {@code Content-Encoding}
     * and {@code Content-Length} once the body is decoded (HAR keeps decoded content under a gzip header).
     */
    static byte[] decoded(byte[] body, Map<String, List<String>> headers) {
        String encoding = header(headers, "Content-Encoding");
        if (encoding == null) {
            return body;
        }
        String e = encoding.strip().toLowerCase(Locale.ROOT);
        boolean gzipped = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        byte[] out = body;
        if (e.equals("gzip") || e.equals("x-gzip")) {
            out = gzipped ? inflate(body, true) : body;
        } else if (e.equals("deflate")) {
            out = body.length > 0 && looksDeflated(body) ? inflate(body, false) : body;
        } else if (!e.equals("identity")) {
            return body;
        }
        if (out == null) {
            return body;
        }
        headers.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Encoding") || k.equalsIgnoreCase("Content-Length"));
        return out;
    }

    private static boolean looksDeflated(byte[] body) {
        return (body[0] & 0x0f) == 8 && ((body[0] & 0xff) * 256 + (body[1] & 0xff)) % 31 == 0;
    }

    private static byte[] inflate(byte[] body, boolean gzip) {
        try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(body))
                : new InflaterInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0)).findFirst().orElse(null);
    }
}
