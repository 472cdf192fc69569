package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Chat;
import dev.dtu.twins.slack.model.Content;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.ConversationType;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.MessageBlocks;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;

/**
 * chat.startStream, chat.appendStream, chat.stopStream (https://api.slack.com/methods/chat.startStream): an app's
 * reply that grows as its model writes. startStream posts the message (announced like any post); appends add
 * {@code markdown_text} to it; stopStream ends it, after which appends are message_not_in_streaming_state.
 * Outside a DM the stream names its reader (recipient_user_id, recipient_team_id). Appends change the stored
 * message without message_changed events: Slack documents none for them.
 */
final class StreamsApi {
    /** "Limit this field to 12,000 characters" (markdown_text). */
    static final int MAX_MARKDOWN = 12_000;
    /** The chunk kinds Slack documents; only markdown_text adds to the message's text here. */
    private static final java.util.Set<String> CHUNK_TYPES = java.util.Set.of("markdown_text", "task_update",
            "plan_update", "blocks");

    private StreamsApi() {}

    static ObjectNode start(MethodCall m) {
        Conversation c = m.conversation();
        if (c.type() != ConversationType.IM) {
            if (m.args().string("recipient_user_id").isEmpty()) {
                throw new SlackError("missing_recipient_user_id");
            }
            if (m.args().string("recipient_team_id").isEmpty()) {
                throw new SlackError("missing_recipient_team_id");
            }
        }
        String text = markdown(m);
        Message posted = new Chat(m.ws()).postStream(m.author(), c, new Content(text, null, null),
                m.args().string("thread_ts").orElse(null));
        streams(m).put(posted.key(), Json.object().put("channel", c.id()).put("ts", posted.ts())
                .put("app_id", m.ws().app().appId()).put("state", "streaming")
                .put("recipient_user_id", m.args().string("recipient_user_id").orElse(null)));
        return answer(c, posted);
    }

    static ObjectNode append(MethodCall m) {
        Conversation c = m.conversation();
        Message streaming = streaming(m, c);
        String text = markdown(m);
        if (text.isEmpty()) {
            throw new SlackError("no_text");
        }
        return answer(c, grow(m, streaming, text, null));
    }

    static ObjectNode stop(MethodCall m) {
        Conversation c = m.conversation();
        Message streaming = streaming(m, c);
        JsonNode blocks = m.args().array("blocks", "invalid_blocks");
        MessageBlocks.check(blocks);
        Message stopped = grow(m, streaming, markdown(m), blocks);
        ObjectNode stream = streams(m).require(streaming.key(), "message_not_in_streaming_state");
        streams(m).put(streaming.key(), stream.put("state", "stopped"));
        ObjectNode body = answer(c, stopped);
        body.set("message", m.ws().json(stopped));
        return body;
    }

    private static Message grow(MethodCall m, Message streaming, String text, JsonNode blocks) {
        JsonNode all = streaming.blocks();
        if (blocks != null) {
            ArrayNode joined = Json.array();
            if (all != null) {
                all.forEach(joined::add);
            }
            blocks.forEach(joined::add);
            all = joined;
        }
        Content grown = new Content(streaming.text() + text, all, streaming.attachments()).truncated();
        Message updated = streaming.withContent(grown.text(), grown.blocks(), grown.attachments(), streaming.edited());
        m.ws().save(updated);
        return updated;
    }

    /** The message, if this app streams it: message_not_found, message_not_owned_by_app, not_in_streaming_state. */
    private static Message streaming(MethodCall m, Conversation c) {
        String ts = m.args().require("ts", "message_not_found");
        Message msg = m.ws().message(c.id(), ts).orElseThrow(() -> new SlackError("message_not_found"));
        if (msg.appId() == null || !msg.appId().equals(m.ws().app().appId()) || !m.caller().isBot()) {
            throw new SlackError("message_not_owned_by_app");
        }
        ObjectNode stream = streams(m).get(msg.key()).orElseThrow(() -> new SlackError("message_not_in_streaming_state"));
        if (!stream.path("state").asText().equals("streaming")) {
            throw new SlackError("message_not_in_streaming_state");
        }
        return msg;
    }

    /** {@code markdown_text}, then the text of the {@code markdown_text} chunks, in order. */
    private static String markdown(MethodCall m) {
        StringBuilder all = new StringBuilder(m.args().string("markdown_text").orElse(""));
        JsonNode chunks = m.args().array("chunks", "invalid_chunks");
        if (chunks != null) {
            for (JsonNode chunk : chunks) {
                String type = chunk.path("type").asText();
                if (!CHUNK_TYPES.contains(type)) {
                    throw new SlackError("invalid_chunks");
                }
                if (type.equals("markdown_text")) {
                    all.append(chunk.path("text").asText(""));
                }
            }
        }
        String text = all.toString();
        if (text.length() > MAX_MARKDOWN) {
            throw new SlackError.InvalidArguments("must be less than " + (MAX_MARKDOWN + 1)
                    + " characters [json-pointer:/markdown_text]");
        }
        return text;
    }

    private static ObjectNode answer(Conversation c, Message msg) {
        return MethodCall.body().put("channel", c.id()).put("ts", msg.ts());
    }

    private static Records streams(MethodCall m) {
        return new Records(m.ws(), SlackKinds.STREAMS);
    }
}
