package dev.dtu.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.NotesTwin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET / is an HTML index; /_dtu/docs is Swagger UI over the served OpenAPI documents, every link of it answering. */
class DocsPagesTest {
    static DtuServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 16, 4096), List.of(new NotesTwin())).start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRootIsAnIndexWhoseLinksAllAnswer() {
        Http.Reply index = Http.get(url + "/");

        assertEquals(200, index.status());
        assertTrue(index.header("Content-Type").startsWith("text/html"), index.header("Content-Type"));
        List<String> links = hrefs(index.body());
        assertTrue(links.containsAll(List.of("/_dtu/docs", "/metrics", "/_dtu/health", "/_dtu/universes")), links.toString());
        for (String link : links) {
            assertEquals(200, Http.get(url + link).status(), link);
        }
        assertEquals(index.body(), Http.get(url + "/_dtu/").body());
    }

    @Test
    void docsIsSwaggerUiOverEveryServedDocument() throws Exception {
        Http.Reply page = Http.get(url + "/_dtu/docs");
        assertEquals(200, page.status());

        for (String asset : srcs(page.body())) {
            Http.Reply served = Http.get(url + asset);
            assertEquals(200, served.status(), asset);
            assertTrue(served.body().length() > 10_000, asset + " is Swagger UI's, not a stub");
        }
        List<String> specUrls = new ArrayList<>();
        Matcher m = Pattern.compile("url: \"([^\"]+)\"").matcher(page.body());
        while (m.find()) {
            specUrls.add(m.group(1));
        }
        assertTrue(specUrls.containsAll(List.of("/_dtu/openapi/dtu-admin.yaml", "/_dtu/openapi/slack.yaml",
                "/_dtu/openapi/okta.yaml", "/_dtu/openapi/jira.yaml", "/_dtu/openapi/google-sheets.yaml")), specUrls.toString());
        for (String spec : specUrls) {
            Http.Reply doc = Http.get(url + spec);
            assertEquals(200, doc.status(), spec);
            JsonNode parsed = Json.parseYaml(doc.body());
            assertTrue(parsed.has("openapi") && parsed.has("paths"), spec + " is an OpenAPI document");
        }
    }

    @Test
    void theDocumentListNamesEachWithItsUrl() {
        JsonNode list = Http.get(url + "/_dtu/openapi").json().path("documents");
        List<String> names = new ArrayList<>();
        list.forEach(d -> names.add(d.path("name").asText()));

        assertTrue(names.containsAll(List.of("dtu-admin.yaml", "seed.schema.json", "scenario.schema.json")), names.toString());
        assertEquals(url + "/_dtu/openapi/seed.schema.json", list.get(names.indexOf("seed.schema.json")).path("url").asText());
    }

    @Test
    void unknownOrEscapingNamesAre404s() {
        for (String path : List.of("/_dtu/openapi/nope.yaml", "/_dtu/openapi/..%2Fseeds%2Fdefault.yaml", "/_dtu/docs/nope.js",
                "/_dtu/docs/..%2F..%2Fpom.xml", "/_dtu/openapi/.hidden")) {
            Http.Reply reply = Http.get(url + path);
            assertEquals(404, reply.status(), path);
            assertEquals("not_found", reply.json().path("error").path("code").asText(), path);
        }
        assertEquals(405, Http.post(url + "/_dtu/docs", "").status());
    }

    private static List<String> hrefs(String html) {
        return all(Pattern.compile("href=\"([^\"]+)\""), html);
    }

    private static List<String> srcs(String html) {
        List<String> found = all(Pattern.compile("(?:src|href)=\"(/_dtu/docs/[^\"]+)\""), html);
        assertEquals(3, found.size(), found.toString());
        return found;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
