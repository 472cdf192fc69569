package dev.dtu.recording.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.mapping.ResponseDefinition;
import dev.dtu.recording.redact.JsonRedaction;
import dev.dtu.recording.redact.Redactor;
import dev.dtu.server.http.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Where a recorded body goes once redacted: inline in the mapping when it is at most {@code inlineLimit}
 * bytes, else a file under {@code __files}. JSON and text are redacted as streams; other bodies (file
 * downloads) are kept as they are.
 */
final class BodyStore {
    private final MappingWriter writer;
    private final Redactor redactor;
    private final JsonRedaction json;
    private final long inlineLimit;

    BodyStore(MappingWriter writer, Redactor redactor, long inlineLimit) {
        this.writer = writer;
        this.redactor = redactor;
        this.json = new JsonRedaction(redactor);
        this.inlineLimit = inlineLimit;
    }

    List<ObjectNode> requestPattern(Captured c) {
        long size = Recorder.size(c.requestBody());
        if (size == 0 || size > inlineLimit) {
            return null;
        }
        byte[] bytes = read(c.requestBody());
        String type = c.requestHeader("Content-Type") != null ? c.requestHeader("Content-Type") : sniff(bytes);
        ObjectNode pattern = Json.object();
        if (Recorder.isJson(type)) {
            pattern.put("equalToJson", new String(redactJson(bytes), StandardCharsets.UTF_8));
        } else if (type != null && type.contains("x-www-form-urlencoded")) {
            pattern.put("equalTo", redactor.query(new String(bytes, StandardCharsets.UTF_8)));
        } else if (Recorder.isText(type)) {
            pattern.put("equalTo", redactor.text(new String(bytes, StandardCharsets.UTF_8)));
        } else {
            pattern.put("binaryEqualTo", Base64.getEncoder().encodeToString(bytes));
        }
        return List.of(pattern);
    }

    /**
     * The type of a body sent without a {@code Content-Type} (nock and some cassettes leave it out): JSON, a form,
     * text, or null for bytes that are not UTF-8 text. A secret in it is then redacted like a typed one.
     */
    private static String sniff(byte[] bytes) {
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        String text;
        try {
            text = utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString().strip();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return "application/json";
        }
        return FORM.matcher(text).matches() ? "application/x-www-form-urlencoded" : "text/plain";
    }

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[^=&\\s]+=[^&\\s]*(&[^=&\\s]+=[^&\\s]*)*");

    ResponseDefinition response(int status, Map<String, JsonNode> headers, String type, Path body, String fileBase) {
        if (Recorder.size(body) == 0) {
            return new ResponseDefinition(status, headers, null, null, null, null);
        }
        try {
            if (Recorder.isJson(type)) {
                Path redacted = Files.createTempFile("dtu-rec-json", ".json");
                try {
                    if (redactJson(body, redacted)) {
                        return kept(status, headers, redacted, fileBase + ".json", true);
                    }
                } finally {
                    Files.deleteIfExists(redacted);
                }
            }
            if (Recorder.isText(type) || Recorder.isJson(type)) {
                Path redacted = Files.createTempFile("dtu-rec-text", ".txt");
                try {
                    redactText(body, redacted);
                    return kept(status, headers, redacted, fileBase + ".txt", false);
                } finally {
                    Files.deleteIfExists(redacted);
                }
            }
            if (Recorder.size(body) <= inlineLimit) {
                return new ResponseDefinition(status, headers, null, null,
                        Base64.getEncoder().encodeToString(Files.readAllBytes(body)), null);
            }
            return new ResponseDefinition(status, headers, null, null, null, writer.keepBody(body, fileBase + ".bin"));
        } catch (IOException e) {
            throw new RecordingException("cannot store the response body: " + e.getMessage(), e);
        }
    }

    private ResponseDefinition kept(int status, Map<String, JsonNode> headers, Path body, String fileName, boolean isJson)
            throws IOException {
        if (Recorder.size(body) > inlineLimit) {
            return new ResponseDefinition(status, headers, null, null, null, writer.keepBody(body, fileName));
        }
        if (isJson) {
            return new ResponseDefinition(status, headers, Json.MAPPER.readTree(body.toFile()), null, null, null);
        }
        return new ResponseDefinition(status, headers, null, Files.readString(body, StandardCharsets.UTF_8), null, null);
    }

    /** False when the body is not JSON after all. */
    private boolean redactJson(Path in, Path out) {
        try (InputStream i = Files.newInputStream(in); OutputStream o = Files.newOutputStream(out)) {
            json.copy(i, o);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private byte[] redactJson(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            json.copy(new java.io.ByteArrayInputStream(body), out);
            return out.toByteArray();
        } catch (IOException e) {
            return redactor.text(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private void redactText(Path in, Path out) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int c;
            StringBuilder line = new StringBuilder();
            while ((c = r.read()) != -1) {
                line.append((char) c);
                if (c == '\n' || line.length() >= 8192) {
                    w.write(redactor.text(line.toString()));
                    line.setLength(0);
                }
            }
            w.write(redactor.text(line.toString()));
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new RecordingException("cannot read the request body: " + e.getMessage(), e);
        }
    }
}
