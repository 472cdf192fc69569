package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.slack.errors.SlackError;

/**
 * What a message says: text, Block Kit blocks and legacy attachments, stored exactly as sent, and the app's
 * metadata ({@code event_type}, {@code event_payload}; null when none).
 */
public record Content(String text, JsonNode blocks, JsonNode attachments, JsonNode metadata) {
    /** Slack truncates nothing: text over 40,000 characters is refused (chat.postMessage, "msg_too_long"). */
    public static final int MAX_TEXT = 40_000;

    public Content {
        text = text == null ? "" : text;
    }

    public Content(String text, JsonNode blocks, JsonNode attachments) {
        this(text, blocks, attachments, null);
    }

    public Content checked() {
        if (text.isEmpty() && isEmpty(blocks) && isEmpty(attachments)) {
            throw new SlackError("no_text");
        }
        if (text.length() > MAX_TEXT) {
            throw new SlackError("msg_too_long");
        }
        return this;
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isEmpty();
    }
}
