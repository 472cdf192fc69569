package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.resource.Declaration.Lifecycle;
import dev.dtu.server.resource.Declaration.Transition;
import dev.dtu.server.resource.Violation.Problem;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pcollections.PMap;
import org.pcollections.PSet;

/**
 * The behaviour of one declared resource over the universe state, independent of HTTP: create, get, list,
 * replace, patch, delete and lifecycle steps, enforcing the declaration's schema, defaults, read-only and
 * write-once fields, uniqueness and lifecycle. Failures are {@link ResourceException}s.
 */
public final class DeclaredResource {
    private final Declaration declaration;
    private final Schema schema;
    private final Kind<Resource> kind;
    private final IdFormat ids;
    private final Hooks hooks;
    private final TimeFormat time;
    private final UniqueIndex unique;

    public DeclaredResource(Declaration declaration, Schema schema, Hooks hooks, TimeFormat time) {
        this.declaration = declaration;
        this.schema = schema;
        this.kind = Kind.of(declaration.twin(), declaration.kind(), Resource.class);
        this.ids = IdFormat.parse(declaration.id());
        this.hooks = hooks;
        this.time = time;
        this.unique = new UniqueIndex(declaration.unique());
    }

    /** How a vendor writes a timestamp into a resource. */
    @FunctionalInterface
    public interface TimeFormat {
        JsonNode format(java.time.Instant instant);
    }

    public Declaration declaration() {
        return declaration;
    }

    public Kind<Resource> kind() {
        return kind;
    }

    public Hooks hooks() {
        return hooks;
    }

    public Resource get(State state, String parent, String id) {
        return state.get(kind, ids.key(id)).filter(r -> Objects.equals(r.parent(), parent))
                .orElseThrow(() -> ResourceException.notFound(declaration, id));
    }

    /**
     * The live resources under a parent (or all top-level ones), in creation order. A top-level resource's list is
     * a view over the state (nothing copied: a page reads only what it shows).
     */
    public List<Resource> list(State state, String parent) {
        if (parent == null && declaration.parentParam() == null) {
            return new LiveList(state.all(kind));
        }
        List<Resource> out = new ArrayList<>();
        for (Resource r : state.all(kind).values()) {
            if (Objects.equals(r.parent(), parent)) {
                out.add(r);
            }
        }
        return out;
    }

    public Resource create(Write w, String parent, JsonNode input) {
        ObjectNode body = writable(input);
        fillDefaults(body);
        Lifecycle lifecycle = declaration.lifecycle();
        if (lifecycle != null) {
            body.put(lifecycle.field(), lifecycle.initial());
        }
        String id = ids.next(w.tx(), declaration.twin() + "." + declaration.kind());
        body.put("id", id);
        stamp(body, w, true);
        return logged(w, "create", store(w, new Resource(id, parent, body), null));
    }

    public Resource replace(Write w, String parent, String id, JsonNode input) {
        Resource previous = get(w.tx().state(), parent, id);
        ObjectNode body = writable(input);
        keepVendorFields(body, previous);
        stamp(body, w, false);
        return logged(w, "replace", store(w, new Resource(id, parent, body), previous));
    }

    /** A JSON merge patch (RFC 7396) over the stored resource; read-only fields in it are ignored. */
    public Resource patch(Write w, String parent, String id, JsonNode input) {
        Resource previous = get(w.tx().state(), parent, id);
        ObjectNode body = previous.body().deepCopy();
        merge(body, writable(input));
        keepVendorFields(body, previous);
        stamp(body, w, false);
        return logged(w, "patch", store(w, new Resource(id, parent, body), previous));
    }

    public void delete(Write w, String parent, String id) {
        Resource r = get(w.tx().state(), parent, id);
        Lifecycle lifecycle = declaration.lifecycle();
        if (lifecycle != null && !lifecycle.deletableIn().isEmpty() && !lifecycle.deletableIn().contains(r.text(lifecycle.field()))) {
            throw ResourceException.notAllowedInState(declaration, id, r.text(lifecycle.field()));
        }
        hooks.beforeDelete(w, r);
        write(w, r, null);
        logged(w, "delete", r);
    }

    /** A lifecycle step by name; a step to the status the resource already has answers it unchanged. */
    public Resource transition(Write w, String parent, String id, String name) {
        Lifecycle lifecycle = Objects.requireNonNull(declaration.lifecycle(), "no lifecycle");
        Transition t = lifecycle.transitions().get(name);
        Resource r = get(w.tx().state(), parent, id);
        String status = r.text(lifecycle.field());
        if (!t.from().isEmpty() && !t.from().contains(status) && !t.to().equals(status)) {
            throw ResourceException.notAllowedInState(declaration, id, status);
        }
        if (t.to().equals(status)) {
            return r;
        }
        ObjectNode body = r.body().deepCopy();
        body.put(lifecycle.field(), t.to());
        stamp(body, w, false);
        Resource next = new Resource(id, parent, body);
        write(w, r, next);
        return logged(w, name, next);
    }

    /** The vendor's log entry for a write, when the declaration names one (a step to the same status logs none). */
    private Resource logged(Write w, String write, Resource resource) {
        String eventType = declaration.event(write);
        if (eventType != null) {
            w.events().append(w.tx(), declaration, eventType, resource);
        }
        return resource;
    }

