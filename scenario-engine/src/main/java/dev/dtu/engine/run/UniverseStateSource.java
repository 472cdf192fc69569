package dev.dtu.engine.run;

import dev.dtu.engine.judge.StateSource;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.Confidential;
import dev.dtu.server.state.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One immutable state of a universe, offered to scripts kind by kind (secrets left out, as in the state dump). */
record UniverseStateSource(State state, List<String> twinNames) implements StateSource {
    @Override
    public List<String> twins() {
        return twinNames;
    }

    @Override
    public List<String> kinds(String twin) {
        String prefix = twin + "/";
        return state.byKind().keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .toList();
    }

    @Override
    public String json(String twin, String kind) {
        Map<String, Object> shown = new LinkedHashMap<>();
        state.entities(twin + "/" + kind).forEach((id, entity) -> shown.put(id, Confidential.shown(entity)));
        return Json.text(shown);
    }
}
