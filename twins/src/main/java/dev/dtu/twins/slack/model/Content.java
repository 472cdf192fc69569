package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.slack.errors.SlackError;

/**
 * What a message says: text, Block Kit blocks and legacy attachments, stored exactly as sent, and the app's
 * metadata ({@code event_type}, {@code event_payload}; null when none).
 */
public record Content(String text, JsonNode blocks, JsonNode attachments, JsonNode metadata) {
    /**
     * "Slack will truncate messages containing more than 40,000 characters" (chat.postMessage, Truncating content;
     * changelog 2018-04-truncating-really-long-messages). Slack does not say when it answers msg_too_long instead,
     * so the twin never does for text.
     */
    public static final int MAX_TEXT = 40_000;

    public Content {
        text = text == null ? "" : text;
    }

    public Content(String text, JsonNode blocks, JsonNode attachments) {
        this(text, blocks, attachments, null);
    }

    /** The content as Slack keeps it: refused when empty, text cut to {@link #MAX_TEXT} characters. */
    public Content checked() {
        if (text.isEmpty() && isEmpty(blocks) && isEmpty(attachments)) {
            throw new SlackError("no_text");
        }
        return truncated();
    }

    /** Text cut to {@link #MAX_TEXT} characters, never between the halves of a surrogate pair. */
    public Content truncated() {
        if (text.length() <= MAX_TEXT) {
            return this;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return new Content(text.substring(0, end), blocks, attachments, metadata);
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isEmpty();
    }
}
