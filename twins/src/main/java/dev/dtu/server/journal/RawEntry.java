package dev.dtu.server.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request as the gateway saw it, kept as bytes: decoding and redacting bodies costs more than serving
 * most requests, and most journal entries are never read, so that happens on first read. Bodies are cut to
 * {@link #BODY_LIMIT} bytes when the entry is made (the whole body's size and digest kept), so an entry never
 * holds more than that however large the request was.
 *
 * @param requestBody at most {@link #BODY_LIMIT} bytes of the request body
 * @param requestCut the whole request body's size and digest when it was cut, else null
 */
public record RawEntry(Instant at, String twin, String operation, String method, String path, String query,
                       int status, double durationMs, Map<String, List<String>> headers, byte[] requestBody,
                       JournalEntry.BodyCut requestCut, byte[] responseBody, JournalEntry.BodyCut responseCut,
                       Redactor redactor, JournalEntry.Fault fault) {
    static final int BODY_LIMIT = 64 * 1024;

    /** Headers whose values are credentials: kept only as their scheme and a placeholder. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "x-api-token", "x-auth-token", "x-csrf-token", "x-atlassian-token");

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z]{1,16} ");

    /**
     * @param headers the request's headers, kept as they are (joined and redacted when the entry is first read)
     * @param keepRequestBody false for requests no credential of the universe vouched for: only the body's size
     *                        and digest are kept
     */
    public static RawEntry of(Instant at, String twin, String operation, String method, String path, String query,
                              int status, double durationMs, Map<String, List<String>> headers, byte[] requestBody,
                              boolean keepRequestBody, byte[] responseBody, Redactor redactor) {
        int keep = keepRequestBody ? BODY_LIMIT : 0;
        return new RawEntry(at, twin, operation, method, path, query, status, durationMs, headers,
                cut(requestBody, keep), cutInfo(requestBody, keep), cut(responseBody, BODY_LIMIT),
                cutInfo(responseBody, BODY_LIMIT), redactor, null);
    }

    /** The same entry, marked as met by an injected fault (null: none). */
    public RawEntry withFault(JournalEntry.Fault injected) {
        return new RawEntry(at, twin, operation, method, path, query, status, durationMs, headers, requestBody,
                requestCut, responseBody, responseCut, redactor, injected);
    }

    /** An entry without headers whose bodies are kept (up to the limit). */
    public RawEntry(Instant at, String twin, String operation, String method, String path, String query, int status,
                    double durationMs, byte[] requestBody, byte[] responseBody, Redactor redactor) {
        this(at, twin, operation, method, path, query, status, durationMs, Map.of(), cut(requestBody, BODY_LIMIT),
                cutInfo(requestBody, BODY_LIMIT), cut(responseBody, BODY_LIMIT), cutInfo(responseBody, BODY_LIMIT),
                redactor, null);
    }

    JournalEntry redacted(long seq) {
        return new JournalEntry(seq, at, "request", twin, operation, method, redactor.redact(path),
                redactor.redact(query), status, durationMs, redactedHeaders(), redactor.redact(text(requestBody)),
                requestCut, redactor.redact(text(responseBody)), responseCut, fault);
    }

    /** About how many bytes this entry holds until it is first read. */
    long weight() {
        long w = 256 + 2L * (path.length() + query.length()) + requestBody.length + responseBody.length;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            w += 32 + 2L * h.getKey().length();
            for (String value : h.getValue()) {
                w += 2L * (value.length() + 2);
            }
        }
        return w;
    }

    private Map<String, String> redactedHeaders() {
        Map<String, String> out = new LinkedHashMap<>();
        flat(headers).forEach((name, value) -> out.put(name, CREDENTIAL_HEADERS.contains(name)
                ? credential(value) : redactor.redact(value)));
        return out;
    }

    /** A credential header's scheme and the universe's placeholder for its secret, or "[redacted]". */
    private String credential(String value) {
        String redacted = redactor.redact(value);
        java.util.regex.Matcher m = SCHEME.matcher(value);
        String scheme = m.lookingAt() ? m.group() : "";
        boolean known = !redacted.equals(value) && redacted.startsWith(scheme) && redacted.substring(scheme.length())
                .matches("\\[[^\\]]+\\]");
        return known ? redacted : scheme + "[redacted]";
    }

    private static Map<String, String> flat(Map<String, List<String>> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> out.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        return out;
    }

    private static byte[] cut(byte[] body, int limit) {
        return body.length <= limit ? body : java.util.Arrays.copyOf(body, limit);
    }

    private static JournalEntry.BodyCut cutInfo(byte[] body, int limit) {
        return body.length <= limit ? null : new JournalEntry.BodyCut(body.length, sha256(body));
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
