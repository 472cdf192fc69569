package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work objects (https://docs.slack.dev/messaging/work-objects): message or unfurl {@code metadata} of the form
 * {@code {"entities": [{entity_type, url, external_ref: {id}, entity_payload, app_unfurl_url?}]}}. Slack shows
 * each entity as an app unfurl attachment of the message: {@code from_url} is the entity's URL and
 * {@code app_unfurl_url} the link in the message it unfurls.
 */
public final class WorkObjects {
    private static final Pattern LINK = Pattern.compile("<(https?://[^|>]+)(?:\\|[^>]*)?>|(https?://\\S+)");

    private WorkObjects() {}

    /** Whether the metadata is work objects (rather than an event_type and event_payload). */
    public static boolean isEntities(JsonNode metadata) {
        return metadata != null && metadata.isObject() && metadata.has("entities");
    }

    /** Each entity needs its type, URL, external reference and payload; anything else is invalid_metadata_format. */
    public static void check(JsonNode metadata) {
        JsonNode entities = metadata.path("entities");
        if (!entities.isArray() || entities.isEmpty()) {
            throw new SlackError("invalid_metadata_format");
        }
        for (JsonNode e : entities) {
            boolean ok = e.isObject() && e.path("entity_type").isTextual() && e.path("url").isTextual()
                    && e.path("external_ref").path("id").isTextual() && e.path("entity_payload").isObject();
            if (!ok) {
                throw new SlackError("invalid_metadata_format");
            }
        }
    }

    /** {@code attachments} with one app unfurl attachment added per entity; {@code text} holds the links. */
    public static ArrayNode attachments(JsonNode metadata, JsonNode attachments, String text) {
        ArrayNode out = attachments != null && attachments.isArray() ? ((ArrayNode) attachments).deepCopy() : Json.array();
        for (JsonNode e : metadata.path("entities")) {
            String url = e.path("url").asText();
            String title = e.path("entity_payload").path("attributes").path("title").path("text").asText(url);
            ObjectNode a = out.addObject();
            a.put("id", out.size()).put("from_url", url).put("original_url", url)
                    .put("app_unfurl_url", unfurled(e, url, text)).put("is_app_unfurl", true)
                    .put("title", title).put("fallback", title);
        }
        return out;
    }

    /** The entity's app_unfurl_url, else the message's link the entity's URL begins, else the entity's URL. */
    private static String unfurled(JsonNode entity, String url, String text) {
        if (entity.path("app_unfurl_url").isTextual()) {
            return entity.path("app_unfurl_url").asText();
        }
        Matcher m = LINK.matcher(text == null ? "" : text);
        while (m.find()) {
            String link = m.group(1) != null ? m.group(1) : m.group(2);
            if (link.startsWith(url)) {
                return link;
            }
        }
        return url;
    }
}
