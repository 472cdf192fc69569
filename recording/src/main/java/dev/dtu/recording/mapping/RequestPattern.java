package dev.dtu.recording.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * WireMock's request pattern. Recordings use {@code url} (path and query, matched exactly); imported
 * mappings may use {@code urlPath} with {@code queryParameters} instead.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestPattern(
        String method,
        String url,
        String urlPath,
        String urlPattern,
        String urlPathPattern,
        Map<String, JsonNode> queryParameters,
        Map<String, JsonNode> headers,
        List<ObjectNode> bodyPatterns) {}