    private Resource store(Write w, Resource next, Resource previous) {
        List<Violation> violations = new ArrayList<>(schema.validate(next.body()));
        violations.addAll(requiredByDeclaration(next.body()));
        if (previous != null) {
            violations.addAll(writeOnceChanges(next.body(), previous.body()));
        }
        if (violations.isEmpty()) {
            violations.addAll(duplicates(w, next));
        }
        if (violations.isEmpty()) {
            violations.addAll(hooks.check(w, next.body(), previous));
        }
        if (!violations.isEmpty()) {
            throw ResourceException.invalid(declaration, violations);
        }
        write(w, previous, next);
        return next;
    }

    /**
     * Stores {@code next} in place of {@code previous} (either may be null: a create, a delete), carrying the
     * unique index over to the state's new map of the kind.
     */
    private void write(Write w, Resource previous, Resource next) {
        Map<String, Resource> before = w.tx().all(kind);
        if (next == null) {
            w.tx().remove(kind, ids.key(previous.id()));
        } else {
            w.tx().put(kind, ids.key(next.id()), next);
        }
        if (!unique.isEmpty()) {
            PMap<String, PSet<String>> index = unique.of(before);
            index = previous == null ? index : unique.minus(index, previous);
            unique.remember(w.tx().all(kind), next == null ? index : unique.plus(index, next));
        }
    }

    /** The input without what the vendor sets itself (read-only fields, the id, the lifecycle status). */
    private ObjectNode writable(JsonNode input) {
        if (input == null || !input.isObject()) {
            throw ResourceException.invalid(declaration, List.of(new Violation("", Problem.TYPE, "object", input)));
        }
        ObjectNode body = ((ObjectNode) input).deepCopy();
        Set<String> readOnly = schema.readOnly(body);
        body.remove(readOnly);
        body.remove("id");
        body.remove(declaration.stamps().values());
        if (declaration.lifecycle() != null) {
            body.remove(declaration.lifecycle().field());
        }
        return body;
    }

    private void fillDefaults(ObjectNode body) {
        ObjectNode defaults = schema.defaults(body);
        defaults.setAll(declaration.defaults());
        defaults.fields().forEachRemaining(d -> {
            if (!body.has(d.getKey()) || body.get(d.getKey()).isNull()) {
                body.set(d.getKey(), d.getValue().deepCopy());
            }
        });
    }

    /** Replace and patch keep the id, the status, the creation stamps and write-once fields left out. */
    private void keepVendorFields(ObjectNode body, Resource previous) {
        ObjectNode old = previous.body();
        body.put("id", previous.id());
        for (String field : keptFields()) {
            if (old.has(field) && (!body.has(field) || field.equals(statusField()))) {
                body.set(field, old.get(field));
            }
        }
        for (String field : schema.readOnly(old)) {
            if (old.has(field)) {
                body.set(field, old.get(field));
            }
        }
    }

    private List<String> keptFields() {
        List<String> kept = new ArrayList<>(declaration.writeOnce());
        for (String role : List.of("created", "createdBy")) {
            if (declaration.stamp(role) != null) {
                kept.add(declaration.stamp(role));
            }
        }
        if (statusField() != null) {
            kept.add(statusField());
        }
        return kept;
    }

    private String statusField() {
        return declaration.lifecycle() == null ? null : declaration.lifecycle().field();
    }

    private void stamp(ObjectNode body, Write w, boolean created) {
        JsonNode now = time.format(w.now());
        setStamp(body, "updated", now);
        setStamp(body, "updatedBy", w.actor() == null ? null : body.textNode(w.actor()));
        if (created) {
            setStamp(body, "created", now);
            setStamp(body, "createdBy", w.actor() == null ? null : body.textNode(w.actor()));
        }
    }

    private void setStamp(ObjectNode body, String role, JsonNode value) {
        String field = declaration.stamp(role);
        if (field != null && value != null) {
            body.set(field, value);
        }
    }

    private List<Violation> requiredByDeclaration(ObjectNode body) {
        List<Violation> out = new ArrayList<>();
        for (String field : declaration.required()) {
            JsonNode v = body.path(field);
            if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                out.add(new Violation(field, Problem.REQUIRED, "", v));
            }
        }
        return out;
    }

    private List<Violation> writeOnceChanges(ObjectNode next, ObjectNode previous) {
        List<Violation> out = new ArrayList<>();
        for (String field : declaration.writeOnce()) {
            if (previous.has(field) && next.has(field) && !previous.get(field).equals(next.get(field))) {
                out.add(new Violation(field, Problem.WRITE_ONCE, previous.get(field).asText(), next.get(field)));
            }
        }
        return out;
    }

    /** The unique fields another live resource under the same parent already holds (ignoring case). */
    private List<Violation> duplicates(Write w, Resource next) {
        if (unique.isEmpty()) {
            return List.of();
        }
        return unique.taken(unique.of(w.tx().all(kind)), next).stream()
                .map(field -> new Violation(field, Problem.UNIQUE, "", next.body().get(field))).toList();
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (e.getValue().isObject() && target.get(e.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
