package dev.dtu.server.admin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.universe.DtuException;

/** Reads admin request bodies, turning every kind of bad input into a 400 that names the field. */
final class Bodies {
    /** No unknown fields, no scalar coercion ({"name": 5} is not the name "5"). */
    private static final ObjectMapper STRICT = strictMapper();

    private Bodies() {}

    private static ObjectMapper strictMapper() {
        ObjectMapper m = Json.MAPPER.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /**
     * The body as JSON or YAML; an empty body is JSON null. YAML is read when declared ({@code application/yaml},
     * {@code text/yaml}, ...) or when a body not declared as JSON is not JSON (curl sends its form type by default).
     */
    static JsonNode tree(Request request) {
        if (request.body().length == 0) {
            return NullNode.getInstance();
        }
        String type = request.mediaType();
        if (type.contains("yaml")) {
            return yaml(request.bodyText());
        }
        try {
            return Json.parse(request.body());
        } catch (Json.MalformedJsonException e) {
            if (type.equals("application/json") || type.endsWith("+json")) {
                throw DtuException.badRequest("invalid_json", "the body is not valid JSON: " + e.getMessage());
            }
            return yaml(request.bodyText());
        }
    }

    private static JsonNode yaml(String text) {
        try {
            JsonNode node = Json.YAML.readTree(text);
            return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String problem = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            throw DtuException.badRequest("invalid_yaml", "the body is not valid YAML" + where + ": " + problem);
        } catch (java.io.IOException e) {
            throw DtuException.badRequest("invalid_yaml", "the body is not valid YAML: " + e.getMessage());
        }
    }

    /** Like {@link #read}, but a field the type does not have, or a value of the wrong JSON type, is a 400. */
    static <T> T strict(JsonNode node, Class<T> type) {
        return read(node, type, STRICT);
    }

    static <T> T read(JsonNode node, Class<T> type) {
        return read(node, type, Json.MAPPER);
    }

    private static <T> T read(JsonNode node, Class<T> type, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            node = Json.object();
        }
        if (!node.isObject()) {
            throw DtuException.badRequest("invalid_request", "the body must be a JSON object");
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw DtuException.badRequest("invalid_request", describe(e));
        } catch (IllegalArgumentException e) {
            throw DtuException.badRequest("invalid_request", e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw DtuException.badRequest("invalid_request", e.getOriginalMessage());
        }
    }

    static String describe(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return (path.isEmpty() ? "" : path + ": ") + cause.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return path + ": unknown field" + known(u);
        }
        String expected = e instanceof MismatchedInputException m && m.getTargetType() != null
                ? "expected " + friendly(m.getTargetType()) : "invalid value";
        if (e instanceof InvalidFormatException f) {
            expected += ", got '" + f.getValue() + "'";
        }
        return (path.isEmpty() ? "body" : path) + ": " + expected;
    }

    private static String known(UnrecognizedPropertyException u) {
        if (u.getKnownPropertyIds() == null || u.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return " (expected one of: " + String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")";
    }

    private static String friendly(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
