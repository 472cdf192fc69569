package dev.dtu.twins.google.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The field names Sheets' and Docs' request bodies may carry ({@code google/request-schemas.json}, generated from
 * Google's Java clients). Their proto JSON parser rejects a name it does not know, every one of them at once:
 * {@code Invalid JSON payload received. Unknown name "foo" at 'requests[0]': Cannot find field.}, one line per name,
 * with a google.rpc.BadRequest field violation each; the path uses the proto's own (snake_case) field names, and a
 * name at the top has no "at". Google's parser also takes a field by its proto name ({@code value_input_option});
 * the twin's methods read only the JSON names, so a proto name is answered as unknown here rather than ignored.
 * Drive v3 is not checked: it ignores names it does not know (a v2 {@code title} on files.create leaves the file
 * "Untitled", as Google's own v3 samples once did: googleworkspace/node-samples#202).
 */
public final class RequestSchemas {
    private static final String RESOURCE = "/google/request-schemas.json";
    private static final RequestSchemas INSTANCE = load();
    private final JsonNode operations;
    private final JsonNode messages;

    private RequestSchemas(JsonNode root) {
        this.operations = root.path("operations");
        this.messages = root.path("messages");
    }

    public static RequestSchemas get() {
        return INSTANCE;
    }

    private static RequestSchemas load() {
        try (InputStream in = RequestSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new RequestSchemas(Json.parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects the body of this method when it names a field its message does not have; other bodies pass. */
    public void check(String operation, JsonNode body) {
        String message = operations.path(operation).asText("");
        if (message.isEmpty() || !body.isObject()) {
            return;
        }
        List<String[]> unknown = new ArrayList<>();
        walk(message, body, "", unknown);
        if (unknown.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        ArrayNode violations = Json.array();
        for (String[] u : unknown) {
            String line = "Invalid JSON payload received. Unknown name \"" + u[0] + "\""
                    + (u[1].isEmpty() ? "" : " at '" + u[1] + "'") + ": Cannot find field.";
            text.append(text.length() == 0 ? "" : "\n").append(line);
            ObjectNode v = violations.addObject();
            if (!u[1].isEmpty()) {
                v.put("field", u[1]);
            }
            v.put("description", line);
        }
        ObjectNode badRequest = Json.object().put("@type", "type.googleapis.com/google.rpc.BadRequest");
        badRequest.set("fieldViolations", violations);
        throw GoogleException.invalidArgument(text.toString()).withDetails(Json.array().add(badRequest));
    }

    private void walk(String message, JsonNode node, String path, List<String[]> unknown) {
        JsonNode fields = messages.path(message);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode type = fields.get(field.getKey());
            if (type == null) {
                unknown.add(new String[] {field.getKey(), path});
                continue;
            }
            if (type.asText().isEmpty()) {
                continue;
            }
            String at = (path.isEmpty() ? "" : path + ".") + snakeCase(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject()) {
                walk(type.asText(), value, at, unknown);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        walk(type.asText(), value.get(i), at + "[" + i + "]", unknown);
                    }
                }
            }
        }
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
