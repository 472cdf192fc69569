package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.CanvasDocument;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * canvases.create/.edit/.delete/.access.set/.access.delete/.sections.lookup and conversations.canvases.create
 * (https://docs.slack.dev/reference/methods/canvases.create). A canvas is a file (id {@code F…}, files.info shows
 * it) whose markdown is kept as sections (see {@link CanvasDocument}); a channel has at most one channel canvas.
 */
final class CanvasesApi {
    private static final List<String> ACCESS_LEVELS = List.of("read", "write", "owner");

    private CanvasesApi() {}

    static ObjectNode create(MethodCall m) {
        Optional<Conversation> channel = m.args().string("channel_id").map(id -> m.ws().visible(id, m.user()));
        return created(m, m.args().string("title").orElse(""), channel.orElse(null), "canvas_creation_failed");
    }

    static ObjectNode conversationsCreate(MethodCall m) {
        String id = m.args().string("channel_id").orElseThrow(
                () -> new SlackError.InvalidArguments("missing required field: channel_id"));
        Conversation c = m.ws().visible(id, m.user());
        if (!canvases(m).all(x -> x.path("channel_id").asText().equals(c.id())
                && x.path("is_channel_canvas").asBoolean()).isEmpty()) {
            throw new SlackError("channel_canvas_already_exists");
        }
        ObjectNode body = created(m, m.args().string("title").orElse(""), c, "canvas_creation_failed");
        Records canvases = canvases(m);
        ObjectNode canvas = canvases.require(body.path("canvas_id").asText(), "canvas_not_found");
        canvases.put(canvas.path("id").asText(), canvas.put("is_channel_canvas", true));
        return body;
    }

    static ObjectNode edit(MethodCall m) {
        Records canvases = canvases(m);
        ObjectNode canvas = canvas(m, canvases);
        JsonNode changes = json(m, "changes");
        if (changes == null || !changes.isArray() || changes.isEmpty()) {
            throw new SlackError.InvalidArguments("missing required field: changes");
        }
        ArrayNode sections = canvas.withArrayProperty("sections");
        for (JsonNode change : changes) {
            apply(m, canvas, sections, change);
        }
        canvases.put(canvas.path("id").asText(), canvas.put("updated", m.ws().nowSeconds()));
        return MethodCall.body();
    }

    static ObjectNode delete(MethodCall m) {
        Records canvases = canvases(m);
        canvases.remove(canvas(m, canvases).path("id").asText());
        return MethodCall.body();
    }

    static ObjectNode accessSet(MethodCall m) {
        Records canvases = canvases(m);
        ObjectNode canvas = canvas(m, canvases);
        String level = m.args().string("access_level").orElseThrow(
                () -> new SlackError.InvalidArguments("missing required field: access_level"));
        if (!ACCESS_LEVELS.contains(level)) {
            throw new SlackError.InvalidArguments("must be one of " + ACCESS_LEVELS + " [json-pointer:/access_level]");
        }
        Entities to = entities(m);
        if (level.equals("owner") && !to.users) {
            throw new SlackError("invalid_parameters"); // owner is for users only (canvases.access.set docs)
        }
        ObjectNode access = canvas.withObjectProperty("access").withObjectProperty(to.field());
        to.ids.forEach(id -> access.put(id, level));
        canvases.put(canvas.path("id").asText(), canvas);
        return MethodCall.body();
    }

    static ObjectNode accessDelete(MethodCall m) {
        Records canvases = canvases(m);
        ObjectNode canvas = canvas(m, canvases);
        Entities from = entities(m);
        ObjectNode access = canvas.withObjectProperty("access").withObjectProperty(from.field());
        from.ids.forEach(access::remove);
        canvases.put(canvas.path("id").asText(), canvas);
        return MethodCall.body();
    }

    static ObjectNode sectionsLookup(MethodCall m) {
        ObjectNode canvas = canvas(m, canvases(m));
        JsonNode criteria = json(m, "criteria");
        if (criteria == null || !criteria.isObject()) {
            throw new SlackError.InvalidArguments("missing required field: criteria");
        }
        List<String> types = new ArrayList<>();
        criteria.path("section_types").forEach(t -> types.add(t.asText()));
        String text = criteria.path("contains_text").isTextual() ? criteria.path("contains_text").asText() : null;
        if (types.isEmpty() && text == null) {
            throw new SlackError.InvalidArguments("criteria needs section_types or contains_text [json-pointer:/criteria]");
        }
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("sections");
        canvas.path("sections").forEach(s -> {
            if (CanvasDocument.matches(s, types, text)) {
                out.addObject().put("id", s.path("id").asText());
            }
        });
        return body;
    }

