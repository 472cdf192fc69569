package dev.dtu.recording.proxy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One exchange as it crossed the proxy, bodies still in temporary files (deleted once recorded).
 *
 * @param rawQuery the query string as sent (still encoded), or null
 */
public record Captured(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> requestHeaders,
        Path requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        Path responseBody) {

    public String requestHeader(String name) {
        return first(requestHeaders, name);
    }

    public String responseHeader(String name) {
        return first(responseHeaders, name);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}
