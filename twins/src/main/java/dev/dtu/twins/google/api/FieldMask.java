package dev.dtu.twins.google.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code fields} system parameter (partial responses): {@code files(id,name),nextPageToken},
 * {@code sheets/properties}, {@code sheets.properties.title} or {@code *}. A mask keeps only the fields it
 * names; a name without sub-selection keeps the whole value; arrays apply the mask to each element.
 */
public final class FieldMask {
    private final Map<String, FieldMask> children;

    private FieldMask(Map<String, FieldMask> children) {
        this.children = children;
    }

    /** Everything: {@code *} or a field named without sub-selection. */
    public static final FieldMask ALL = new FieldMask(Map.of());

    public static FieldMask parse(String text) {
        Parser p = new Parser(text.replace(" ", ""));
        FieldMask mask = p.list();
        if (p.pos != p.text.length()) {
            throw invalid(text);
        }
        return mask;
    }

    public boolean isAll() {
        return children.isEmpty();
    }

    public JsonNode apply(JsonNode node) {
        if (isAll() || node == null) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode out = Json.array();
            node.forEach(e -> out.add(apply(e)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = Json.object();
        children.forEach((name, sub) -> {
            JsonNode value = node.get(name);
            if (value != null) {
                out.set(name, sub.apply(value));
            }
        });
        return out;
    }

    /** Whether the mask selects this top-level field (so the twin can skip computing what is not asked). */
    public boolean selects(String field) {
        return isAll() || children.containsKey(field);
    }

    /** The selected leaf paths, dot-separated ("userEnteredFormat.textFormat.bold"); "*" for everything. */
    public java.util.List<String> paths() {
        if (isAll()) {
            return java.util.List.of("*");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        children.forEach((name, sub) -> sub.paths().forEach(p -> out.add(p.equals("*") ? name : name + "." + p)));
        return out;
    }

    public FieldMask child(String field) {
        return isAll() ? ALL : children.getOrDefault(field, null);
    }

    static GoogleException invalid(String text) {
        return GoogleException.invalidParameter("Invalid field selection " + text, "fields");
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        FieldMask list() {
            Map<String, FieldMask> fields = new LinkedHashMap<>();
            do {
                if (pos < text.length() && text.charAt(pos) == '*') {
                    pos++;
                    fields.put("*", ALL);
                } else {
                    path(fields);
                }
            } while (pos < text.length() && text.charAt(pos) == ',' && ++pos > 0);
            return fields.containsKey("*") ? ALL : new FieldMask(fields);
        }

        private void path(Map<String, FieldMask> into) {
            String name = name();
            FieldMask sub;
            if (pos < text.length() && (text.charAt(pos) == '/' || text.charAt(pos) == '.')) {
                pos++;
                Map<String, FieldMask> nested = new LinkedHashMap<>();
                path(nested);
                sub = new FieldMask(nested);
            } else if (pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                sub = list();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw invalid(text);
                }
                pos++;
            } else {
                sub = ALL;
            }
            into.merge(name, sub, FieldMask::union);
        }

        private String name() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw invalid(text);
            }
            return text.substring(start, pos);
        }
    }

    private static FieldMask union(FieldMask a, FieldMask b) {
        if (a.isAll() || b.isAll()) {
            return ALL;
        }
        Map<String, FieldMask> merged = new LinkedHashMap<>(a.children);
        b.children.forEach((k, v) -> merged.merge(k, v, FieldMask::union));
        return new FieldMask(merged);
    }
}
