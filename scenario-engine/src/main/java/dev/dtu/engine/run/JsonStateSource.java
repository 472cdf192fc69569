package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.engine.judge.StateSource;
import dev.dtu.server.http.Json;
import java.util.ArrayList;
import java.util.List;

/** A universe's state as the admin API's {@code /state} gives it ({@code {twin: {kind: {id: entity}}}}). */
record JsonStateSource(JsonNode view) implements StateSource {
    @Override
    public List<String> twins() {
        List<String> out = new ArrayList<>();
        view.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Override
    public List<String> kinds(String twin) {
        List<String> out = new ArrayList<>();
        view.path(twin).fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Override
    public String json(String twin, String kind) {
        JsonNode entities = view.path(twin).path(kind);
        return entities.isMissingNode() ? "{}" : Json.text(entities);
    }
}
