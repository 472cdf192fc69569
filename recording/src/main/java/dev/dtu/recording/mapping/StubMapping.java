package dev.dtu.recording.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One WireMock stub mapping: a request pattern and the response recorded for it. DTU keeps what it needs
 * to replay the exchange under {@code metadata.dtu} (vendor, order, when), which WireMock ignores.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StubMapping(
        String id,
        String uuid,
        String name,
        RequestPattern request,
        ResponseDefinition response,
        Boolean persistent,
        ObjectNode metadata) {}
