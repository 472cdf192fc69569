package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.Optional;

/** The few Slack Web API methods the app uses, over plain HTTP with a bot token. */
final class SlackClient {
    private final String apiUrl;
    private final String token;
    private final ApiCall http;

    SlackClient(String apiUrl, String token, ApiCall http) {
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        this.token = token;
        this.http = http;
    }

    /** Posts a message (in a thread when threadTs is given); the posted message's ts, if Slack said ok. */
    Optional<String> postMessage(String channel, String text, String threadTs) {
        ObjectNode body = ApiCall.JSON.createObjectNode().put("channel", channel).put("text", text);
        if (threadTs != null) {
            body.put("thread_ts", threadTs);
        }
        return call("chat.postMessage", body).map(r -> r.path("ts").asText());
    }

    /** The id of a channel by name, searching public and private channels the bot can see. */
    Optional<String> channelId(String name) {
        String cursor = "";
        do {
            ObjectNode body = ApiCall.JSON.createObjectNode().put("types", "public_channel,private_channel").put("limit", 200);
            if (!cursor.isEmpty()) {
                body.put("cursor", cursor);
            }
            Optional<JsonNode> page = call("conversations.list", body);
            if (page.isEmpty()) {
                return Optional.empty();
            }
            for (JsonNode c : page.get().path("channels")) {
                if (c.path("name").asText().equals(name)) {
                    return Optional.of(c.path("id").asText());
                }
            }
            cursor = page.get().path("response_metadata").path("next_cursor").asText("");
        } while (!cursor.isEmpty());
        return Optional.empty();
    }

    /** A member's email (users.info; needs users:read.email). */
    Optional<String> email(String userId) {
        ObjectNode body = ApiCall.JSON.createObjectNode().put("user", userId);
        return call("users.info", body).map(r -> r.path("user").path("profile").path("email").asText(null));
    }

    /** Everyone in a conversation (all pages). */
    java.util.Set<String> members(String channel) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String cursor = "";
        do {
            ObjectNode body = ApiCall.JSON.createObjectNode().put("channel", channel).put("limit", 200);
            if (!cursor.isEmpty()) {
                body.put("cursor", cursor);
            }
            Optional<JsonNode> page = call("conversations.members", body);
            if (page.isEmpty()) {
                return out;
            }
            page.get().path("members").forEach(m -> out.add(m.asText()));
            cursor = page.get().path("response_metadata").path("next_cursor").asText("");
        } while (!cursor.isEmpty());
        return out;
    }

    private Optional<JsonNode> call(String method, ObjectNode body) {
        HttpRequest request = ApiCall.request(apiUrl + method)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return http.send(request).filter(r -> r.path("ok").asBoolean(false));
    }
}
