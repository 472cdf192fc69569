package dev.dtu.server.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the twins see it: framework-neutral, so a twin can be driven without a socket.
 *
 * @param path the path below the twin's root (for {@code /u/abc/slack/api/auth.test}: {@code /api/auth.test})
 * @param query decoded query parameters, in order, repeated keys kept
 * @param headers header values keyed by lower-case name
 * @param baseUrl the absolute URL of the twin's root as the client reached it (scheme, host, universe prefix)
 */
public record Request(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body,
        String baseUrl) {

    public static Request of(String method, String path) {
        return new Request(method, path, Map.of(), Map.of(), new byte[0], "http://127.0.0.1");
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> queryParams(String name) {
        return query.getOrDefault(name, List.of());
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The media type of the body, lower-case and without parameters ("" when absent). */
    public String mediaType() {
        String type = header("content-type").orElse("");
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Bearer token from the Authorization header, if that is the scheme used. */
    public Optional<String> bearerToken() {
        return authorization("Bearer");
    }

    /** The credentials after the given scheme in the Authorization header (case-insensitive scheme). */
    public Optional<String> authorization(String scheme) {
        return header("authorization")
                .filter(v -> v.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1))
                .map(v -> v.substring(scheme.length() + 1).trim());
    }

    /**
     * The secrets the request presents, whatever the vendor's scheme: the Authorization header's credentials (Basic
     * decoded into its user and password), a {@code token} query parameter or form field (Slack's). For what must
     * know whether a request is a universe's before any twin has read it (an injected fault answers first).
     */
    public List<String> presentedSecrets() {
        List<String> out = new java.util.ArrayList<>();
        header("authorization").map(v -> v.substring(v.indexOf(' ') + 1).trim()).ifPresent(out::add);
        authorization("Basic").ifPresent(basic -> {
            try {
                String pair = new String(java.util.Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
                out.addAll(List.of(pair.split(":", 2)));
            } catch (IllegalArgumentException e) {
                // Not base64: nothing presented.
            }
        });
        out.addAll(queryParams("token"));
        if (mediaType().equals("application/x-www-form-urlencoded")) {
            out.addAll(QueryStrings.parse(bodyText()).getOrDefault("token", List.of()));
        }
        return out;
    }

    public Request withBaseUrl(String newBaseUrl) {
        return new Request(method, path, query, headers, body, newBaseUrl);
    }

    public Request withPath(String newPath) {
        return new Request(method, newPath, query, headers, body, baseUrl);
    }

    public static Map<String, List<String>> headerMap(Map<String, String> single) {
        Map<String, List<String>> map = new TreeMap<>();
        single.forEach((k, v) -> map.put(k.toLowerCase(Locale.ROOT), List.of(v)));
        return map;
    }
}