    /** A canvas as files.info shows it (a file of type quip, Slack's canvas file type), or empty. */
    static Optional<ObjectNode> file(MethodCall m, String id) {
        return canvases(m).get(id).map(c -> {
            ObjectNode f = Json.object();
            String team = m.ws().team().id();
            String title = c.path("title").asText();
            f.put("id", id).put("created", c.path("created").asLong()).put("timestamp", c.path("created").asLong())
                    .put("name", title).put("title", title).put("mimetype", "application/vnd.slack-docs")
                    .put("filetype", "quip").put("pretty_type", "canvas").put("user", c.path("user").asText())
                    .put("user_team", team).put("editable", true).put("size", markdownSize(c)).put("mode", "quip")
                    .put("is_external", false).put("external_type", "").put("is_public", false)
                    .put("public_url_shared", false).put("display_as_bot", false).put("username", "")
                    .put("url_private", m.ws().filesUrl() + "/files-pri/" + team + "-" + id + "/canvas")
                    .put("permalink", m.ws().team().url() + "docs/" + team + "/" + id)
                    .put("is_channel_space", c.path("is_channel_canvas").asBoolean())
                    .put("updated", c.path("updated").asLong());
            ArrayNode channels = f.putArray("channels");
            if (c.hasNonNull("channel_id")) {
                channels.add(c.path("channel_id").asText());
            }
            f.putArray("groups");
            f.putArray("ims");
            return f;
        });
    }

    private static ObjectNode created(MethodCall m, String title, Conversation channel, String failure) {
        String id = Ids.next(m.ws().tx(), "F");
        ObjectNode canvas = Json.object();
        long now = m.ws().nowSeconds();
        canvas.put("id", id).put("title", title).put("user", m.user()).put("created", now).put("updated", now)
                .put("is_channel_canvas", false).put("next_section", 0);
        if (channel != null) {
            canvas.put("channel_id", channel.id());
        }
        ArrayNode sections = canvas.putArray("sections");
        String markdown = markdown(m, json(m, "document_content"));
        if (markdown != null) {
            sections.addAll(parse(canvas, markdown, failure));
        }
        canvases(m).put(id, canvas);
        ObjectNode body = MethodCall.body();
        body.put("canvas_id", id);
        return body;
    }

    private static void apply(MethodCall m, ObjectNode canvas, ArrayNode sections, JsonNode change) {
        String operation = change.path("operation").asText("");
        String sectionId = change.path("section_id").isTextual() ? change.path("section_id").asText() : null;
        String markdown = markdown(m, change.path("document_content").isMissingNode() ? null
                : change.path("document_content"));
        Optional<Integer> at = sectionId == null ? Optional.empty() : CanvasDocument.indexOf(sections, sectionId);
        if (sectionId != null && at.isEmpty()) {
            throw new SlackError.Detailed("canvas_editing_failed", "section not found: " + sectionId);
        }
        switch (operation) {
            case "insert_at_start" -> insert(sections, 0, parse(canvas, content(markdown), "canvas_editing_failed"));
            case "insert_at_end" -> insert(sections, sections.size(),
                    parse(canvas, content(markdown), "canvas_editing_failed"));
            case "insert_before", "insert_after" -> {
                int i = at.orElseThrow(() -> new SlackError.InvalidArguments("missing required field: section_id"));
                insert(sections, operation.equals("insert_after") ? i + 1 : i,
                        parse(canvas, content(markdown), "canvas_editing_failed"));
            }
            case "replace" -> {
                List<ObjectNode> replacement = parse(canvas, content(markdown), "canvas_editing_failed");
                if (at.isEmpty()) { // no section_id: the whole document is replaced (canvases.edit docs)
                    sections.removeAll();
                    insert(sections, 0, replacement);
                } else {
                    sections.remove(at.get());
                    insert(sections, at.get(), replacement);
                }
            }
            case "delete" -> sections.remove(at.orElseThrow(
                    () -> new SlackError.InvalidArguments("missing required field: section_id")));
            default -> throw new SlackError.InvalidArguments("must be one of [insert_after, insert_before, "
                    + "insert_at_start, insert_at_end, replace, delete] [json-pointer:/changes/operation]");
        }
    }

