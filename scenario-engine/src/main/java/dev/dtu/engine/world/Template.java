package dev.dtu.engine.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} and {@code ${name.field}} references to trajectory variables inside scenario values. A
 * string that is nothing but one reference takes the variable's JSON value (numbers stay numbers).
 */
public final class Template {
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)((?:\\.[A-Za-z0-9_]+)*)}");

    private Template() {}

    public static JsonNode fill(JsonNode value, Map<String, JsonNode> vars) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return fillText(value.asText(), vars);
        }
        if (value.isObject()) {
            ObjectNode out = Json.object();
            value.fields().forEachRemaining(f -> out.set(f.getKey(), fill(f.getValue(), vars)));
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = Json.array();
            value.forEach(v -> out.add(fill(v, vars)));
            return out;
        }
        return value;
    }

    public static String fillString(String text, Map<String, JsonNode> vars) {
        JsonNode filled = fillText(text, vars);
        return filled.isTextual() ? filled.asText() : filled.toString();
    }

    private static JsonNode fillText(String text, Map<String, JsonNode> vars) {
        Matcher whole = REF.matcher(text);
        if (whole.matches()) {
            return lookup(whole.group(1), whole.group(2), vars);
        }
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode v = lookup(m.group(1), m.group(2), vars);
            m.appendReplacement(out, Matcher.quoteReplacement(v.isValueNode() ? v.asText() : v.toString()));
        }
        m.appendTail(out);
        return TextNode.valueOf(out.toString());
    }

    private static JsonNode lookup(String name, String fields, Map<String, JsonNode> vars) {
        JsonNode v = vars.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown variable ${" + name + "}");
        }
        for (String field : fields.isEmpty() ? new String[0] : fields.substring(1).split("\\.")) {
            v = v.isArray() && field.chars().allMatch(Character::isDigit) ? v.path(Integer.parseInt(field)) : v.path(field);
        }
        return v.isMissingNode() ? TextNode.valueOf("") : v;
    }

    /** Every variable name a value refers to. */
    public static Set<String> references(JsonNode value) {
        Set<String> names = new LinkedHashSet<>();
        collect(value, names);
        return names;
    }

    private static void collect(JsonNode value, Set<String> names) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            Matcher m = REF.matcher(value.asText());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        value.forEach(v -> collect(v, names));
    }
}
