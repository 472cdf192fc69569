package dev.dtu.engine.run;

import dev.dtu.engine.judge.StateSource;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.State;
import java.util.List;

/** One immutable state of a universe, offered to scripts kind by kind. */
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
        return Json.text(state.entities(twin + "/" + kind));
    }
}
