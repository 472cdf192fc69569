package dev.dtu.server.resource.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Google's field selections: the {@code fields} system parameter ("Performance tips: partial response") and the
 * {@code fields} masks of Sheets and Docs update requests, one grammar for both:
 *
 * <pre>
 * mask      = selection *( "," selection )
 * selection = path [ "(" mask ")" ]
 * path      = name *( ( "/" / "." ) name )         ; Sheets and Drive write "sheets.properties" as well as "a/b"
 * name      = 1*( ALPHA / DIGIT / "_" ) / "*"      ; "*" everything at its level, and only last in a path
 * </pre>
 *
 * Spaces around the tokens are ignored. A name without a sub-selection keeps its whole value; an array applies
 * the mask to each element; selections of one field are merged ({@code items(id),items(name)} is
 * {@code items(id,name)}). A mask Google cannot read is an {@link Invalid}, which each caller words.
 */
public final class FieldMask {
    /** Everything: {@code *}, or what a name without sub-selection keeps. */
    public static final FieldMask ALL = new FieldMask(Map.of());

    /** Nesting deeper than this is refused (Google documents no limit; this keeps the parser's stack bounded). */
    static final int MAX_DEPTH = 64;

    private final Map<String, FieldMask> children; // empty: everything

    private FieldMask(Map<String, FieldMask> children) {
        this.children = children;
    }

    /** @throws Invalid when the text is not a mask of the grammar above */
    public static FieldMask parse(String text) {
        Parser p = new Parser(text);
        FieldMask mask = p.mask(0);
        p.skipSpaces();
        if (p.pos != text.length()) {
            throw new Invalid(text);
        }
        return mask;
    }

    public boolean isAll() {
        return children.isEmpty();
    }

    /** Whether the mask keeps this field (so a twin can skip computing what is not asked). */
    public boolean selects(String field) {
        return isAll() || children.containsKey(field);
    }

    /** The mask below a field: {@link #ALL} when the whole field is kept, null when the field is not selected. */
    public FieldMask child(String field) {
        return isAll() ? ALL : children.get(field);
    }

    /** The selected leaf paths, dot-separated ({@code userEnteredFormat.textFormat.bold}); {@code *} for everything. */
    public List<String> paths() {
        if (isAll()) {
            return List.of("*");
        }
        List<String> out = new ArrayList<>();
        children.forEach((name, sub) -> sub.paths().forEach(p -> out.add(p.equals("*") ? name : name + "." + p)));
        return out;
    }

    /** The parts of {@code node} the mask selects (of each element of an array); null stays null. */
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
        node.fields().forEachRemaining(f -> {
            FieldMask sub = children.get(f.getKey());
            if (sub != null) {
                out.set(f.getKey(), sub.apply(f.getValue()));
            }
        });
        return out;
    }

    private static FieldMask union(FieldMask a, FieldMask b) {
        if (a.isAll() || b.isAll()) {
            return ALL;
        }
        Map<String, FieldMask> merged = new LinkedHashMap<>(a.children);
        b.children.forEach((k, v) -> merged.merge(k, v, FieldMask::union));
        return new FieldMask(merged);
    }

    /** A mask that is not one: the vendor's 400 (Google: "Invalid field selection ..."). */
    public static final class Invalid extends IllegalArgumentException {
        private final String selection;

        Invalid(String selection) {
            super("Invalid field selection " + selection);
            this.selection = selection;
        }

        /** The selection Google names in its message. */
        public String selection() {
            return selection;
        }
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        FieldMask mask(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Invalid(text);
            }
            Map<String, FieldMask> fields = new LinkedHashMap<>();
            boolean all = false;
            do {
                all |= selection(fields, depth);
            } while (accept(','));
            return all ? ALL : new FieldMask(fields);
        }

        /** One selection into {@code into}; true when it is {@code *} (everything at this level). */
        private boolean selection(Map<String, FieldMask> into, int depth) {
            String name = name();
            if (name.equals("*")) {
                return true;
            }
            into.merge(name, rest(depth), FieldMask::union);
            return false;
        }

        /** What follows a name: a path step, a sub-selection, or nothing (the whole field). */
        private FieldMask rest(int depth) {
            if (accept('/') || accept('.')) {
                if (depth + 1 > MAX_DEPTH) {
                    throw new Invalid(text);
                }
                Map<String, FieldMask> nested = new LinkedHashMap<>();
                return selection(nested, depth + 1) ? ALL : new FieldMask(nested);
            }
            if (accept('(')) {
                FieldMask sub = mask(depth + 1);
                if (!accept(')')) {
                    throw new Invalid(text);
                }
                return sub;
            }
            return ALL;
        }

        private String name() {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '*') {
                pos++;
                return "*";
            }
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new Invalid(text);
            }
            return text.substring(start, pos);
        }

        private boolean accept(char c) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
    }
}
