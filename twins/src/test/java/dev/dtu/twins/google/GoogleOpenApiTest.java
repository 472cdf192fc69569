package dev.dtu.twins.google;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published OpenAPI documents list exactly the routes the twin serves (its coverage list). */
class GoogleOpenApiTest {

    @Test
    void everyRouteIsDocumentedAndNothingMore() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String name : new String[] {"google-sheets.yaml", "google-docs.yaml", "google-drive.yaml"}) {
            JsonNode doc = Json.parseYaml(Files.readString(Path.of("../openapi", name)));
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m ->
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + normalise(p.getKey()))));
        }
        Set<String> served = new TreeSet<>();
        new GoogleTwin().routeTable().forEach(r -> served.add(normalise(r)));
        assertEquals(served, documented);
    }

    // Route templates write custom methods as "POST:batchUpdate /x/{id}"; OpenAPI as "POST /x/{id}:batchUpdate".
    private static String normalise(String route) {
        String text = route.replace("{range...}", "{range}").replaceAll("\\{[a-zA-Z]+}", "{}");
        int colon = text.indexOf(':');
        int space = text.indexOf(' ');
        if (colon > 0 && colon < space) {
            return text.substring(0, colon) + text.substring(space) + ":" + text.substring(colon + 1, space);
        }
        return text;
    }
}
