package dev.dtu.recording.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.redact.JsonRedaction;
import dev.dtu.recording.redact.Redactor;
import dev.dtu.server.http.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Brings an existing WireMock mappings folder into DTU's recordings: every mapping is checked (a corrupt
 * file is named), given its vendor, redacted like a fresh recording, numbered, and written to a new
 * folder, which appears only once everything was read.
 */
public final class WireMockImport {
    private final Redactor redactor;

    public WireMockImport(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Imports {@code from} into {@code to} (which must not exist yet); returns how many mappings came over. */
    public int run(Path from, Path to, Vendor twin) {
        if (Files.exists(to)) {
            throw new RecordingException(to + " already exists; import into a new folder");
        }
        RecordingFolder.read(from, twin);
        Path mappings = Files.isDirectory(from.resolve(RecordingFolder.MAPPINGS)) ? from.resolve(RecordingFolder.MAPPINGS) : from;
        MappingReader reader = new MappingReader(from.resolve(RecordingFolder.FILES), twin);
        Path staging = to.resolveSibling("." + to.getFileName() + ".importing-" + UUID.randomUUID());
        try {
            MappingWriter writer = new MappingWriter(staging);
            int n = 0;
            for (Path file : files(mappings)) {
                for (StubMapping m : RecordingFolder.mappingsIn(file)) {
                    java.util.Optional<Exchange> checked = reader.exchange(file, m, n);
                    if (checked.isPresent()) {
                        n++;
                        String name = String.format("%04d-%s.json", n, file.getFileName().toString().replaceAll("\\.json$", ""));
                        writer.write(name, imported(m, n, from, checked.get()));
                    }
                }
            }
            Files.createDirectories(staging);
            Files.move(staging, to);
            return n;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            throw e instanceof RecordingException re ? re
                    : new RecordingException("cannot import into " + to + ": " + e.getMessage(), e);
        }
    }

    private StubMapping imported(StubMapping m, int sequence, Path from, Exchange checked) {
        ObjectNode meta = m.metadata() == null ? Json.object() : m.metadata().deepCopy();
        ObjectNode dtu = meta.has("dtu") ? (ObjectNode) meta.get("dtu") : meta.putObject("dtu");
        dtu.put("vendor", checked.vendor().twin()).put("sequence", sequence).put("importedFrom", from.toString());
        RequestPattern rq = m.request();
        String url = rq.url() == null ? null : redactUrl(rq.url());
        RequestPattern request = new RequestPattern(rq.method(), url, rq.urlPath(), rq.urlPattern(), rq.urlPathPattern(),
                rq.queryParameters(), rq.headers(), rq.bodyPatterns());
        ResponseDefinition rs = m.response();
        JsonNode jsonBody = rs.jsonBody();
        String body = rs.body();
        if (rs.bodyFileName() != null) {
            byte[] bytes = checked.body().bytes();
            JsonNode parsed = checked.json();
            if (!parsed.isMissingNode()) {
                jsonBody = parsed;
            } else {
                body = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        ResponseDefinition response = new ResponseDefinition(rs.status(), headers(rs.headers()),
                jsonBody == null ? null : redactJson(jsonBody), body == null ? null : redactBody(body), rs.base64Body(), null);
        String id = m.id() != null ? m.id() : UUID.randomUUID().toString();
        return new StubMapping(id, m.uuid() != null ? m.uuid() : id, m.name(), request, response, m.persistent(), meta);
    }

    private String redactUrl(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q + 1) + redactor.query(url.substring(q + 1));
    }

    private Map<String, JsonNode> headers(Map<String, JsonNode> headers) {
        if (headers == null) {
            return null;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (v.isArray()) {
                List<String> values = new ArrayList<>();
                v.forEach(x -> values.add(redactor.header(k, x.asText())));
                out.put(k, Json.tree(values));
            } else {
                out.put(k, TextNode.valueOf(redactor.header(k, v.asText())));
            }
        });
        return out;
    }

    private JsonNode redactJson(JsonNode body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JsonRedaction(redactor).copy(new ByteArrayInputStream(Json.bytes(body)), out);
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new RecordingException("cannot redact a JSON body: " + e.getMessage(), e);
        }
    }

    private String redactBody(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return Json.text(redactJson(Json.MAPPER.readTree(trimmed)));
            } catch (IOException e) {
                return redactor.text(body);
            }
        }
        return redactor.text(body);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the staging folder is hidden and named as such
        }
    }
}
