package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.twins.slack.errors.SlackError;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * A view payload as the app sends it (https://api.slack.com/reference/surfaces/views), checked against the rules
 * Slack documents: {@code type} modal or home, a modal's {@code title} (and {@code submit}, {@code close}) plain
 * text of at most 24 characters, at most 100 blocks of the kinds surfaces take, {@code submit} required with input
 * blocks, {@code private_metadata} at most 3000 characters, {@code callback_id} and {@code external_id} at most 255,
 * and the whole view at most 250 kB (view_too_large). Failures are invalid_arguments with Slack's
 * {@code [ERROR] … [json-pointer:/view…]} message; the twin names the first failure only.
 */
public final class ViewPayload {
    public static final int MAX_BLOCKS = 100;
    public static final int MAX_TEXT = 24;
    private static final int MAX_BYTES = 250 * 1024;
    private static final Set<String> SURFACE_BLOCKS = Set.of("actions", "context", "divider", "header", "image",
            "input", "rich_text", "section", "video");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ViewPayload() {}

    /** The {@code view} argument: a JSON object, or a JSON-encoded string of one (forms). */
    public static ObjectNode parse(JsonNode arg) {
        if (arg == null || arg.isNull() || arg.isTextual() && arg.asText().isEmpty()) {
            throw invalid("missing required field: view", "");
        }
        JsonNode view = arg;
        if (arg.isTextual()) {
            if (arg.asText().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw new SlackError("view_too_large");
            }
            try {
                view = Json.parse(arg.asText().getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                throw invalid("must provide an object", "/view");
            }
        }
        if (!view.isObject()) {
            throw invalid("must provide an object", "/view");
        }
        ObjectNode v = (ObjectNode) view;
        check(v);
        return v;
    }

    private static void check(ObjectNode v) {
        String type = v.path("type").asText("");
        if (type.isEmpty()) {
            throw invalid("missing required field: type", "/view");
        }
        if (!type.equals("modal") && !type.equals("home")) {
            throw invalid("must be a valid enum value", "/view/type");
        }
        boolean modal = type.equals("modal");
        if (modal && !v.has("title")) {
            throw invalid("missing required field: title", "/view");
        }
        for (String field : new String[] {"title", "submit", "close"}) {
            plainText(v, field);
        }
        JsonNode blocks = v.get("blocks");
        if (blocks == null || blocks.isNull()) {
            throw invalid("missing required field: blocks", "/view");
        }
        if (!blocks.isArray()) {
            throw invalid("must provide an array", "/view/blocks");
        }
        if (blocks.size() > MAX_BLOCKS) {
            throw invalid("no more than " + MAX_BLOCKS + " items allowed", "/view/blocks");
        }
        boolean inputs = false;
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode b = blocks.get(i);
            if (!b.isObject()) {
                throw invalid("must provide an object", "/view/blocks/" + i);
            }
            if (!SURFACE_BLOCKS.contains(b.path("type").asText())) {
                throw invalid("unsupported type: " + b.path("type").asText(), "/view/blocks/" + i + "/type");
            }
            inputs |= b.path("type").asText().equals("input");
        }
        if (modal && inputs && !v.has("submit")) {
            throw invalid("must provide a submit property when using input blocks", "/view");
        }
        maxLength(v, "private_metadata", 3000);
        maxLength(v, "callback_id", 255);
        maxLength(v, "external_id", 255);
        if (Json.bytes(v).length > MAX_BYTES) {
            throw new SlackError("view_too_large");
        }
    }

    private static void plainText(ObjectNode v, String field) {
        JsonNode t = v.get(field);
        if (t == null || t.isNull()) {
            return;
        }
        if (!t.isObject() || !t.path("type").asText().equals("plain_text")) {
            throw invalid("must be a plain_text text object", "/view/" + field);
        }
        String text = t.path("text").asText("");
        if (text.isEmpty()) {
            throw invalid("must be more than 0 characters", "/view/" + field + "/text");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw invalid("must be less than " + (MAX_TEXT + 1) + " characters", "/view/" + field + "/text");
        }
    }

    private static void maxLength(ObjectNode v, String field, int max) {
        String s = v.path(field).asText("");
        if (s.length() > max) {
            throw invalid("must be less than " + (max + 1) + " characters", "/view/" + field);
        }
    }

    private static SlackError invalid(String message, String pointer) {
        return new SlackError.InvalidArguments(message + (pointer.isEmpty() ? "" : " [json-pointer:" + pointer + "]"));
    }

    /**
     * The view as Slack stores and answers it: every field of its view object, blocks given a {@code block_id} and
     * elements an {@code action_id} where the app set none (Slack makes them up, as here).
     */
    public static ObjectNode stored(ObjectNode input, String id, String rootViewId, String previousViewId,
                                    Team team, AppConfig app, ObjectNode state, long nowSeconds) {
        boolean modal = input.path("type").asText().equals("modal");
        ObjectNode v = Json.object();
        v.put("id", id).put("team_id", team.id()).put("type", input.path("type").asText());
        v.set("blocks", withIds(input.get("blocks")));
        v.put("private_metadata", input.path("private_metadata").asText(""))
                .put("callback_id", input.path("callback_id").asText(""));
        v.set("state", state == null ? Json.object().set("values", Json.object()) : state);
        v.put("hash", nowSeconds + "." + CredentialSpec.digits(RANDOM, 7));
        v.set("title", input.get("title"));
        if (modal) {
            v.put("clear_on_close", input.path("clear_on_close").asBoolean(false))
                    .put("notify_on_close", input.path("notify_on_close").asBoolean(false));
        } else {
            v.put("clear_on_close", false).put("notify_on_close", false);
        }
        v.set("close", input.get("close"));
        v.set("submit", input.get("submit"));
        v.put("previous_view_id", previousViewId).put("root_view_id", rootViewId).put("app_id", app.appId())
                .put("external_id", input.path("external_id").asText("")).put("app_installed_team_id", team.id())
                .put("bot_id", app.botId());
        return v;
    }

    private static JsonNode withIds(JsonNode blocks) {
        com.fasterxml.jackson.databind.node.ArrayNode out = Json.array();
        Set<String> taken = new HashSet<>();
        for (JsonNode b : blocks) {
            ObjectNode block = b.deepCopy();
            if (!block.hasNonNull("block_id")) {
                block.put("block_id", fresh(taken));
            }
            if (block.path("element").isObject() && !block.get("element").hasNonNull("action_id")) {
                ((ObjectNode) block.get("element")).put("action_id", fresh(taken));
            }
            block.path("elements").forEach(e -> {
                if (e.isObject() && e.has("type") && !e.hasNonNull("action_id") && !block.path("type").asText()
                        .equals("context") && !block.path("type").asText().equals("rich_text")) {
                    ((ObjectNode) e).put("action_id", fresh(taken));
                }
            });
            out.add(block);
        }
        return out;
    }

    private static String fresh(Set<String> taken) {
        String id;
        do {
            id = CredentialSpec.alnum(RANDOM, 5);
        } while (!taken.add(id));
        return id;
    }
}
