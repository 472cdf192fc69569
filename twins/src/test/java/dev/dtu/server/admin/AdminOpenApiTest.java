package dev.dtu.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.universe.UniverseEvents;
import dev.dtu.server.universe.UniverseRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** openapi/dtu-admin.yaml documents exactly the routes the admin API serves (and /metrics and /, which the entry serves). */
class AdminOpenApiTest {
    @Test
    void documentMatchesRoutes() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/openapi/dtu-admin.yaml")) {
            doc = Json.parseYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters") && !path.getKey().equals("/metrics") && !path.getKey().equals("/")) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        UniverseRegistry registry = new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://x", UniverseEvents.NONE);
        Set<String> served = new TreeSet<>(new AdminApi(registry, () -> true).routeTable());
        assertEquals(served, documented);
    }
}
