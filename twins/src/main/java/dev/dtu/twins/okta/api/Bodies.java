package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.OktaErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading parts of JSON bodies with Okta's answers to wrong types. */
final class Bodies {
    private Bodies() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return new LinkedHashMap<>();
        }
        if (!node.isObject()) {
            throw OktaErrors.apiValidationFailed(field, List.of(field + ": The value must be an object."));
        }
        return new LinkedHashMap<>(Json.convert(node, Map.class));
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static List<String> strings(JsonNode node, String field) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw OktaErrors.apiValidationFailed(field, List.of(field + ": The value must be an array."));
        }
        List<String> out = new ArrayList<>();
        node.forEach(v -> out.add(v.asText()));
        return out;
    }
}
