package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code event_context} of an event_callback, which apps.event.authorizations.list takes back. Slack's look like
 * {@code 4-} and unpadded base64url of {@code {"et":event type,"tid":team,"aid":app,"cid":channel}} (seen in the
 * payloads Slack delivers; the docs call it opaque), and the twin makes them so.
 */
public record EventContext(String eventType, String teamId, String appId, String channelId) {
    private static final String PREFIX = "4-";

    public String encode() {
        ObjectNode o = Json.object().put("et", eventType).put("tid", teamId).put("aid", appId);
        if (channelId != null) {
            o.put("cid", channelId);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(o));
    }

    /** The context an event_context names; empty for any other text. */
    public static Optional<EventContext> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
            JsonNode o = Json.parse(raw);
            if (!o.path("tid").isTextual() || !o.path("aid").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new EventContext(o.path("et").asText(null), o.path("tid").asText(),
                    o.path("aid").asText(), o.path("cid").asText(null)));
        } catch (IllegalArgumentException | Json.MalformedJsonException e) {
            return Optional.empty();
        }
    }
}
