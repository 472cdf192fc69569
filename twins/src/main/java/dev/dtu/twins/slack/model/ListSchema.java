package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.Map;
import java.util.Set;

/**
 * A Slack List's columns and the values its cells take (https://docs.slack.dev/reference/methods/slackLists.create,
 * "Schema definition"; https://docs.slack.dev/reference/methods/slackLists.items.create, "Field types"). A cell value
 * is given under the key of its column's kind: {@code rich_text} for text columns, {@code select} for select columns,
 * and so on; another key is invalid_input_type.
 */
public final class ListSchema {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Column type → the key its values are given under. todo_* are the columns todo_mode adds. */
    private static final Map<String, String> VALUE_KEY = Map.ofEntries(
            Map.entry("text", "rich_text"), Map.entry("message", "message"), Map.entry("number", "number"),
            Map.entry("select", "select"), Map.entry("date", "date"), Map.entry("user", "user"),
            Map.entry("attachment", "attachment"), Map.entry("checkbox", "checkbox"), Map.entry("email", "email"),
            Map.entry("phone", "phone"), Map.entry("channel", "channel"), Map.entry("rating", "rating"),
            Map.entry("timestamp", "timestamp"), Map.entry("link", "link"), Map.entry("reference", "reference"),
            Map.entry("vote", "user"), Map.entry("canvas", "reference"),
            Map.entry("todo_completed", "checkbox"), Map.entry("todo_assignee", "user"),
            Map.entry("todo_due_date", "date"));
    /** Every value key a cell may carry; a cell with none of them sets nothing. */
    private static final Set<String> VALUE_KEYS = Set.copyOf(VALUE_KEY.values());

    private ListSchema() {}

    /**
     * The columns of a new List, with ids: the given schema (exactly one text column marked is_primary_column),
     * or one text column when none is given; todo_mode adds Completed, Assignee and Due date.
     */
    public static ArrayNode columns(JsonNode schema, boolean todoMode, java.util.function.Supplier<String> ids) {
        ArrayNode out = JSON.arrayNode();
        if (schema == null) {
            // The docs: "created with only one text column"; its key and name are the twin's guess.
            out.add(column(ids.get(), "name", "Name", "text", true, null));
        } else {
            if (!schema.isArray() || schema.isEmpty()) {
                throw new SlackError("invalid_schema");
            }
            int primaries = 0;
            for (JsonNode c : schema) {
                if (!c.isObject() || !c.path("key").isTextual() || !c.path("name").isTextual()
                        || !c.path("type").isTextual()) {
                    throw new SlackError("invalid_schema");
                }
                String type = c.path("type").asText();
                if (!VALUE_KEY.containsKey(type) || type.startsWith("todo_")) {
                    throw new SlackError("invalid_column_type");
                }
                boolean primary = c.path("is_primary_column").asBoolean(false);
                if (primary && !type.equals("text")) {
                    throw new SlackError("invalid_primary_column");
                }
                primaries += primary ? 1 : 0;
                out.add(column(ids.get(), c.path("key").asText(), c.path("name").asText(), type, primary,
                        c.get("options")));
            }
            if (primaries != 1) {
                throw new SlackError("invalid_primary_column");
            }
        }
        if (todoMode) {
            out.addAll(todoColumns(ids));
        }
        return out;
    }

    /** What todo_mode adds: Completed, Assignee and Due date (the slackLists.create page names them so). */
    public static java.util.List<ObjectNode> todoColumns(java.util.function.Supplier<String> ids) {
        return java.util.List.of(column(ids.get(), "todo_completed", "Completed", "todo_completed", false, null),
                column(ids.get(), "todo_assignee", "Assignee", "todo_assignee", false, null),
                column(ids.get(), "todo_due_date", "Due date", "todo_due_date", false, null));
    }

    private static ObjectNode column(String id, String key, String name, String type, boolean primary, JsonNode options) {
        ObjectNode c = JSON.objectNode().put("id", id).put("name", name).put("key", key).put("type", type)
                .put("is_primary_column", primary);
        if (options != null && options.isObject()) {
            c.set("options", options.deepCopy());
        }
        return c;
    }

    /** The column with this id, or invalid_column_id. */
    public static ObjectNode column(JsonNode columns, String id) {
        for (JsonNode c : columns) {
            if (c.path("id").asText().equals(id)) {
                return (ObjectNode) c;
            }
        }
        throw new SlackError("invalid_column_id");
    }

    /**
     * A cell as the List keeps and answers it: {@code key}, {@code column_id}, the value under its kind's key, and for
     * text its plain {@code text} (as Slack's SDK test reads it). Checks the value fits the column (invalid_input_type, invalid_option_id,
     * user_not_found).
     */
    public static ObjectNode field(Workspace ws, JsonNode column, JsonNode given) {
        String type = column.path("type").asText();
        String key = VALUE_KEY.get(type);
        for (var name : (Iterable<String>) given::fieldNames) {
            if (VALUE_KEYS.contains(name) && !name.equals(key)) {
                throw new SlackError("invalid_input_type");
            }
        }
        JsonNode value = given.get(key);
        if (value == null || value.isNull()) {
            throw new SlackError("invalid_input_type");
        }
        ObjectNode f = JSON.objectNode().put("key", column.path("key").asText())
                .put("column_id", column.path("id").asText());
        switch (key) {
            case "rich_text" -> {
                if (!value.isArray()) {
                    throw new SlackError("invalid_input_type");
                }
                f.put("text", plainText(value));
            }
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    throw new SlackError("invalid_input_type");
                }
            }
            default -> {
                if (!value.isArray()) {
                    throw new SlackError("invalid_input_type");
                }
                checkValues(ws, column, key, value);
            }
        }
        f.set(key, value.deepCopy());
        return f;
    }

    private static void checkValues(Workspace ws, JsonNode column, String key, JsonNode values) {
        for (JsonNode v : values) {
            if (key.equals("select")) {
                boolean known = false;
                for (JsonNode choice : column.path("options").path("choices")) {
                    known |= choice.path("value").asText().equals(v.asText());
                }
                if (!known) {
                    throw new SlackError("invalid_option_id");
                }
            } else if (key.equals("user")) {
                ws.user(v.asText()).orElseThrow(() -> new SlackError("user_not_found"));
            }
        }
    }

    /** The text of rich_text blocks: their text, link and mention elements, a line per section. */
    static String plainText(JsonNode blocks) {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : blocks) {
            for (JsonNode section : block.path("elements")) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                for (JsonNode e : section.path("elements")) {
                    switch (e.path("type").asText()) {
                        case "text" -> out.append(e.path("text").asText());
                        case "link" -> out.append(e.path("text").asText(e.path("url").asText()));
                        case "user" -> out.append("<@").append(e.path("user_id").asText()).append('>');
                        case "channel" -> out.append("<#").append(e.path("channel_id").asText()).append('>');
                        case "emoji" -> out.append(':').append(e.path("name").asText()).append(':');
                        default -> { }
                    }
                }
            }
        }
        return out.toString();
    }
}
