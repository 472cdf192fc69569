package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
}
