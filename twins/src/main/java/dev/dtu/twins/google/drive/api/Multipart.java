package dev.dtu.twins.google.drive.api;

import dev.dtu.twins.google.errors.GoogleException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A multipart/related upload body: metadata JSON first, then the media (uploadType=multipart). */
record Multipart(String metadata, String mediaType, byte[] media) {

    static Multipart parse(String contentType, byte[] body) {
        List<dev.dtu.server.http.Multipart.Part> parts;
        try {
            parts = dev.dtu.server.http.Multipart.parse(contentType, body);
        } catch (dev.dtu.server.http.Multipart.MalformedMultipartException e) {
            throw badRequest();
        }
        if (parts.size() != 2) {
            throw badRequest();
        }
        return new Multipart(new String(parts.get(0).body(), StandardCharsets.UTF_8), parts.get(1).contentType(),
                parts.get(1).body());
    }

    private static GoogleException badRequest() {
        return GoogleException.invalidArgument("Malformed multipart body.");
    }
}
