package dev.dtu.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Request paths decoded by the server itself rather than by Undertow, whose decoder refuses a bad escape with a
 * bare 400 before any handler runs: here a bad escape or invalid UTF-8 is reported to the caller, who answers
 * in the addressed vendor's envelope. Like Undertow's default, an escaped slash ({@code %2F}) stays escaped so it
 * never splits a segment.
 */
public final class Paths {
    private Paths() {}

    /**
     * @param raw the path as sent: percent escapes, and characters up to U+00FF standing for raw bytes
     * @return the decoded path, or empty when an escape is malformed or the bytes are not UTF-8
     */
    public static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    return Optional.empty();
                }
                int b = hi * 16 + lo;
                if (b == '/') {
                    bytes.writeBytes(raw.substring(i, i + 3).getBytes(StandardCharsets.US_ASCII));
                } else {
                    bytes.write(b);
                }
                i += 2;
            } else if (c > 0xFF) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
