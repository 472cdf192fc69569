package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.Set;

/**
 * What Slack refuses in a message's blocks (https://api.slack.com/reference/block-kit/blocks): block types that do not
 * exist or are not for messages, more than 50 blocks, and input elements that belong to modals only, such as
 * {@code rich_text_input} (Slack's SDK tests: invalid_blocks). Inside legacy attachments, {@code blocks} replace
 * the legacy content: an attachment with blocks and also a title, text, fields, actions or callback id is
 * invalid_attachments (Slack's SDK tests, java-slack-sdk#157); its blocks follow the message rules.
 */
public final class MessageBlocks {
    public static final int MAX_BLOCKS = 50;
    private static final Set<String> MESSAGE_BLOCKS = Set.of("actions", "context", "divider", "file", "header", "image",
            "input", "rich_text", "section", "video", "call", "markdown", "table", "context_actions");
    private static final Set<String> MODAL_ONLY_ELEMENTS = Set.of("rich_text_input", "file_input");
    private static final Set<String> LEGACY_CONTENT = Set.of("title", "text", "fields", "actions", "callback_id",
            "pretext");

    private MessageBlocks() {}

    public static void check(JsonNode blocks) {
        if (!valid(blocks)) {
            throw new SlackError("invalid_blocks");
        }
    }

    public static void checkAttachments(JsonNode attachments) {
        if (attachments == null) {
            return;
        }
        for (JsonNode a : attachments) {
            JsonNode blocks = a.get("blocks");
            if (blocks == null || blocks.isNull()) {
                continue;
            }
            boolean legacy = LEGACY_CONTENT.stream().anyMatch(f -> a.hasNonNull(f) && !a.get(f).asText().isEmpty());
            if (legacy || !valid(blocks)) {
                throw new SlackError("invalid_attachments");
            }
        }
    }

    private static boolean valid(JsonNode blocks) {
        if (blocks == null || blocks.isNull()) {
            return true;
        }
        if (!blocks.isArray() || blocks.size() > MAX_BLOCKS) {
            return false;
        }
        for (JsonNode b : blocks) {
            if (!b.isObject() || !MESSAGE_BLOCKS.contains(b.path("type").asText())) {
                return false;
            }
            if (b.path("type").asText().equals("input")
                    && MODAL_ONLY_ELEMENTS.contains(b.path("element").path("type").asText())) {
                return false;
            }
        }
        return true;
    }
}
