package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.filter.FilterException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One vendor's way of serving resources: how lists page, how errors and links look, how timestamps are
 * written, and what status each operation answers. One implementation per vendor in {@code convention}.
 */
public interface Convention {

    /** A timestamp as the vendor writes it in a resource. */
    JsonNode time(Instant instant);

    /** The list response: one page of {@code live} (in creation order) and the vendor's paging fields or headers. */
    Response page(Request request, Declaration d, List<Resource> live, Function<Resource, ObjectNode> render);

    /** The resource as the vendor shows it: the stored body plus the vendor's self links. */
    ObjectNode render(Request request, Declaration d, Resource r, String itemPath);

    /** The answer to a create: 200 with the resource, as Okta and Google answer (Jira: 201). */
    default Response created(Declaration d, ObjectNode body) {
        return ok(d, body);
    }

    /** The answer to get, replace, patch or a lifecycle step: 200 with the resource. */
    default Response ok(Declaration d, ObjectNode body) {
        return Response.json(200, body);
    }

    /** The answer to delete: 204 without a body. */
    default Response deleted(Declaration d) {
        return Response.empty(204);
    }

    /** The vendor's error for a failed operation. */
    Response error(Request request, ResourceException e);

    /**
     * The vendor's error for a list query it cannot read or does not support (see {@link Declaration.Query});
     * by default a validation error naming the parameter.
     */
    default Response invalidQuery(Request request, Declaration d, FilterException e) {
        return error(request, ResourceException.invalid(d, List.of(new Violation("filter", Violation.Problem.FORMAT,
                "expression", com.fasterxml.jackson.databind.node.TextNode.valueOf(request.queryParam("filter").orElse(""))))));
    }

    /** The vendor's error for a body that is not JSON. */
    Response malformed(Request request);

    /** The sub-path below the item a lifecycle step is served at when its declaration names none. */
    default String transitionPath(String name) {
        return "lifecycle/" + name;
    }

    /** Fills the placeholders of a message with a violation's or failure's details. */
    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }

    /** The placeholders of one violation. */
    static Map<String, String> values(Violation v) {
        String value = v.value() == null || v.value().isMissingNode() ? "" : v.value().isTextual() ? v.value().asText() : v.value().toString();
        return Map.of("field", v.field(), "expected", v.expected(), "value", value);
    }

    /** The placeholders of a failure that is not about fields. */
    static Map<String, String> values(ResourceException e) {
        return Map.of("id", e.id() == null ? "" : e.id(), "resource", e.declaration().schemaName(),
                "status", e.detail() == null ? "" : e.detail());
    }
}
