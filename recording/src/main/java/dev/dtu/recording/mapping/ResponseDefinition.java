package dev.dtu.recording.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * WireMock's response definition. Exactly one of {@code jsonBody}, {@code body}, {@code base64Body} or
 * {@code bodyFileName} (relative to {@code __files}) carries the body; a header value is a string or, for a
 * repeated header, an array of strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResponseDefinition(
        Integer status,
        Map<String, JsonNode> headers,
        JsonNode jsonBody,
        String body,
        String base64Body,
        String bodyFileName) {}
