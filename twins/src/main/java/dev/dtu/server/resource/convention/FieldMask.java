package dev.dtu.server.resource.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Google's partial-response {@code fields} parameter ("Performance tips: partial response"): a comma-separated
 * list of paths, {@code a/b} selecting inside objects, {@code a(b,c)} selecting several fields of {@code a}
 * (of each element when {@code a} is an array), {@code *} everything at that level.
 */
public final class FieldMask {
    private final Map<String, FieldMask> children; // null value: the whole field
    private final boolean all;

    private FieldMask(Map<String, FieldMask> children, boolean all) {
        this.children = children;
        this.all = all;
    }

    /** @throws IllegalArgumentException on a mask Google would reject (unbalanced parentheses, empty names) */
    public static FieldMask parse(String text) {
        int[] pos = {0};
        FieldMask mask = list(text, pos);
        if (pos[0] != text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(pos[0]) + "' at " + pos[0]);
        }
        return mask;
    }

    private static FieldMask list(String s, int[] pos) {
        Map<String, FieldMask> children = new LinkedHashMap<>();
        boolean all = false;
        while (true) {
            int start = pos[0];
            while (pos[0] < s.length() && "/(),".indexOf(s.charAt(pos[0])) < 0) {
                pos[0]++;
            }
            String name = s.substring(start, pos[0]).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty field name at " + start);
            }
            FieldMask child = null;
            if (pos[0] < s.length() && s.charAt(pos[0]) == '/') {
                pos[0]++;
                child = path(s, pos);
            } else if (pos[0] < s.length() && s.charAt(pos[0]) == '(') {
                pos[0]++;
                child = list(s, pos);
                if (pos[0] >= s.length() || s.charAt(pos[0]) != ')') {
                    throw new IllegalArgumentException("unbalanced parentheses");
                }
                pos[0]++;
            }
            if (name.equals("*")) {
                all = true;
            } else {
                children.merge(name, child == null ? new FieldMask(Map.of(), true) : child, FieldMask::union);
            }
            if (pos[0] < s.length() && s.charAt(pos[0]) == ',') {
                pos[0]++;
                continue;
            }
            return new FieldMask(children, all);
        }
    }

    /** One step of {@code a/b/c}: a single child (itself maybe a path or a group). */
    private static FieldMask path(String s, int[] pos) {
        int save = pos[0];
        FieldMask single = list(s.substring(0, nextBoundary(s, pos[0])), new int[] {save});
        pos[0] = nextBoundary(s, pos[0]);
        return single;
    }

    private static int nextBoundary(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static FieldMask union(FieldMask a, FieldMask b) {
        if (a.all && a.children.isEmpty() || b.all && b.children.isEmpty()) {
            return new FieldMask(Map.of(), true);
        }
        Map<String, FieldMask> merged = new LinkedHashMap<>(a.children);
        b.children.forEach((k, v) -> merged.merge(k, v, FieldMask::union));
        return new FieldMask(merged, a.all || b.all);
    }

    /** The parts of {@code node} the mask selects (arrays: of each element). */
    public JsonNode apply(JsonNode node) {
        if (all && children.isEmpty()) {
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
        node.fields().forEachRemaining(f -> {
            FieldMask child = children.get(f.getKey());
            if (child != null) {
                out.set(f.getKey(), child.apply(f.getValue()));
            } else if (all) {
                out.set(f.getKey(), f.getValue());
            }
        });
        return out;
    }
}
