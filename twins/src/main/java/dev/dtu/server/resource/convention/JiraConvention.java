package dev.dtu.server.resource.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.Convention;
import dev.dtu.server.resource.Declaration;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.ResourceException;
import dev.dtu.server.resource.Violation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Jira Cloud REST v3: paged lists are a {@code PageBean} ({@code self}, {@code nextPage}, {@code maxResults},
 * {@code startAt}, {@code total}, {@code isLast}, {@code values}) read with {@code startAt}/{@code maxResults};
 * unpaged lists are a plain array; every resource carries its {@code self} URL; ids are strings in JSON; errors
 * are {@code {"errorMessages": [...], "errors": {field: message}}}; create answers 201.
 */
public final class JiraConvention implements Convention {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    @Override
    public JsonNode time(Instant instant) {
        return TextNode.valueOf(TIME.format(instant));
    }

    @Override
    public Response page(Request request, Declaration d, List<Resource> live, Function<Resource, ObjectNode> render) {
        if (!d.paged()) {
            ArrayNode all = Json.array();
            live.forEach(r -> all.add(render.apply(r)));
            return Response.json(200, all);
        }
        int startAt = Math.max(0, Paging.intParam(request, "startAt").orElse(0));
        int maxResults = Paging.intParam(request, "maxResults").filter(n -> n >= 0).orElse(d.defaultPageSize(50));
        maxResults = Math.min(maxResults, d.maxPageSize(100));
        int end = (int) Math.min((long) startAt + maxResults, live.size());
        ObjectNode body = Json.object();
        body.put("self", url(request, startAt, maxResults));
        boolean last = end >= live.size();
        if (!last) {
            body.put("nextPage", url(request, end, maxResults));
        }
        body.put("maxResults", maxResults).put("startAt", startAt).put("total", live.size()).put("isLast", last);
        ArrayNode values = body.putArray("values");
        for (int i = startAt; i < end; i++) {
            values.add(render.apply(live.get(i)));
        }
        return Response.json(200, body);
    }

    private static String url(Request request, int startAt, int maxResults) {
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        query.put("startAt", List.of(Integer.toString(startAt)));
        query.put("maxResults", List.of(Integer.toString(maxResults)));
        return request.baseUrl() + request.path() + "?" + QueryStrings.format(query);
    }

    /** {@code self} first, as Jira writes it. */
    @Override
    public ObjectNode render(Request request, Declaration d, Resource r, String itemPath) {
        ObjectNode body = Json.object();
        body.put("self", request.baseUrl() + itemPath);
        body.setAll(r.body());
        return body;
    }

    @Override
    public Response created(Declaration d, ObjectNode body) {
        return Response.json(201, body);
    }

    @Override
    public Response error(Request request, ResourceException e) {
        Declaration d = e.declaration();
        Map<String, String> values = Convention.values(e);
        return switch (e.reason()) {
            case NOT_FOUND -> body(404, List.of(Convention.fill(d.message("notFound", "The {resource} {id} does not exist."), values)), Map.of());
            case FORBIDDEN -> body(403, List.of(d.message("forbidden", "You do not have permission to perform this operation.")), Map.of());
            // Jira's REST API has no entity tags; a declaration there would not turn them on.
            case PRECONDITION_FAILED -> body(412, List.of(d.message("preconditionFailed", "Precondition Failed")), Map.of());
            case NOT_ALLOWED_IN_STATE -> body(400, List.of(Convention.fill(d.message("notAllowed", "The {resource} is {status}."), values)), Map.of());
            case INVALID -> invalid(e);
        };
    }

    /** One entry per field in {@code errors}; a failure of the whole body goes to {@code errorMessages}. */
    private static Response invalid(ResourceException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> messages = new java.util.ArrayList<>();
        for (Violation v : e.violations()) {
            String text = Convention.fill(e.declaration().message(v.problem().name().toLowerCase(Locale.ROOT), message(v.problem())),
                    Convention.values(v));
            if (v.field().isEmpty()) {
                messages.add(text);
            } else {
                errors.putIfAbsent(v.field(), text);
            }
        }
        // A name in use is a 409 (e.g. createProjectCategory: "Returned if the project category name is in use").
        boolean conflict = e.violations().stream().allMatch(v -> v.problem() == Violation.Problem.UNIQUE);
        return body(conflict ? 409 : 400, messages, errors);
    }

    // Jira's field messages differ per resource; these defaults follow its common wording and resources override
    // them in their declaration's messages.
    private static String message(Violation.Problem problem) {
        return switch (problem) {
            case REQUIRED -> "The {field} is required.";
            case UNIQUE -> "A {field} with the value '{value}' already exists.";
            case MAX_LENGTH -> "The {field} must not exceed {expected} characters.";
            case MIN_LENGTH -> "The {field} must be at least {expected} characters.";
            case MAX_ITEMS -> "The {field} must not have more than {expected} items.";
            case ENUM -> "The {field} '{value}' is not valid.";
            case TYPE, FORMAT -> "Invalid request payload. Refer to the REST API documentation and try again.";
            case WRITE_ONCE -> "The {field} cannot be changed.";
        };
    }

    @Override
    public Response malformed(Request request) {
        return body(400, List.of("Invalid request payload. Refer to the REST API documentation and try again."), Map.of());
    }

    private static Response body(int status, List<String> messages, Map<String, String> errors) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("errorMessages");
        messages.forEach(list::add);
        ObjectNode map = body.putObject("errors");
        errors.forEach(map::put);
        return Response.json(status, body);
    }
}
