package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.state.State;
import java.util.List;
import java.util.Optional;

/**
 * Rich behaviour a twin adds to a declared resource, written in its {@code model} and registered by kind. The
 * framework calls hooks; hooks never call back into the framework's serving.
 */
public interface Hooks {
    Hooks NONE = new Hooks() {};

    /**
     * Extra rules for a resource about to be stored by create (previous null), replace or patch: return the
     * fields that break them (empty when fine). {@code next} may be completed in place (derived fields).
     */
    default List<Violation> check(Write write, ObjectNode next, Resource previous) {
        return List.of();
    }

    /** Called before a delete; throw a {@link ResourceException} to refuse it. */
    default void beforeDelete(Write write, Resource resource) {}

    /** The stored id of the parent a path names (Jira: a project key or id), empty when there is no such parent. */
    default Optional<String> parent(State state, String pathValue) {
        return Optional.of(pathValue);
    }

    /** The live resources a list answers, before paging: a vendor's search parameters ({@code q}) narrow them here. */
    default List<Resource> listed(Request request, List<Resource> live) {
        return live;
    }

    /** The resource as answered, after the convention rendered it: fields the vendor derives from the request URL. */
    default ObjectNode shown(Request request, Resource resource, ObjectNode rendered) {
        return rendered;
    }
}
