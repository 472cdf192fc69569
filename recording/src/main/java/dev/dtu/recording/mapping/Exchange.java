package dev.dtu.recording.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded request and its response, as seeding and replay read it from a stub mapping.
 *
 * @param source the mapping file it came from (named in errors)
 * @param sequence order of recording (imported mappings: order of their files)
 * @param query decoded query parameters in order
 * @param credential the redacted credential the request carried (its placeholder keeps the token's kind)
 * @param session the recording session it belongs to (an imported cassette's file), or null for one session
 */
public record Exchange(
        String source,
        long sequence,
        Vendor vendor,
        String method,
        String path,
        Map<String, List<String>> query,
        String requestContentType,
        byte[] requestBody,
        String credential,
        int status,
        Map<String, List<String>> responseHeaders,
        RecordedBody body,
        String session) {

    public Exchange(String source, long sequence, Vendor vendor, String method, String path,
            Map<String, List<String>> query, String requestContentType, byte[] requestBody, String credential,
            int status, Map<String, List<String>> responseHeaders, RecordedBody body) {
        this(source, sequence, vendor, method, path, query, requestContentType, requestBody, credential, status,
                responseHeaders, body, null);
    }

    public JsonNode json() {
        return body.json();
    }

    public Optional<String> responseHeader(String name) {
        return responseHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public Exchange withVendor(Vendor v) {
        return new Exchange(source, sequence, v, method, path, query, requestContentType, requestBody, credential,
                status, responseHeaders, body, session);
    }
}
