package dev.dtu.recording.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One exchange as another tool recorded it (a VCR cassette, a HAR file, a nock recording), bodies decoded.
 *
 * @param rawQuery the query string as sent (still encoded), or null
 * @param recordedAt when it happened, or null when the format does not say (vcrpy, nock)
 */
record ForeignExchange(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> requestHeaders,
        byte[] requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        byte[] responseBody,
        Instant recordedAt) {

    /** Splits an absolute URL (or a path) into its raw path and query, keeping them encoded as sent. */
    static String[] pathAndQuery(String url) {
        String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        int hash = rest.indexOf('#');
        rest = hash < 0 ? rest : rest.substring(0, hash);
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        return new String[] {path.isEmpty() ? "/" : path, q < 0 || q == rest.length() - 1 ? null : rest.substring(q + 1)};
    }
}
