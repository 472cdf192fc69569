package dev.dtu.server.admin;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.universe.DtuException;

/** Reads admin request bodies, turning every kind of bad input into a 400 that names the field. */
final class Bodies {
    private Bodies() {}

    /** The body as JSON (or YAML when so declared); an empty body is JSON null. */
    static JsonNode tree(Request request) {
        if (request.body().length == 0) {
            return NullNode.getInstance();
        }
        try {
            String type = request.mediaType();
            return type.contains("yaml") ? Json.parseYaml(request.bodyText()) : Json.parse(request.body());
        } catch (Json.MalformedJsonException e) {
            throw DtuException.badRequest("invalid_json", "the body is not valid JSON: " + e.getMessage());
        }
    }

    static <T> T read(JsonNode node, Class<T> type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            node = Json.object();
        }
        if (!node.isObject()) {
            throw DtuException.badRequest("invalid_request", "the body must be a JSON object");
        }
        try {
            return Json.MAPPER.treeToValue(node, type);
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
        String expected = e instanceof MismatchedInputException m && m.getTargetType() != null
                ? "expected " + friendly(m.getTargetType()) : "invalid value";
        if (e instanceof InvalidFormatException f) {
            expected += ", got '" + f.getValue() + "'";
        }
        return (path.isEmpty() ? "body" : path) + ": " + expected;
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
