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
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[^=&\\s]+=[^&\\s]*(&[^=&\\s]+=[^&\\s]*)*");
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
        String credential = dtu.hasNonNull("credential") ? dtu.get("credential").asText() : matched(rq.headers(), "Authorization");
        if (credential != null) {
            dtu.put("credential", redactor.header("Authorization", credential));
        }
        String url = rq.url() == null ? null : redactUrl(rq.url());
        RequestPattern request = new RequestPattern(rq.method(), url, rq.urlPath(), rq.urlPattern(), rq.urlPathPattern(),
                matchers(rq.queryParameters(), (name, v) -> Redactor.isSecretParam(name) ? redactor.secret(v) : redactor.text(v)),
                matchers(rq.headers(), redactor::header), bodyPatterns(rq.bodyPatterns()));
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

    /** The value a header matcher names ({@code equalTo}, {@code contains}, …), or null. */
    private static String matched(Map<String, JsonNode> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().isTextual() ? e.getValue().asText()
                        : e.getValue().path("equalTo").asText(e.getValue().path("contains").asText(null)))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Header or query matchers with every string they compare against redacted as that header or parameter. */
    private static Map<String, JsonNode> matchers(Map<String, JsonNode> matchers,
            java.util.function.BinaryOperator<String> redact) {
        if (matchers == null) {
            return null;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        matchers.forEach((name, m) -> out.put(name, redactStrings(m, v -> redact.apply(name, v))));
        return out;
    }

    private static JsonNode redactStrings(JsonNode node, java.util.function.UnaryOperator<String> redact) {
        if (node.isTextual()) {
            return TextNode.valueOf(redact.apply(node.asText()));
        }
        JsonNode copy = node.deepCopy();
        if (copy.isObject()) {
            ((ObjectNode) copy).properties().forEach(e -> e.setValue(redactStrings(e.getValue(), redact)));
        } else if (copy.isArray()) {
            for (int i = 0; i < copy.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, redactStrings(copy.get(i), redact));
            }
        }
        return copy;
    }

    /** Body matchers: JSON redacted as JSON, forms as forms, other text for tokens, binary that is text likewise. */
    private List<ObjectNode> bodyPatterns(List<ObjectNode> patterns) {
        if (patterns == null) {
            return null;
        }
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode p : patterns) {
            ObjectNode copy = p.deepCopy();
            copy.properties().forEach(e -> {
                JsonNode v = e.getValue();
                if (e.getKey().equals("equalToJson") || e.getKey().equals("matchesJsonPath")) {
                    e.setValue(v.isTextual() ? TextNode.valueOf(redactBody(v.asText())) : redactJson(v));
                } else if (e.getKey().equals("binaryEqualTo") && v.isTextual()) {
                    e.setValue(TextNode.valueOf(redactBinary(v.asText())));
                } else if (v.isTextual()) {
                    e.setValue(TextNode.valueOf(redactBody(v.asText())));
                }
            });
            out.add(copy);
        }
        return out;
    }

    private String redactBinary(String base64) {
        try {
            byte[] bytes = java.util.Base64.getDecoder().decode(base64);
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return java.util.Base64.getEncoder().encodeToString(
                    redactBody(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return base64;
        }
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
        if (FORM.matcher(trimmed).matches()) {
            return redactor.query(trimmed);
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
