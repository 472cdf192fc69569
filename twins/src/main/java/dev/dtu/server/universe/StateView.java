package dev.dtu.server.universe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.Confidential;
import dev.dtu.server.state.State;
import dev.dtu.server.twin.Twin;
import java.util.List;

/**
 * A universe's state as judges read it: {@code {twin: {kind: {id: entity}}}}, {@link Confidential} entities
 * shown without their secrets; and those secrets alone, for the one admin route that exports them.
 */
final class StateView {
    private StateView() {}

    static JsonNode of(State state, List<Twin> twins) {
        return view(state, twins, false);
    }

    /** Only the {@link Confidential} entities that hide something, whole (private keys, client secrets, password hashes). */
    static JsonNode secrets(State state, List<Twin> twins) {
        return view(state, twins, true);
    }

    private static JsonNode view(State state, List<Twin> twins, boolean secrets) {
        ObjectNode root = Json.object();
        twins.forEach(t -> root.putObject(t.name()));
        state.byKind().forEach((kindKey, entities) -> {
            int slash = kindKey.indexOf('/');
            String twin = kindKey.substring(0, slash);
            if (!root.has(twin)) {
                return;
            }
            ObjectNode kind = Json.object();
            entities.forEach((id, entity) -> {
                if (!secrets) {
                    kind.set(id, Json.tree(Confidential.shown(entity)));
                } else if (Confidential.shown(entity) != entity) {
                    kind.set(id, Json.tree(entity));
                }
            });
            if (!secrets || !kind.isEmpty()) {
                ((ObjectNode) root.get(twin)).set(kindKey.substring(slash + 1), kind);
            }
        });
        return root;
    }
}
