package dev.dtu.server.http;

import io.undertow.server.DefaultByteBufferPool;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.MultipartParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Multipart bodies ({@code multipart/form-data}, {@code multipart/related}) split into parts by Undertow's
 * streaming parser, in time linear in the body whatever the boundary. A boundary longer than RFC 2046 allows
 * (70 characters) is refused before any parsing.
 */
public final class Multipart {
    /** RFC 2046 section 5.1.1: a boundary is 1 to 70 characters. */
    static final int MAX_BOUNDARY = 70;
    private static final DefaultByteBufferPool BUFFERS = new DefaultByteBufferPool(false, 8 * 1024, 16, 0);

    private Multipart() {}

    /** One part: its headers by lower-case name, and its bytes. */
    public record Part(Map<String, String> headers, byte[] body) {
        public String contentType() {
            return headers.getOrDefault("content-type", "application/octet-stream");
        }

        /** Whether the part carries a file ({@code filename=} in its Content-Disposition). */
        public boolean isFile() {
            return headers.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT).contains("filename=");
        }
    }

    /** A body that is not the multipart body its Content-Type announces. */
    public static final class MalformedMultipartException extends RuntimeException {
        MalformedMultipartException(String message) {
            super(message);
        }
    }

    /** The boundary parameter of a Content-Type, unquoted, if present. */
    public static Optional<String> boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return Optional.of(b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b);
            }
        }
        return Optional.empty();
    }

    /** The parts of a body, in order; throws {@link MalformedMultipartException} when it is not one. */
    public static List<Part> parse(String contentType, byte[] body) {
        String boundary = boundary(contentType).orElseThrow(() -> new MalformedMultipartException("no boundary"));
        if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            throw new MalformedMultipartException("the boundary must be 1 to " + MAX_BOUNDARY + " characters");
        }
        Collector parts = new Collector();
        MultipartParser.ParseState state = MultipartParser.beginParse(BUFFERS, parts,
                boundary.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "UTF-8");
        try {
            state.parse(ByteBuffer.wrap(body));
        } catch (IOException | RuntimeException e) {
            throw new MalformedMultipartException("malformed multipart body");
        }
        if (!state.isComplete()) {
            throw new MalformedMultipartException("the body ends before the closing boundary");
        }
        return parts.parts;
    }

    private static final class Collector implements MultipartParser.PartHandler {
        final List<Part> parts = new ArrayList<>();
        private Map<String, String> headers;
        private ByteArrayOutputStream data;

        @Override
        public void beginPart(HeaderMap partHeaders) {
            headers = new LinkedHashMap<>();
            for (HeaderValues values : partHeaders) {
                headers.put(values.getHeaderName().toString().toLowerCase(Locale.ROOT), values.getFirst());
            }
            data = new ByteArrayOutputStream();
        }

        @Override
        public void data(ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            data.writeBytes(bytes);
        }

        @Override
        public void endPart() {
            parts.add(new Part(headers, data.toByteArray()));
        }
    }
}
