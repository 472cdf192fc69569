package dev.dtu.recording.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a stub mapping into the exchange it recorded. */
final class MappingReader {
    private final Path files;
    private final Vendor twin;

    MappingReader(Path files, Vendor twin) {
        this.files = files;
        this.twin = twin;
    }

    Optional<Exchange> exchange(Path file, StubMapping m, int index) {
        RequestPattern rq = m.request();
        String url = rq.url() != null ? rq.url() : rq.urlPath();
        if (url == null) {
            return Optional.empty();
        }
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, List<String>> query = new LinkedHashMap<>(QueryStrings.parse(q < 0 ? "" : url.substring(q + 1)));
        if (rq.queryParameters() != null) {
            rq.queryParameters().forEach((k, v) -> query.put(k, List.of(matchedValue(v))));
        }
        JsonNode dtu = m.metadata() == null ? Json.object() : m.metadata().path("dtu");
        Vendor vendor = Vendor.ofPath(path)
                .orElse(dtu.hasNonNull("vendor") ? Vendor.named(dtu.get("vendor").asText()) : twin);
        String method = rq.method() == null || rq.method().equals("ANY") ? "GET" : rq.method();
        ResponseDefinition rs = m.response();
        return Optional.of(new Exchange(file.getFileName().toString(), dtu.path("sequence").asLong(index), vendor, method,
                path, query, headerPattern(rq, "Content-Type"), requestBody(rq), dtu.path("credential").asText(null),
                rs.status() == null ? 200 : rs.status(), headers(rs.headers()), body(file, rs),
                dtu.path("session").asText(null)));
    }

    /**
     * The value a query matcher stands for: {@code equalTo}, {@code equalToIgnoreCase} or {@code contains} as
     * written, the first of {@code hasExactly}/{@code includes}; a {@code matches} regex names no value.
     */
    private static String matchedValue(JsonNode matcher) {
        if (matcher.isTextual()) {
            return matcher.asText();
        }
        for (String kind : List.of("equalTo", "equalToIgnoreCase", "contains")) {
            if (matcher.path(kind).isValueNode()) {
                return matcher.get(kind).asText();
            }
        }
        for (String kind : List.of("hasExactly", "includes")) {
            if (matcher.path(kind).isArray() && !matcher.get(kind).isEmpty()) {
                return matchedValue(matcher.get(kind).get(0));
            }
        }
        return "";
    }

    private static String headerPattern(RequestPattern rq, String name) {
        if (rq.headers() == null) {
            return null;
        }
        return rq.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().path("equalTo").asText(e.getValue().path("contains").asText(null)))
                .findFirst().orElse(null);
    }

    private static byte[] requestBody(RequestPattern rq) {
        if (rq.bodyPatterns() == null || rq.bodyPatterns().isEmpty()) {
            return new byte[0];
        }
        ObjectNode p = rq.bodyPatterns().get(0);
        if (p.has("equalToJson")) {
            JsonNode v = p.get("equalToJson");
            return (v.isTextual() ? v.asText() : Json.text(v)).getBytes(StandardCharsets.UTF_8);
        }
        if (p.has("binaryEqualTo")) {
            return Base64.getDecoder().decode(p.get("binaryEqualTo").asText());
        }
        return p.path("equalTo").asText("").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(Map<String, JsonNode> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> {
                List<String> values = new ArrayList<>();
                if (v.isArray()) {
                    v.forEach(x -> values.add(x.asText()));
                } else {
                    values.add(v.asText());
                }
                out.put(k, values);
            });
        }
        return out;
    }

    private RecordedBody body(Path file, ResponseDefinition rs) {
        if (rs.jsonBody() != null) {
            return new RecordedBody.Inline(Json.bytes(rs.jsonBody()), rs.jsonBody());
        }
        if (rs.base64Body() != null) {
            try {
                return new RecordedBody.Inline(Base64.getDecoder().decode(rs.base64Body()), null);
            } catch (IllegalArgumentException e) {
                throw new RecordingException("corrupt recording file " + file + ": base64Body is not base64");
            }
        }
        if (rs.bodyFileName() != null) {
            Path body = files.resolve(rs.bodyFileName()).normalize();
            if (!body.startsWith(files.normalize()) || !Files.isRegularFile(body)) {
                throw new RecordingException("corrupt recording file " + file + ": its body file __files/"
                        + rs.bodyFileName() + " is missing");
            }
            return new RecordedBody.InFile(body);
        }
        return rs.body() == null ? RecordedBody.empty()
                : new RecordedBody.Inline(rs.body().getBytes(StandardCharsets.UTF_8), null);
    }
}
