package dev.dtu.recording.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.mapping.RequestPattern;
import dev.dtu.recording.mapping.ResponseDefinition;
import dev.dtu.recording.mapping.StubMapping;
import dev.dtu.recording.redact.Redactor;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a captured exchange into a redacted WireMock stub mapping: small bodies inline, large ones under
 * {@code __files}. Files are numbered in the order exchanges completed, which is the order replay uses.
 */
public final class Recorder {
    private final MappingWriter writer;
    private final Redactor redactor;
    private final BodyStore bodies;
    private final Vendor twin;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    /** @param twin the vendor of what the request's path does not name, or null */
    public Recorder(MappingWriter writer, Redactor redactor, Vendor twin, long inlineLimit, Clock clock) {
        this.writer = writer;
        this.redactor = redactor;
        this.bodies = new BodyStore(writer, redactor, inlineLimit);
        this.twin = twin;
        this.clock = clock;
    }

    public long recorded() {
        return sequence.get();
    }

    void record(Captured c) {
        record(c, clock.instant());
    }

    /**
     * Records one exchange as it happened at {@code recordedAt} (null when the source did not say); imports
     * go through here too, so an imported exchange is redacted exactly like a recorded one.
     */
    public void record(Captured c, java.time.Instant recordedAt) {
        record(c, recordedAt, null);
    }

    /** @param session the session the exchange belongs to (an imported cassette), or null */
    public void record(Captured c, java.time.Instant recordedAt, String session) {
        long seq = sequence.incrementAndGet();
        Vendor vendor = Vendor.ofPath(c.path()).orElse(twin);
        for (int attempt = 1; ; attempt++) {
            try {
                write(c, recordedAt, session, seq, vendor, UUID.randomUUID().toString());
                return;
            } catch (RecordingException e) {
                if (attempt == 3 || !e.getMessage().contains("another recording has that name")) {
                    throw e;
                }
            }
        }
    }

    private void write(Captured c, java.time.Instant recordedAt, String session, long seq, Vendor vendor, String id) {
        String slug = String.format(Locale.ROOT, "%04d-%s", seq, slug(vendor, c));
        String fileBase = slug + "-" + id.substring(0, 8);
        RequestPattern request = new RequestPattern(c.method(), url(c), null, null, null, null,
                contentType(c.requestHeader("Content-Type")), bodies.requestPattern(c));
        ResponseDefinition response = bodies.response(c.status(), headers(c.responseHeaders()),
                c.responseHeader("Content-Type"), c.responseBody(), fileBase);
        writer.write(fileBase + ".json", new StubMapping(id, id, name(vendor, c), request, response, true,
                metadata(vendor, seq, c, recordedAt, session)));
    }

    private String url(Captured c) {
        return c.path() + (c.rawQuery() == null ? "" : "?" + redactor.query(c.rawQuery()));
    }

    private static Map<String, JsonNode> contentType(String value) {
        if (value == null) {
            return null;
        }
        String media = value.split(";", 2)[0].strip();
        return Map.of("Content-Type", Json.object().put("contains", media));
    }

    private Map<String, JsonNode> headers(Map<String, List<String>> headers) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            List<String> kept = values.stream().map(v -> redactor.header(name, v)).toList();
            out.put(name, kept.size() == 1 ? TextNode.valueOf(kept.get(0)) : Json.tree(kept));
        });
        return out;
    }

    private ObjectNode metadata(Vendor vendor, long seq, Captured c, java.time.Instant recordedAt, String session) {
        ObjectNode meta = Json.object();
        ObjectNode dtu = meta.putObject("dtu");
        if (vendor != null) {
            dtu.put("vendor", vendor.twin());
        }
        dtu.put("sequence", seq);
        if (session != null) {
            dtu.put("session", session);
        }
        if (recordedAt != null) {
            dtu.put("recordedAt", recordedAt.toString());
        }
        String auth = c.requestHeader("Authorization");
        if (auth != null) {
            dtu.put("credential", redactor.header("Authorization", auth));
        }
        if (!c.requestHeaders().isEmpty()) {
            dtu.set("requestHeaders", Json.tree(headers(c.requestHeaders())));
        }
        return meta;
    }

    private static String name(Vendor vendor, Captured c) {
        return (vendor == null ? "unknown" : vendor.twin()) + " " + c.method() + " " + c.path();
    }

    private static String slug(Vendor vendor, Captured c) {
        String path = c.path().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "");
        if (path.length() > 60) {
            path = path.substring(0, 60);
        }
        return (vendor == null ? "unknown" : vendor.twin()) + "-" + c.method().toLowerCase(Locale.ROOT) + "-" + path;
    }

    static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).matches(".*[/+]json.*");
    }

    static boolean isText(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.contains("xml") || t.contains("x-www-form-urlencoded") || t.contains("javascript");
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
