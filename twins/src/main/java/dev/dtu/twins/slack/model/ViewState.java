package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.Iterator;
import java.util.HashSet;
import java.util.Set;

/**
 * A view's {@code state.values} as Slack builds it when a person fills its inputs
 * (https://api.slack.com/reference/interaction-payloads/views#view_submission): {@code block_id → action_id →}
 * the element's type and its value in the field Slack uses for that type ({@code value}, {@code selected_option},
 * {@code selected_users}, {@code selected_date}…). Inputs the person left empty carry null.
 */
public final class ViewState {
    private ViewState() {}

    /** The state of {@code view}'s input blocks with the person's {@code entries}, by action_id. */
    public static ObjectNode fill(JsonNode view, JsonNode entries) {
        ObjectNode values = Json.object();
        Set<String> known = new HashSet<>();
        for (JsonNode block : view.path("blocks")) {
            JsonNode element = block.path("element");
            if (!block.path("type").asText().equals("input") || !element.isObject()) {
                continue;
            }
            String actionId = element.path("action_id").asText();
            known.add(actionId);
            ObjectNode value = value(element, entries.get(actionId));
            values.putObject(block.path("block_id").asText()).set(actionId, value);
        }
        for (Iterator<String> it = entries.fieldNames(); it.hasNext(); ) {
            if (!known.contains(it.next())) {
                throw new SlackError("action_not_found");
            }
        }
        ObjectNode state = Json.object();
        state.set("values", values);
        return state;
    }

    private static ObjectNode value(JsonNode element, JsonNode entry) {
        String type = element.path("type").asText();
        ObjectNode v = Json.object().put("type", type);
        boolean empty = entry == null || entry.isNull();
        switch (type) {
            case "static_select", "external_select", "radio_buttons" ->
                    v.set("selected_option", empty ? null : option(element, entry.asText()));
            case "multi_static_select", "multi_external_select", "checkboxes" -> {
                ArrayNode selected = v.putArray("selected_options");
                if (!empty) {
                    list(entry).forEach(e -> selected.add(option(element, e.asText())));
                }
            }
            case "users_select" -> v.put("selected_user", empty ? null : entry.asText());
            case "multi_users_select" -> v.set("selected_users", empty ? Json.array() : list(entry));
            case "conversations_select" -> v.put("selected_conversation", empty ? null : entry.asText());
            case "multi_conversations_select" -> v.set("selected_conversations", empty ? Json.array() : list(entry));
            case "channels_select" -> v.put("selected_channel", empty ? null : entry.asText());
            case "multi_channels_select" -> v.set("selected_channels", empty ? Json.array() : list(entry));
            case "datepicker" -> v.put("selected_date", empty ? null : entry.asText());
            case "timepicker" -> v.put("selected_time", empty ? null : entry.asText());
            default -> v.put("value", empty ? null : entry.asText());
        }
        return v;
    }

    /** The element's option with this value, as Slack echoes it ({@code text}, {@code value}). */
    private static JsonNode option(JsonNode element, String value) {
        for (JsonNode group : new JsonNode[] {element.path("options"), element.path("option_groups")}) {
            for (JsonNode o : group) {
                for (JsonNode opt : o.has("options") ? o.get("options") : Json.array().add(o)) {
                    if (value.equals(opt.path("value").asText())) {
                        return opt.deepCopy();
                    }
                }
            }
        }
        if (element.path("type").asText().contains("external")) {
            ObjectNode o = Json.object();
            o.putObject("text").put("type", "plain_text").put("text", value);
            return o.put("value", value);
        }
        throw new SlackError("option_not_found");
    }

    private static ArrayNode list(JsonNode entry) {
        ArrayNode out = Json.array();
        if (entry.isArray()) {
            entry.forEach(e -> out.add(e.asText()));
        } else {
            out.add(entry.asText());
        }
        return out;
    }
}
