package dev.dtu.twins.google.drive.api;

import dev.dtu.twins.google.errors.GoogleException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A multipart/related upload body: metadata JSON first, then the media (uploadType=multipart). */
record Multipart(String metadata, String mediaType, byte[] media) {

    static Multipart parse(String contentType, byte[] body) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int contentStart = start + delimiter.length;
            if (contentStart + 1 < body.length && body[contentStart] == '-' && body[contentStart + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                break;
            }
            parts.add(Arrays.copyOfRange(body, contentStart, next));
            start = next;
        }
        if (parts.size() != 2) {
            throw badRequest();
        }
        Part meta = Part.of(parts.get(0));
        Part media = Part.of(parts.get(1));
        return new Multipart(new String(meta.body, StandardCharsets.UTF_8), media.type, media.body);
    }

    private static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring(9);
                return b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
            }
        }
        throw badRequest();
    }

    private static GoogleException badRequest() {
        return GoogleException.invalidArgument("Malformed multipart body.");
    }

    private record Part(String type, byte[] body) {
        static Part of(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int headerEnd = text.indexOf("\r\n\r\n");
            int sep = 4;
            if (headerEnd < 0) {
                headerEnd = text.indexOf("\n\n");
                sep = 2;
            }
            if (headerEnd < 0) {
                throw badRequest();
            }
            String type = "application/octet-stream";
            for (String line : text.substring(0, headerEnd).split("\r?\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
            }
            int from = headerEnd + sep;
            int to = raw.length;
            if (to >= from + 2 && raw[to - 2] == '\r' && raw[to - 1] == '\n') {
                to -= 2;
            } else if (to >= from + 1 && raw[to - 1] == '\n') {
                to -= 1;
            }
            return new Part(type, Arrays.copyOfRange(raw, from, to));
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
