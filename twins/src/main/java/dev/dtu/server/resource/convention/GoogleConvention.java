package dev.dtu.server.resource.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.util.Map;
import java.util.function.Function;

/**
 * Google's REST APIs (Drive v3 style): lists wrap items in a named field with {@code nextPageToken} (left out on
 * the last page) read with {@code pageSize}/{@code pageToken}; {@code fields} masks any response; errors are
 * {@code {"error": {"code", "message", "status", "errors"}}} with {@code INVALID_ARGUMENT} "Invalid value at
 * 'field'"; timestamps RFC 3339 in UTC; no self links.
 */
public final class GoogleConvention implements Convention {

    @Override
    public JsonNode time(Instant instant) {
        return TextNode.valueOf(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    }

    @Override
    public Response page(Request request, Declaration d, List<Resource> live, Function<Resource, ObjectNode> render) {
        int size = Paging.intParam(request, "pageSize").filter(n -> n > 0).orElse(d.defaultPageSize(100));
        size = Math.min(size, d.maxPageSize(1000));
        String token = request.queryParam("pageToken").filter(t -> !t.isEmpty()).orElse(null);
        List<Resource> rest = Paging.after(live, token == null ? null : decode(d, token));
        List<Resource> page = rest.subList(0, Math.min(size, rest.size()));
        ObjectNode body = Json.object();
        if (rest.size() > page.size()) {
            body.put("nextPageToken", encode(page.get(page.size() - 1).id()));
        }
        ArrayNode items = body.putArray(d.listField() == null ? "items" : d.listField());
        page.forEach(r -> items.add(render.apply(r)));
        return masked(request, d, body);
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("dtu:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(Declaration d, String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith("dtu:")) {
                return text.substring(4);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the invalid token
        }
        throw ResourceException.invalid(d, List.of(new Violation("page_token", Violation.Problem.FORMAT, "page token", TextNode.valueOf(token))));
    }

    @Override
    public ObjectNode render(Request request, Declaration d, Resource r, String itemPath) {
        return r.body().deepCopy();
    }

    /** The {@code fields} mask of the request over a response body; a mask Google cannot read is a 400. */
    public static Response masked(Request request, Declaration d, JsonNode body) {
        String fields = request.queryParam("fields").orElse(null);
        if (fields == null || fields.isBlank()) {
            return Response.json(200, body);
        }
        try {
            return Response.json(200, FieldMask.parse(fields).apply(body));
        } catch (FieldMask.Invalid e) {
            return invalidFields(e);
        }
    }

    /** Google's 400 for a {@code fields} selection it cannot read: reason invalidParameter at the parameter. */
    public static Response invalidFields(FieldMask.Invalid e) {
        ObjectNode body = errorBody(400, "INVALID_ARGUMENT", e.getMessage(), "invalidParameter");
        ((ObjectNode) body.path("error").path("errors").get(0)).put("locationType", "parameter").put("location", "fields");
        return Response.json(400, body);
    }

    @Override
    public Response error(Request request, ResourceException e) {
        Declaration d = e.declaration();
        Map<String, String> values = Convention.values(e);
        return switch (e.reason()) {
            case NOT_FOUND -> error(404, "NOT_FOUND", Convention.fill(d.message("notFound", "Requested entity was not found."), values), "notFound");
            case FORBIDDEN -> error(403, "PERMISSION_DENIED", d.message("forbidden", "The caller does not have permission"), "forbidden");
            case NOT_ALLOWED_IN_STATE -> error(400, "FAILED_PRECONDITION",
                    Convention.fill(d.message("notAllowed", "Precondition check failed."), values), "failedPrecondition");
            // Google's answer to a stale If-Match (Drive): 412 "Precondition Failed", reason conditionNotMet.
            case PRECONDITION_FAILED -> error(412, "FAILED_PRECONDITION", d.message("preconditionFailed", "Precondition Failed"), "conditionNotMet");
            case INVALID -> {
                Violation v = e.violations().get(0);
                String text = Convention.fill(d.message(v.problem().name().toLowerCase(Locale.ROOT), message(v.problem())), Convention.values(v));
                yield error(400, "INVALID_ARGUMENT", text, "badRequest");
            }
        };
    }

    // "Invalid value at 'field' (TYPE), value" is Google's message for a value of the wrong type or enum; the
    // others are Google's generic INVALID_ARGUMENT wording with the field named.
    private static String message(Violation.Problem problem) {
        return switch (problem) {
            case TYPE, ENUM, FORMAT -> "Invalid value at '{field}' ({expected}), \"{value}\"";
            case REQUIRED -> "Invalid argument: '{field}' is required.";
            case UNIQUE -> "Invalid argument: '{field}' is already in use.";
            case MAX_LENGTH, MIN_LENGTH, MAX_ITEMS -> "Invalid value at '{field}': length limit {expected}.";
            case WRITE_ONCE -> "Invalid argument: '{field}' cannot be changed.";
        };
    }

    @Override
    public Response malformed(Request request) {
        return error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.", "parseError");
    }

    static Response error(int code, String status, String message, String reason) {
        return Response.json(code, errorBody(code, status, message, reason));
    }

    private static ObjectNode errorBody(int code, String status, String message, String reason) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error");
        error.put("code", code).put("message", message);
        error.putArray("errors").addObject().put("message", message).put("domain", "global").put("reason", reason);
        error.put("status", status);
        return body;
    }
}
