package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Violation.Problem;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * A request schema in OpenAPI 3.0 terms, read from an OpenAPI document ({@code openapi/<vendor>.yaml}): the part
 * vendors enforce on input — required fields, types, enums, lengths, item counts, string formats ({@code
 * date-time}, {@code uri}, {@code email}), {@code allOf} and {@code discriminator} mappings, {@code readOnly}
 * and {@code default}. Unknown fields are let through (every vendor here ignores them). Usable by hand-modelled
 * operations too: {@code Schema.of(doc, "TrustedOrigin").validate(body)}.
 */
public final class Schema {
    private static final String REF_PREFIX = "#/components/schemas/";

    private final JsonNode document;
    private final JsonNode root;

    private Schema(JsonNode document, JsonNode root) {
        this.document = document;
        this.root = root;
    }

    /** The schema {@code components.schemas.<name>} of an OpenAPI document. */
    public static Schema of(JsonNode document, String name) {
        JsonNode node = document.path("components").path("schemas").path(name);
        if (!node.isObject()) {
            throw new IllegalArgumentException("no schema " + name + " in the OpenAPI document");
        }
        return new Schema(document, node);
    }

    /** Every rule the value breaks, fields in document order; empty when it is valid. */
    public List<Violation> validate(JsonNode value) {
        List<Violation> out = new ArrayList<>();
        check(root, value, "", out);
        return out;
    }

    /** The top-level fields the vendor sets itself and ignores on input. */
    public Set<String> readOnly(JsonNode value) {
        Set<String> out = new LinkedHashSet<>();
        shape(root, value).properties.forEach((name, schema) -> {
            if (resolve(schema).path("readOnly").asBoolean(false)) {
                out.add(name);
            }
        });
        return out;
    }

    /** The schema's {@code default} of each top-level field that has one. */
    public ObjectNode defaults(JsonNode value) {
        ObjectNode out = Json.object();
        shape(root, value).properties.forEach((name, schema) -> {
            JsonNode def = resolve(schema).get("default");
            if (def != null) {
                out.set(name, def);
            }
        });
        return out;
    }

    /** The top-level field names the schema knows for this value (its discriminated subtype included). */
    public Set<String> fields(JsonNode value) {
        return shape(root, value).properties.keySet();
    }

    private void check(JsonNode schema, JsonNode value, String path, List<Violation> out) {
        JsonNode s = resolve(schema);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return;
        }
        String type = typeOf(s);
        if (type != null && !hasType(value, type)) {
            out.add(new Violation(path, Problem.TYPE, type, value));
            return;
        }
        if (s.has("enum") && !contains(s.get("enum"), value)) {
            out.add(new Violation(path, Problem.ENUM, join(s.get("enum")), value));
            return;
        }
        if (value.isTextual()) {
            checkText(s, value, path, out);
        } else if (value.isArray()) {
            checkArray(s, value, path, out);
        } else if (value.isObject()) {
            checkObject(s, value, path, out);
        }
    }

    private void checkText(JsonNode s, JsonNode value, String path, List<Violation> out) {
        String text = value.asText();
        if (s.has("maxLength") && text.codePointCount(0, text.length()) > s.get("maxLength").asInt()) {
            out.add(new Violation(path, Problem.MAX_LENGTH, s.get("maxLength").asText(), value));
        } else if (s.has("minLength") && text.codePointCount(0, text.length()) < s.get("minLength").asInt()) {
            out.add(new Violation(path, Problem.MIN_LENGTH, s.get("minLength").asText(), value));
        } else if (s.has("format") && !formatHolds(s.get("format").asText(), text)) {
            out.add(new Violation(path, Problem.FORMAT, s.get("format").asText(), value));
        }
    }

    private void checkArray(JsonNode s, JsonNode value, String path, List<Violation> out) {
        if (s.has("maxItems") && value.size() > s.get("maxItems").asInt()) {
            out.add(new Violation(path, Problem.MAX_ITEMS, s.get("maxItems").asText(), value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            check(s.path("items"), value.get(i), path + "[" + i + "]", out);
        }
    }

    private void checkObject(JsonNode s, JsonNode value, String path, List<Violation> out) {
        Shape shape = shape(s, value);
        for (Map.Entry<String, JsonNode> p : shape.properties.entrySet()) {
            String field = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
            if (resolve(p.getValue()).path("readOnly").asBoolean(false)) {
                continue; // the vendor's own fields: never taken from input
            }
            JsonNode v = value.path(p.getKey());
            boolean absent = v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isEmpty());
            if (absent && shape.required.contains(p.getKey())) {
                out.add(new Violation(field, Problem.REQUIRED, "", v));
            } else {
                check(p.getValue(), v, field, out);
            }
        }
    }

    /** The properties and required fields that apply to this object value: allOf parts and the discriminated subtype. */
    private Shape shape(JsonNode schema, JsonNode value) {
        Shape shape = new Shape();
        collect(schema, value == null ? MissingNode.getInstance() : value, shape, new HashSet<>());
        return shape;
    }

    private void collect(JsonNode schema, JsonNode value, Shape shape, Set<String> seen) {
        if (schema.has("$ref") && !seen.add(schema.get("$ref").asText())) {
            return;
        }
        JsonNode s = resolve(schema);
        s.path("allOf").forEach(part -> collect(part, value, shape, seen));
        s.path("properties").fields().forEachRemaining(p -> shape.properties.putIfAbsent(p.getKey(), p.getValue()));
        s.path("required").forEach(r -> shape.required.add(r.asText()));
        JsonNode discriminator = s.path("discriminator");
        if (discriminator.isObject()) {
            String tag = value.path(discriminator.path("propertyName").asText()).asText("");
            JsonNode target = discriminator.path("mapping").path(tag);
            if (target.isTextual()) {
                collect(Json.object().put("$ref", target.asText()), value, shape, seen);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref") && hops < 32; hops++) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith(REF_PREFIX)) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            s = document.path("components").path("schemas").path(ref.substring(REF_PREFIX.length()));
        }
        return s;
    }

    private String typeOf(JsonNode s) {
        if (s.has("type")) {
            return s.get("type").asText();
        }
        return s.has("properties") || s.has("allOf") ? "object" : null;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static boolean formatHolds(String format, String text) {
        try {
            return switch (format) {
                case "date-time" -> OffsetDateTime.parse(text) != null;
                case "uri" -> URI.create(text).getScheme() != null;
                case "email" -> text.indexOf('@') > 0 && text.indexOf('@') < text.length() - 1;
                default -> true;
            };
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        return StreamSupport.stream(values.spliterator(), false).anyMatch(v -> v.equals(value));
    }

    private static String join(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join(", ", out);
    }

    private static final class Shape {
        final Map<String, JsonNode> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
    }
}
