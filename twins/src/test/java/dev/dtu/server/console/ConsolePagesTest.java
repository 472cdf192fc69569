package dev.dtu.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.Twins;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's pages without a browser: what they print, what they leave out of the journal, what they refuse. */
class ConsolePagesTest {
    static final List<String> VIEWS = List.of("", "/timeline", "/slack", "/jira", "/google", "/okta", "/faults");
    static DtuServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyViewOfAUniverseIsAnHtmlPageUnderAStrictContentSecurityPolicy() {
        Universe u = Universe.create(url, "views");
        for (String view : VIEWS) {
            Http.Reply page = Http.get(u.console(view));
            assertEquals(200, page.status(), view + ": " + page.body());
            assertTrue(page.header("Content-Type").startsWith("text/html"), view);
            assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"), view);
        }
        assertTrue(Http.get(url + "/_dtu/console").body().contains(u.id()), "list");
        assertTrue(Http.get(u.console("/slack")).body().contains("Welcome to Northwind Robotics on Slack!"), "Welcome to Northwind Robotics on Slack!");
        assertTrue(Http.get(u.console("/jira?project=SUP")).body().contains("Invoice totals are off by one cent"), "Invoice totals are off by one cent");
        assertTrue(Http.get(u.console("/okta")).body().contains("ada.lovelace@northwind.example"), "ada.lovelace@northwind.example");
        String doc = Http.get(u.console("/google?file=support-handbook")).body();
        assertTrue(doc.contains("<h1>Support handbook</h1>") && doc.contains("<li class=\"level0\">Acknowledge the ticket"), doc);
        String sheet = Http.get(u.console("/google?file=support-tickets")).body();
        assertTrue(sheet.contains("<td data-cell=\"A1\">Ticket</td>"), sheet);
        assertEquals(200, Http.get(url + "/_dtu/console/assets/htmx.min.js").status());
        assertEquals(404, Http.get(url + "/_dtu/console/assets/..%2Fconsole.css").status());
    }

    @Test
    void textWrittenThroughEachTwinIsPrintedEscaped() {
        Universe u = Universe.create(url, "xss");
        String key = u.writePayloads();
        String escaped = "&lt;img src=x onerror=";
        for (String view : List.of("/slack", "/jira?project=SUP", "/google?file=support-tickets", "/okta", "/timeline")) {
            String html = Http.get(u.console(view)).body();
            assertFalse(html.contains("<img src=x"), view + " printed the payload as markup");
            assertFalse(html.contains("<script>window.__xss"), view + " printed the payload as markup");
            if (!view.equals("/timeline")) { // the timeline shows bodies only when an entry is opened
                assertTrue(html.contains(escaped) || html.contains("&amp;lt;img src=x"), view + " does not show the payload as text");
            }
        }
        String page = Http.get(u.console("/jira?issue=" + key)).body();
        assertTrue(page.contains(escaped), page);
        String entry = Http.get(u.console("/timeline/" + u.journal().path(0).path("seq").asText())).body();
        assertTrue(entry.contains("&lt;script&gt;") || entry.contains("&amp;lt;script"), entry);
        assertFalse(entry.contains("<script>"), entry);
    }

    @Test
    void consoleTrafficIsNotJournaled() {
        Universe u = Universe.create(url, "quiet");
        assertEquals(200, u.slack("auth.test", "{}").status());
        assertEquals(1, u.journal().size());
        for (String view : VIEWS) {
            Http.get(u.console(view));
        }
        Http.get(u.console("/timeline/poll?after=0"));
        Http.get(u.console("/timeline/1"));
        Http.get(url + "/_dtu/console/counts/" + u.id());
        assertEquals(1, u.journal().size(), u.journal().toString());
    }

