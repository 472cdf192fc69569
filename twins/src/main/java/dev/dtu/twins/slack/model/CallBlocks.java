package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A {@code call} block as Slack shows it when a message is read: the app posts only
 * {@code {"type":"call","call_id":"R…"}}; Slack answers the block with the Call's current state under
 * {@code call.v1} (https://docs.slack.dev/apis/calls#post_to_channel), so updates and ends show up in messages
 * already posted.
 */
public final class CallBlocks {
    private CallBlocks() {}

    /** The blocks with each call block filled in from the Call it names; the same blocks when there is none. */
    public static JsonNode decorate(JsonNode blocks, Workspace ws) {
        if (blocks == null || !blocks.isArray() || !hasCall(blocks)) {
            return blocks;
        }
        ArrayNode out = ((ArrayNode) blocks).deepCopy();
        Records calls = new Records(ws, SlackKinds.CALLS);
        for (JsonNode b : out) {
            if (b.path("type").asText().equals("call") && b instanceof ObjectNode block) {
                Optional<ObjectNode> call = calls.get(b.path("call_id").asText(null));
                block.put("api_decoration_available", false);
                call.ifPresent(c -> {
                    ObjectNode data = block.putObject("call");
                    data.set("v1", v1(c, ws));
                    data.put("media_backend_type", "platform_call");
                });
            }
        }
        return out;
    }

    private static boolean hasCall(JsonNode blocks) {
        for (JsonNode b : blocks) {
            if (b.path("type").asText().equals("call")) {
                return true;
            }
        }
        return false;
    }

    /** The Call in the block's own words: title is {@code name}, external_display_id is {@code display_id}. */
    private static ObjectNode v1(ObjectNode c, Workspace ws) {
        ObjectNode v1 = c.objectNode();
        v1.put("id", c.path("id").asText()).put("app_id", c.path("app_id").asText())
                .put("date_start", c.path("date_start").asLong())
                .put("join_url", c.path("join_url").asText())
                .put("created_by", c.path("created_by").asText())
                .put("has_ended", c.has("date_end")).put("is_dm_call", false)
                .put("was_rejected", false).put("was_missed", false).put("was_accepted", false);
        copy(c, v1, "desktop_app_join_url", "desktop_app_join_url");
        copy(c, v1, "external_display_id", "display_id");
        copy(c, v1, "title", "name");
        if (c.has("date_end")) {
            v1.put("date_end", c.path("date_end").asLong());
        }
        ArrayNode users = c.path("users").isArray() ? (ArrayNode) c.path("users") : c.arrayNode();
        v1.set("active_participants", c.has("date_end") ? c.arrayNode() : users.deepCopy());
        v1.set("all_participants", users.deepCopy());
        v1.putArray("channels");
        return v1;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field, String as) {
        if (from.hasNonNull(field)) {
            to.set(as, from.get(field));
        }
    }
}
