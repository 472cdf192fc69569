package dev.dtu.recording.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A recorded response body: inline JSON or text, or a file under {@code __files} read only when asked. */
public sealed interface RecordedBody {
    /** The body as JSON, or a missing node when it is empty or not JSON. */
    JsonNode json();

    byte[] bytes();

    static RecordedBody empty() {
        return new Inline(new byte[0], null);
    }

    record Inline(byte[] bytes, JsonNode parsed) implements RecordedBody {
        @Override
        public JsonNode json() {
            return parsed != null ? parsed : parseQuietly(bytes);
        }
    }

    record InFile(Path file) implements RecordedBody {
        @Override
        public JsonNode json() {
            try (InputStream in = Files.newInputStream(file)) {
                return Json.MAPPER.readTree(in);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        @Override
        public byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new RecordingException("cannot read recorded body " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static JsonNode parseQuietly(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return MissingNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
