package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.AssistantThreads;
import dev.dtu.twins.slack.model.Conversation;
import java.nio.charset.StandardCharsets;

/**
 * assistant.threads.setStatus, .setSuggestedPrompts, .setTitle (https://api.slack.com/methods/assistant.threads.setStatus):
 * an AI app's thread in a person's DM with it. An empty {@code status} clears the status, as Slack documents.
 */
final class AssistantApi {
    /** "You can set up to four prompts" (assistant.threads.setSuggestedPrompts). */
    static final int MAX_PROMPTS = 4;

    private AssistantApi() {}

    static ObjectNode setStatus(MethodCall m) {
        JsonNode status = m.args().all().get("status");
        if (status == null || status.isNull()) {
            throw new SlackError.InvalidArguments("missing required field: status");
        }
        Conversation c = channel(m);
        String ts = m.args().string("thread_ts").orElse(null);
        AssistantThreads threads = new AssistantThreads(m.ws());
        threads.set(c.id(), ts, "status", com.fasterxml.jackson.databind.node.TextNode.valueOf(status.asText()));
        ArrayNode loading = Json.array();
        m.args().string("loading_messages").ifPresent(s -> {
            for (String part : s.split(",")) {
                loading.add(part.trim());
            }
        });
        threads.set(c.id(), ts, "loading_messages", loading);
        return MethodCall.body();
    }

    static ObjectNode setTitle(MethodCall m) {
        Conversation c = channel(m);
        String title = m.args().string("title")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: title"));
        new AssistantThreads(m.ws()).set(c.id(), m.args().string("thread_ts").orElse(null), "title", com.fasterxml.jackson.databind.node.TextNode.valueOf(title));
        return MethodCall.body();
    }

    static ObjectNode setSuggestedPrompts(MethodCall m) {
        Conversation c = channel(m);
        JsonNode prompts = prompts(m.args().all().get("prompts"));
        AssistantThreads threads = new AssistantThreads(m.ws());
        String ts = m.args().string("thread_ts").orElse(null);
        threads.set(c.id(), ts, "suggested_prompts", prompts);
        threads.set(c.id(), ts, "prompts_title", com.fasterxml.jackson.databind.node.TextNode.valueOf(m.args().string("title").orElse("")));
        return MethodCall.body();
    }

    /** An array of one to four {@code {title, message}} objects, sent as JSON text in forms. */
    private static JsonNode prompts(JsonNode arg) {
        if (arg == null || arg.isNull() || arg.isTextual() && arg.asText().isEmpty()) {
            throw new SlackError.InvalidArguments("missing required field: prompts");
        }
        JsonNode prompts = arg;
        if (arg.isTextual()) {
            try {
                prompts = Json.parse(arg.asText().getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                throw new SlackError.InvalidArguments("must provide an array [json-pointer:/prompts]");
            }
        }
        if (!prompts.isArray() || prompts.isEmpty()) {
            throw new SlackError.InvalidArguments("must provide an array [json-pointer:/prompts]");
        }
        if (prompts.size() > MAX_PROMPTS) {
            throw new SlackError.InvalidArguments("no more than " + MAX_PROMPTS + " items allowed [json-pointer:/prompts]");
        }
        for (int i = 0; i < prompts.size(); i++) {
            for (String field : new String[] {"title", "message"}) {
                if (!prompts.get(i).path(field).isTextual() || prompts.get(i).path(field).asText().isEmpty()) {
                    throw new SlackError.InvalidArguments("missing required field: " + field
                            + " [json-pointer:/prompts/" + i + "]");
                }
            }
        }
        return prompts;
    }

    private static Conversation channel(MethodCall m) {
        return m.ws().visible(m.args().require("channel_id", "channel_not_found"), m.user());
    }
}