    @Test
    void aPersonActsInSlackThroughTheAdminActions() {
        Universe u = Universe.create(url, "acting");
        Http.Reply posted = Http.post(u.console("/slack/act"), "method=chat.postMessage&channel=C000000004&as=grace&text=from+the+console",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", url);
        assertEquals(303, posted.status(), posted.body());
        JsonNode messages = Http.get(url + "/_dtu/universes/" + u.id() + "/state").json().path("slack").path("messages");
        JsonNode mine = null;
        for (JsonNode m : messages) {
            if (m.path("text").asText().equals("from the console")) {
                mine = m;
            }
        }
        assertTrue(mine != null, messages.toString());
        assertEquals("C000000004", mine.path("channel").asText());
    }

    @Test
    void aSnapshotTakenFromTheOverviewIsListedAndRestores() {
        Universe u = Universe.create(url, "snapped");
        String form = "Content-Type";
        assertEquals(303, Http.post(u.console("/snapshot"), "", form, "application/x-www-form-urlencoded").status());
        JsonNode ids = Http.get(url + "/_dtu/universes/" + u.id() + "/snapshots").json().path("snapshots");
        assertEquals(1, ids.size());
        assertTrue(Http.get(u.console("")).body().contains(ids.path(0).asText()));
        assertEquals(200, u.slack("chat.postMessage", "{\"channel\":\"C000000001\",\"text\":\"after the snapshot\"}").status());
        Http.Reply restored = Http.post(u.console("/restore"), "snapshot=" + ids.path(0).asText(), form,
                "application/x-www-form-urlencoded");
        assertEquals(303, restored.status());
        assertTrue(restored.header("Location").contains("notice=restored"), restored.header("Location"));
        assertFalse(Http.get(url + "/_dtu/universes/" + u.id() + "/state").body().contains("after the snapshot"));
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        Universe u = Universe.create(url, "victim");
        Http.Reply r = Http.post(u.console("/delete"), "", "Content-Type", "application/x-www-form-urlencoded",
                "Origin", "http://evil.example");
        assertEquals(403, r.status());
        assertEquals(200, Http.get(url + "/_dtu/universes/" + u.id()).status());
        Http.Reply same = Http.post(u.console("/delete"), "", "Content-Type", "application/x-www-form-urlencoded",
                "Origin", url);
        assertEquals(303, same.status(), same.body());
        assertEquals(404, Http.get(url + "/_dtu/universes/" + u.id()).status());
    }

    @Test
    void faultsRefusedByTheAdminApiAreShownWithTheTextKept() {
        Universe u = Universe.create(url, "faulty");
        Http.Reply r = Http.post(u.console("/faults/faults"), "text=" + java.net.URLEncoder.encode(
                "[{\"twin\":\"slack\",\"operaton\":\"chat.postMessage\",\"action\":\"error\",\"status\":503}]",
                StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("did you mean"), r.body());
        assertTrue(r.body().contains("operaton"), r.body());
        assertEquals(0, Http.get(url + "/_dtu/universes/" + u.id() + "/faults").json().path("rules").size());
    }

    @Test
    void aChannelOfTenThousandMessagesAndALongJournalArePaged() throws Exception {
        ObjectNode seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/default.yaml")) {
            seed = (ObjectNode) Json.YAML.readTree(in);
        }
        ArrayNode messages = Json.array();
        for (int i = 0; i < 10_000; i++) {
            messages.addObject().put("from", "grace").put("text", "message number " + i);
        }
        ((ArrayNode) seed.path("slack").path("channels")).addObject().put("name", "flood").put("members", "everyone")
                .set("messages", messages);
        ObjectNode body = Json.object().put("name", "flood");
        body.set("seed", seed);
        Http.Reply created = Http.post(url + "/_dtu/universes", Json.text(body));
        assertEquals(201, created.status(), created.body());
        Universe u = new Universe(url, created.json().path("id").asText(), created.json().path("twins"));
        String flood = null;
        for (JsonNode c : Http.get(url + "/_dtu/universes/" + u.id() + "/state").json().path("slack").path("conversations")) {
            flood = c.path("name").asText().equals("flood") ? c.path("id").asText() : flood;
        }
        String page = Http.get(u.console("/slack?channel=" + flood)).body();
        assertTrue(page.length() < 200_000, "first page " + page.length() + " chars");
        assertTrue(page.contains("message number 9999"), "the newest message is shown");
        assertFalse(page.contains("message number 9949<"), "only the newest page is shown");
        for (int i = 0; i < 300; i++) {
            u.slack("auth.test", "{}");
        }
        String timeline = Http.get(u.console("/timeline")).body();
        assertTrue(timeline.length() < 200_000, "timeline " + timeline.length());
        assertEquals(TimelinePage.PAGE, timeline.split("data-seq=").length - 1);
        JsonNode newest = Http.get(url + "/_dtu/universes/" + u.id() + "/journal?before=9223372036854775807&limit=100").json()
                .path("entries");
        assertEquals(100, newest.size());
        assertEquals(u.journal().size(), newest.path(99).path("seq").asInt());
    }
}
