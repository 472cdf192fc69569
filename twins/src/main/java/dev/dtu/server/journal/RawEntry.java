package dev.dtu.server.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A request as the gateway saw it, kept as bytes: decoding and redacting bodies costs more than serving
 * most requests, and most journal entries are never read, so that happens on first read.
 */
public record RawEntry(Instant at, String twin, String operation, String method, String path, String query,
                       int status, double durationMs, byte[] requestBody, byte[] responseBody, Redactor redactor) {
    static final int BODY_LIMIT = 64 * 1024;

    JournalEntry redacted(long seq) {
        return new JournalEntry(seq, at, "request", twin, operation, method, redactor.redact(path),
                redactor.redact(query), status, durationMs, redactor.redact(clip(requestBody)),
                redactor.redact(clip(responseBody)));
    }

    static String clip(byte[] body) {
        int n = Math.min(body.length, BODY_LIMIT);
        return new String(body, 0, n, StandardCharsets.UTF_8);
    }
}
