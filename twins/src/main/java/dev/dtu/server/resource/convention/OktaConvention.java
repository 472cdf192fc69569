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
import dev.dtu.server.resource.filter.FilterException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Okta's Management API: a plain JSON array paged by {@code limit} and an opaque {@code after} cursor with
 * {@code link} headers ({@code self} always, {@code next} while more remain); HAL {@code _links} with
 * {@code self} and the lifecycle step the status allows; errors {@code errorCode}/{@code errorSummary}/
 * {@code errorLink}/{@code errorId}/{@code errorCauses}; timestamps with milliseconds in UTC.
 */
public final class OktaConvention implements Convention {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public JsonNode time(Instant instant) {
        return TextNode.valueOf(TIME.format(instant));
    }

    @Override
    public Response page(Request request, Declaration d, List<Resource> live, Function<Resource, ObjectNode> render) {
        if (Paging.malformedInt(request, "limit")) {
            throw ResourceException.invalid(d, List.of(new Violation("limit", Violation.Problem.TYPE, "integer",
                    TextNode.valueOf(request.queryParam("limit").orElse("")))));
        }
        int limit = Paging.intParam(request, "limit").filter(n -> n > 0).orElse(d.defaultPageSize(20));
        limit = Math.min(limit, d.maxPageSize(200));
        List<Resource> rest = Paging.after(OktaQuery.select(request, d, live), request.queryParam("after").orElse(null));
        List<Resource> page = rest.subList(0, Math.min(limit, rest.size()));
        ArrayNode body = Json.array();
        page.forEach(r -> body.add(render.apply(r)));
        Response response = Response.json(200, body);
        response.addHeader("link", link(request, null, "self"));
        if (rest.size() > page.size()) {
            response.addHeader("link", link(request, page.get(page.size() - 1).id(), "next"));
        }
        return response;
    }

    /**
     * One {@code link} header line: the request's own URL on the org URL the client used, with {@code after} set
     * when given (Okta's hand-written lists page the same way: the Okta twin's {@code Pages}).
     */
    public static String link(Request request, String after, String rel) {
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        if (after != null) {
            query.put("after", List.of(after));
        }
        String qs = QueryStrings.format(query).replace("+", "%20");
        return "<" + request.baseUrl() + request.path() + (qs.isEmpty() ? "" : "?" + qs) + ">; rel=\"" + rel + "\"";
    }

    /** {@code _links.self}, and {@code activate} or {@code deactivate} (whichever the status allows) with its hint. */
    @Override
    public ObjectNode render(Request request, Declaration d, Resource r, String itemPath) {
        ObjectNode body = r.body().deepCopy();
        String href = request.baseUrl() + itemPath;
        ObjectNode links = body.putObject("_links");
        links.putObject("self").put("href", href).putObject("hints").putArray("allow").add("GET").add("PUT").add("DELETE");
        if (d.lifecycle() != null) {
            String status = r.text(d.lifecycle().field());
            d.lifecycle().transitions().forEach((name, t) -> {
                if (!t.to().equals(status) && (t.from().isEmpty() || t.from().contains(status))) {
                    String path = t.path() != null ? t.path() : transitionPath(name);
                    links.putObject(name).put("href", href + "/" + path).putObject("hints").putArray("allow").add("POST");
                }
            });
        }
        return body;
    }

    @Override
    public Response error(Request request, ResourceException e) {
        Declaration d = e.declaration();
        Map<String, String> values = Convention.values(e);
        return switch (e.reason()) {
            case NOT_FOUND -> body(404, "E0000007", Convention.fill(d.message("notFound",
                    "Not found: Resource not found: {id} ({resource})"), values), List.of());
            case FORBIDDEN -> body(403, "E0000006", d.message("forbidden",
                    "You do not have permission to perform the requested action"), List.of());
            // Guessed: Okta's docs name no code for a lifecycle step or delete its status forbids.
            case NOT_ALLOWED_IN_STATE -> body(400, "E0000001", "Api validation failed: " + d.schemaName(),
                    List.of(Convention.fill(d.message("notAllowed", "The operation is not allowed in the current status {status}."), values)));
            // Guessed: Okta's docs ("Conditional requests and entity tags") give 412 but no error code for it.
            case PRECONDITION_FAILED -> body(412, "E0000001", d.message("preconditionFailed",
                    "Precondition Failed: the resource has changed since the ETag given in If-Match"), List.of());
            case INVALID -> invalid(e);
        };
    }

    /** E0000001 naming the first field, one cause per violation ("name: The field cannot be left blank"). */
    private static Response invalid(ResourceException e) {
        List<String> causes = e.violations().stream().map(v -> (v.field().isEmpty() ? "" : v.field() + ": ")
                + Convention.fill(e.declaration().message(v.problem().name().toLowerCase(java.util.Locale.ROOT),
                        cause(v.problem())), Convention.values(v))).toList();
        String first = e.violations().isEmpty() ? e.declaration().schemaName() : e.violations().get(0).field();
        return body(400, "E0000001", "Api validation failed: " + first, causes);
    }

    // Okta's wording for blank and duplicate fields is its Users API's (error-codes reference, E0000001 example);
    // the others are guesses in the same style.
    private static String cause(Violation.Problem problem) {
        return switch (problem) {
            case REQUIRED -> "The field cannot be left blank";
            case UNIQUE -> "An object with this field already exists in the current organization";
            case MAX_LENGTH -> "The field cannot exceed {expected} characters";
            case MIN_LENGTH -> "The field must be at least {expected} characters";
            case MAX_ITEMS -> "The field cannot have more than {expected} items";
            case ENUM -> "'{value}' is not a valid value; it must be one of: {expected}";
            case TYPE -> "The field must be of type {expected}";
            case FORMAT -> "The field is not a valid {expected}";
            case WRITE_ONCE -> "The field cannot be changed";
        };
    }

    /**
     * E0000031 for an expression Okta cannot read or does not support; E0000030 for a date it cannot read;
     * E0000033 for {@code search} with {@code filter}.
     */
    @Override
    public Response invalidQuery(Request request, Declaration d, FilterException e) {
        return switch (e.kind()) {
            case INVALID_DATE -> body(400, "E0000030", "Bad request. Invalid date. Dates must be of the form "
                    + "yyyy-MM-dd'T'HH:mm:ss.SSSZZ, e.g. 2013-01-01T12:00:00.000-07:00.", List.of());
            case SEARCH_WITH_FILTER -> body(400, "E0000033",
                    "Bad request. Can't specify a search query and filter in the same request.", List.of());
            case INVALID_CRITERIA -> body(400, "E0000031", "Invalid search criteria.", List.of());
        };
    }

    @Override
    public Response malformed(Request request) {
        return body(400, "E0000003", "The request body was not well-formed.", List.of());
    }

    static Response body(int status, String code, String summary, List<String> causes) {
        ObjectNode body = Json.object();
        body.put("errorCode", code);
        body.put("errorSummary", summary);
        body.put("errorLink", code);
        body.put("errorId", "oae" + random(22));
        ArrayNode list = body.putArray("errorCauses");
        causes.forEach(c -> list.addObject().put("errorSummary", c));
        return Response.json(status, body);
    }

    private static String random(int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
