package dev.dtu.server.journal;

import java.time.Instant;
import java.util.Map;

/**
 * One exchange a universe saw: a request the app sent to a twin ({@code type = "request"}), or a delivery
 * the twin made to the app (an event or webhook: {@code type = "delivery"}). Secrets are already redacted.
 *
 * @param requestHeaders the request's headers (lower-case names; credentials redacted), empty for deliveries
 * @param requestBodyCut set when the stored request body is only the start of it (its size and digest), else null
 * @param responseBodyCut likewise for the response body
 * @param fault the injected fault that met the request (a universe's fault rules), else null
 */
public record JournalEntry(
        long seq,
        Instant at,
        String type,
        String twin,
        String operation,
        String method,
        String path,
        String query,
        int status,
        double durationMs,
        Map<String, String> requestHeaders,
        String requestBody,
        BodyCut requestBodyCut,
        String responseBody,
        BodyCut responseBodyCut,
        Fault fault) {

    /** A body stored cut short: the whole body's size in bytes and SHA-256 (hex). */
    public record BodyCut(long bytes, String sha256) {}

    /**
     * An injected fault: the terminating rule's action ({@code error}, {@code drop}, {@code rateLimit}) or
     * {@code latency} when the request was only delayed; {@code latencyMs} the delay added (universe time), if any.
     */
    public record Fault(String action, Long latencyMs) {}

    /** An entry no fault met. */
    public JournalEntry(long seq, Instant at, String type, String twin, String operation, String method, String path,
                        String query, int status, double durationMs, Map<String, String> requestHeaders,
                        String requestBody, BodyCut requestBodyCut, String responseBody, BodyCut responseBodyCut) {
        this(seq, at, type, twin, operation, method, path, query, status, durationMs, requestHeaders, requestBody,
                requestBodyCut, responseBody, responseBodyCut, null);
    }

    /** An entry without headers and with whole bodies (deliveries). */
    public JournalEntry(long seq, Instant at, String type, String twin, String operation, String method, String path,
                        String query, int status, double durationMs, String requestBody, String responseBody) {
        this(seq, at, type, twin, operation, method, path, query, status, durationMs, Map.of(), requestBody, null,
                responseBody, null);
    }

    JournalEntry numbered(long n) {
        return new JournalEntry(n, at, type, twin, operation, method, path, query, status, durationMs, requestHeaders,
                requestBody, requestBodyCut, responseBody, responseBodyCut, fault);
    }

    /** About how many bytes this entry holds (what the journal's byte budget counts). */
    long weight() {
        long w = 256 + chars(path) + chars(query) + chars(requestBody) + chars(responseBody);
        for (Map.Entry<String, String> h : requestHeaders.entrySet()) {
            w += 32 + chars(h.getKey()) + chars(h.getValue());
        }
        return w;
    }

    private static long chars(String s) {
        return s == null ? 0 : 2L * s.length();
    }
}
