package dev.dtu.server.universe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.State;
import dev.dtu.server.twin.Twin;
import java.util.List;

/** A universe's state as judges read it: {@code {twin: {kind: {id: entity}}}}. */
final class StateView {
    private StateView() {}

    static JsonNode of(State state, List<Twin> twins) {
        ObjectNode root = Json.object();
        twins.forEach(t -> root.putObject(t.name()));
        state.byKind().forEach((kindKey, entities) -> {
            int slash = kindKey.indexOf('/');
            String twin = kindKey.substring(0, slash);
            if (!root.has(twin)) {
                return;
            }
            ObjectNode kind = ((ObjectNode) root.get(twin)).putObject(kindKey.substring(slash + 1));
            entities.forEach((id, entity) -> kind.set(id, Json.tree(entity)));
        });
        return root;
    }
}