    private static String content(String markdown) {
        if (markdown == null) {
            throw new SlackError.InvalidArguments("missing required field: document_content");
        }
        return markdown;
    }

    private static void insert(ArrayNode sections, int at, List<ObjectNode> added) {
        for (int i = 0; i < added.size(); i++) {
            sections.insert(at + i, added.get(i));
        }
    }

    private static List<ObjectNode> parse(ObjectNode canvas, String markdown, String failure) {
        try {
            return CanvasDocument.sections(markdown, () -> sectionId(canvas));
        } catch (CanvasDocument.Unsupported e) {
            throw new SlackError.Detailed(failure, e.getMessage());
        }
    }

    /** Section ids look like Slack's: {@code temp:C:} and 28 characters. */
    private static String sectionId(ObjectNode canvas) {
        long n = canvas.path("next_section").asLong();
        canvas.put("next_section", n + 1);
        String digits = Long.toString(n, 36).toUpperCase(java.util.Locale.ROOT);
        return "temp:C:" + canvas.path("id").asText() + "0".repeat(Math.max(0, 18 - digits.length())) + digits;
    }

    /** document_content: {"type": "markdown", "markdown": "…"}; any other type is invalid_arguments. */
    private static String markdown(MethodCall m, JsonNode content) {
        if (content == null || content.isNull()) {
            return null;
        }
        if (!content.isObject()) {
            throw new SlackError.InvalidArguments("expected object [json-pointer:/document_content]");
        }
        if (!content.path("type").asText("markdown").equals("markdown")) {
            throw new SlackError.InvalidArguments("must be one of [markdown] [json-pointer:/document_content/type]");
        }
        if (!content.path("markdown").isTextual()) {
            throw new SlackError.InvalidArguments("missing required field: markdown [json-pointer:/document_content]");
        }
        return content.path("markdown").asText();
    }

    private static long markdownSize(ObjectNode canvas) {
        return CanvasDocument.markdown((ArrayNode) canvas.path("sections")).getBytes(StandardCharsets.UTF_8).length;
    }

    private record Entities(boolean users, List<String> ids) {
        String field() {
            return users ? "users" : "channels";
        }
    }

    /** Exactly one of user_ids or channel_ids; each must exist (canvases.access.set docs). */
    private static Entities entities(MethodCall m) {
        List<String> users = ids(m, "user_ids");
        List<String> channels = ids(m, "channel_ids");
        if (users.isEmpty() == channels.isEmpty()) {
            throw new SlackError("invalid_parameters");
        }
        if (!users.isEmpty()) {
            users.forEach(u -> m.ws().user(u).orElseThrow(() -> new SlackError("user_not_found")));
            return new Entities(true, users);
        }
        List<String> resolved = new ArrayList<>();
        channels.forEach(c -> resolved.add(m.ws().visible(c, m.user()).id()));
        return new Entities(false, resolved);
    }

    /** A list of ids: a JSON array (or its text, as the Java SDK sends it), or comma-separated text. */
    private static List<String> ids(MethodCall m, String name) {
        List<String> out = new ArrayList<>();
        JsonNode v = m.args().all().get(name);
        if (v == null || v.isNull()) {
            return out;
        }
        JsonNode parsed = v;
        if (v.isTextual() && v.asText().trim().startsWith("[")) {
            parsed = json(m, name);
        }
        if (parsed.isArray()) {
            parsed.forEach(e -> out.add(e.asText()));
        } else {
            for (String s : parsed.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** A JSON argument: a value in JSON bodies, its text in forms; null when absent. */
    private static JsonNode json(MethodCall m, String name) {
        return m.args().json(name, () -> new SlackError.InvalidArguments("invalid JSON [json-pointer:/" + name + "]"));
    }

    private static ObjectNode canvas(MethodCall m, Records canvases) {
        String id = m.args().string("canvas_id").orElseThrow(
                () -> new SlackError.InvalidArguments("missing required field: canvas_id"));
        return canvases.require(id, "canvas_not_found");
    }

    private static Records canvases(MethodCall m) {
        return new Records(m.ws(), SlackKinds.CANVASES);
    }
}
