package dev.dtu.server.resource.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.Convention;
import dev.dtu.server.resource.Declaration;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.ResourceException;
import dev.dtu.server.resource.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Slack's Web API: every answer is HTTP 200 with {@code ok}; lists wrap items in a named field and page with
 * {@code cursor}/{@code limit} and {@code response_metadata.next_cursor} (an empty string on the last page);
 * bad arguments are {@code invalid_arguments} with {@code response_metadata.messages} ("[ERROR] ..."); a
 * missing scope is {@code missing_scope} with {@code needed}; timestamps are Unix seconds.
 * Cursors are base64 of {@code "<kind>:<last id>"}, as Slack's look ("dXNlcjpVMDYx..." is "user:U061...").
 */
public final class SlackConvention implements Convention {

    @Override
    public JsonNode time(Instant instant) {
        return IntNode.valueOf((int) instant.getEpochSecond());
    }

    @Override
    public Response page(Request request, Declaration d, List<Resource> live, Function<Resource, ObjectNode> render) {
        int limit = Paging.intParam(request, "limit").filter(n -> n > 0).orElse(d.defaultPageSize(100));
        limit = Math.min(limit, d.maxPageSize(1000));
        String cursor = request.queryParam("cursor").filter(c -> !c.isEmpty()).orElse(null);
        String after = cursor == null ? null : decode(d, cursor);
        if (cursor != null && after == null) {
            return fail("invalid_cursor");
        }
        List<Resource> rest = Paging.after(live, after);
        List<Resource> page = rest.subList(0, Math.min(limit, rest.size()));
        ObjectNode body = Json.object().put("ok", true);
        ArrayNode items = body.putArray(d.listField() == null ? d.kind() : d.listField());
        page.forEach(r -> items.add(render.apply(r)));
        String next = rest.size() > page.size() ? encode(d, page.get(page.size() - 1).id()) : "";
        body.putObject("response_metadata").put("next_cursor", next);
        return Response.json(200, body);
    }

    private static String encode(Declaration d, String id) {
        return Base64.getEncoder().encodeToString((d.kind() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(Declaration d, String cursor) {
        try {
            String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            return text.startsWith(d.kind() + ":") ? text.substring(d.kind().length() + 1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public ObjectNode render(Request request, Declaration d, Resource r, String itemPath) {
        return r.body().deepCopy();
    }

    @Override
    public Response created(Declaration d, ObjectNode body) {
        return ok(d, body);
    }

    /** {@code {"ok": true, "<singular>": {...}}}: the singular is the declaration's schema name in lower case. */
    @Override
    public Response ok(Declaration d, ObjectNode body) {
        ObjectNode out = Json.object().put("ok", true);
        out.set(d.schemaName().toLowerCase(Locale.ROOT), body);
        return Response.json(200, out);
    }

    @Override
    public Response deleted(Declaration d) {
        return Response.json(200, Json.object().put("ok", true));
    }

    @Override
    public Response error(Request request, ResourceException e) {
        Declaration d = e.declaration();
        return switch (e.reason()) {
            case NOT_FOUND -> fail(d.message("notFound", "not_found"));
            case FORBIDDEN -> {
                ObjectNode body = Json.object().put("ok", false).put("error", "missing_scope").put("needed", e.detail());
                yield Response.json(200, body);
            }
            case NOT_ALLOWED_IN_STATE -> fail(d.message("notAllowed", "invalid_state"));
            // Slack's Web API has no entity tags; a declaration there would not turn them on.
            case PRECONDITION_FAILED -> fail(d.message("preconditionFailed", "precondition_failed"));
            case INVALID -> invalid(e);
        };
    }

    // Slack's own wording for a missing argument is "[ERROR] missing required field: <name>" (Web API docs,
    // "invalid_arguments"); the others follow its "[ERROR] <problem> [json-pointer:/<field>]" form.
    private static Response invalid(ResourceException e) {
        ObjectNode body = Json.object().put("ok", false).put("error", "invalid_arguments");
        ArrayNode messages = body.putObject("response_metadata").putArray("messages");
        for (Violation v : e.violations()) {
            String pointer = " [json-pointer:/" + v.field().replace('.', '/').replaceAll("\\[(\\d+)]", "/$1") + "]";
            String text = switch (v.problem()) {
                case REQUIRED -> "missing required field: " + v.field();
                case TYPE -> "expected " + v.expected() + pointer;
                case ENUM -> "must be one of " + v.expected() + pointer;
                case MAX_LENGTH -> "must be less than " + (Integer.parseInt(v.expected()) + 1) + " characters" + pointer;
                case MIN_LENGTH -> "must be more than " + (Integer.parseInt(v.expected()) - 1) + " characters" + pointer;
                case MAX_ITEMS -> "no more than " + v.expected() + " items allowed" + pointer;
                case FORMAT -> "must be a valid " + v.expected() + pointer;
                case UNIQUE -> "must be unique" + pointer;
                case WRITE_ONCE -> "cannot be changed" + pointer;
            };
            messages.add("[ERROR] " + text);
        }
        return Response.json(200, body);
    }

    @Override
    public Response malformed(Request request) {
        return fail("invalid_json");
    }

    private static Response fail(String error) {
        return Response.json(200, Json.object().put("ok", false).put("error", error));
    }
}
