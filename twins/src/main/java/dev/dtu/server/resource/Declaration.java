package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A vendor resource as data: one YAML file under {@code src/main/resources/declared/<twin>/}. The framework
 * serves it with the vendor's conventions (see {@link DeclaredResources}); {@code docs/architecture.md} shows
 * a whole file.
 *
 * @param schema the vendor's schema for the resource: {@code components.schemas} of {@code openapi/<twin>.yaml}
 * @param kind the state kind ({@code okta/trustedOrigins}) and the name hooks are registered under
 * @param collection the list/create path template; a {@code {param}} in it makes the resource a child of that parent
 * @param item the get/replace/patch/delete path template (the last parameter is the id)
 * @param id how ids look: {@code okta:<prefix>}, {@code number:<first>}, {@code slack:<prefix>}, {@code google}
 * @param operations the vendor's operation id of each served operation: list, create, get, replace, patch, delete
 * @param lifecycle a status field with its transitions, each served as a POST sub-path, or null
 * @param required fields the vendor requires beyond what its schema says
 * @param unique fields no two live resources (under one parent) may share, compared ignoring case
 * @param writeOnce fields set on create that replace and patch may not change
 * @param defaults values the vendor fills in when a create leaves them out (beside the schema's defaults)
 * @param stamps where the vendor keeps {@code created}, {@code updated}, {@code createdBy}, {@code updatedBy}
 * @param permissions the permission or scope {@code read} (list, get) and {@code write} (the rest) need
 * @param listField the field holding the items in a list response, for vendors that wrap lists (Google, Slack)
 * @param paged whether the list is paged (Jira has unpaged lists that answer a plain array)
 * @param pageSize the page size when the request gives none ({@code default}) and the most it may ask ({@code max})
 * @param messages the vendor's wording where it is particular to the resource, by key: {@code notFound},
 *     {@code forbidden}, {@code notAllowed}, or a {@link Violation.Problem} in lower case; placeholders {@code {id}},
 *     {@code {field}}, {@code {value}}, {@code {expected}}, {@code {status}}
 * @param methods the HTTP method of an operation where the vendor differs from the usual one (Jira updates by
 *     {@code PUT} with patch semantics: {@code {patch: PUT}})
 * @param events the event type the vendor logs per write ({@code create}, {@code replace}, {@code patch},
 *     {@code delete}, or a lifecycle transition's name), written through the caller's {@link EventLog}
 * @param etags whether the vendor gives the resource entity tags: an {@code ETag} on every answer holding it,
 *     {@code If-None-Match} on get (304 when it names the current tag), {@code If-Match} on replace, patch, delete
 *     and lifecycle steps (the vendor's 412 when it names none of them, checked inside the write)
 * @param query what a list may be narrowed by, as the vendor's convention reads it (Okta: {@code q},
 *     {@code filter}, {@code search}); null: the list takes no query
 */
public record Declaration(
        String twin,
        String schema,
        String kind,
        String collection,
        String item,
        String id,
        Map<String, String> operations,
        Lifecycle lifecycle,
        List<String> required,
        List<String> unique,
        List<String> writeOnce,
        ObjectNode defaults,
        Map<String, String> stamps,
        Map<String, String> permissions,
        String listField,
        Boolean paged,
        Map<String, Integer> pageSize,
        Map<String, String> messages,
        Map<String, String> methods,
        Map<String, String> events,
        Boolean etags,
        Query query) {

    public enum Operation { LIST, CREATE, GET, REPLACE, PATCH, DELETE }

    public Declaration {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(item, "item");
        operations = operations == null ? Map.of() : new LinkedHashMap<>(operations);
        required = required == null ? List.of() : List.copyOf(required);
        unique = unique == null ? List.of() : List.copyOf(unique);
        writeOnce = writeOnce == null ? List.of() : List.copyOf(writeOnce);
        defaults = defaults == null ? Json.object() : defaults;
        stamps = stamps == null ? Map.of() : Map.copyOf(stamps);
        permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
        paged = paged == null || paged;
        etags = etags != null && etags;
        pageSize = pageSize == null ? Map.of() : Map.copyOf(pageSize);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        methods = methods == null ? Map.of() : Map.copyOf(methods);
        events = events == null ? Map.of() : Map.copyOf(events);
        for (String op : operations.keySet()) {
            Operation.valueOf(op.toUpperCase(java.util.Locale.ROOT)); // names a known operation
        }
    }

    /**
     * What a list may be narrowed by. Okta (developer.okta.com/docs/api/#filter): {@code q} matches a prefix of
     * any of its fields ignoring case; {@code filter} and {@code search} are expressions
     * ({@link dev.dtu.server.resource.filter.FilterParser}) over the attributes named, each with the operators
     * allowed on it ({@code search} also allows {@code not}, and compares strings ignoring case).
     *
     * @param paths where an attribute of an expression is in the resource when it is not its own field
     *     (trusted origins' {@code type} is {@code scopes.type})
     */
    public record Query(List<String> q, Map<String, List<String>> filter, Map<String, List<String>> search,
            Map<String, String> paths) {
        public Query {
            q = q == null ? List.of() : List.copyOf(q);
            filter = filter == null ? Map.of() : Map.copyOf(filter);
            search = search == null ? Map.of() : Map.copyOf(search);
            paths = paths == null ? Map.of() : Map.copyOf(paths);
        }
    }

    /**
     * A status field and the steps between its values.
     *
     * @param initial the status a create gives (the field is the vendor's to set: input for it is ignored)
     * @param deletableIn the statuses delete is allowed in (empty: any)
     */
    public record Lifecycle(String field, String initial, Map<String, Transition> transitions, List<String> deletableIn) {
        public Lifecycle {
            transitions = transitions == null ? Map.of() : new LinkedHashMap<>(transitions);
            deletableIn = deletableIn == null ? List.of() : List.copyOf(deletableIn);
        }
    }

    /**
     * One lifecycle step, served as {@code POST <item>/<path>}.
     *
     * @param path the sub-path below the item (the convention's default when null: Okta's {@code lifecycle/<name>})
     * @param from the statuses it may start in (empty: any; a step to the current status answers it unchanged)
     * @param empty whether the vendor answers the step with no body (Okta's authorization servers: 204), not the resource
     */
    public record Transition(String operation, String path, List<String> from, String to, Boolean empty) {
        public Transition {
            from = from == null ? List.of() : List.copyOf(from);
            empty = empty != null && empty;
        }

        public Transition(String operation, String path, List<String> from, String to) {
            this(operation, path, from, to, false);
        }
    }

    /**
     * A declaration that serves nothing, for hand-written routes that validate with {@link Schema} and answer
     * through a {@link Convention}: {@code convention.error(request, ResourceException.invalid(
     * Declaration.ofSchema("okta", "User"), schema.validate(body)))}.
     */
    public static Declaration ofSchema(String twin, String schema) {
        return new Declaration(twin, schema, schema, "", "{id}", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** The vendor's operation id, or null when the operation is not served. */
    public String operationId(Operation op) {
        return operations.get(op.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The HTTP method an operation is served with: the declaration's, else {@code usual}. */
    public String method(Operation op, String usual) {
        return methods.getOrDefault(op.name().toLowerCase(java.util.Locale.ROOT), usual);
    }

    public String schemaName() {
        return schema;
    }

    /** The permission an operation needs, or null when the declaration names none. */
    public String permission(Operation op) {
        return permissions.get(op == Operation.LIST || op == Operation.GET ? "read" : "write");
    }

    /** The parent's path parameter (the last parameter of the collection template), or null for a top-level resource. */
    public String parentParam() {
        int open = collection.lastIndexOf('{');
        return open < 0 ? null : collection.substring(open + 1, collection.indexOf('}', open));
    }

    /** The id's path parameter: the last parameter of the item template. */
    public String idParam() {
        int open = item.lastIndexOf('{');
        return item.substring(open + 1, item.indexOf('}', open));
    }

    /** The page size a list uses when the request names none, or {@code fallback}. */
    public int defaultPageSize(int fallback) {
        return pageSize.getOrDefault("default", fallback);
    }

    public int maxPageSize(int fallback) {
        return pageSize.getOrDefault("max", fallback);
    }

    /** The declaration's wording for a message key, else the convention's. */
    public String message(String key, String fallback) {
        return messages.getOrDefault(key, fallback);
    }

    /** The vendor's event type for a write (an operation or a transition, by name), or null. */
    public String event(String write) {
        return events.get(write);
    }

    public String stamp(String role) {
        return stamps.get(role);
    }
}
