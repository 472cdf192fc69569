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

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void theOverviewShowsTheUniverseItWasForkedFromAndTheSnapshotRestoredIntoIt() {
        Universe root = Universe.create(url, "lineage-root");
        Http.Reply forked = Http.post(root.console("/fork"), "name=lineage-child", "Content-Type", FORM, "Origin", url);
        assertEquals(303, forked.status(), forked.body());
        String child = forked.header("Location").replaceAll(".*/universes/([^?]+).*", "$1");
        String snapshot = Http.post(url + "/_dtu/universes/" + root.id() + "/snapshots", "").json().path("snapshot").asText();
        assertEquals(303, Http.post(url + "/_dtu/console/universes/" + child + "/restore", "snapshot=" + snapshot,
                "Content-Type", FORM, "Origin", url).status());
        String overview = Http.get(url + "/_dtu/console/universes/" + child).body();
        assertTrue(overview.contains("forked from") && overview.contains("href=\"/_dtu/console/universes/" + root.id() + "\""), overview);
        assertTrue(overview.contains("restored from") && overview.contains(snapshot), overview);
        String list = Http.get(url + "/_dtu/console").body();
        int rootAt = list.indexOf("data-universe=\"" + root.id() + "\"");
        int snapshotAt = list.indexOf("data-snapshot=\"" + snapshot + "\"");
        int childAt = list.indexOf("data-universe=\"" + child + "\"");
        assertTrue(rootAt > 0 && rootAt < snapshotAt && snapshotAt < childAt, "root, its snapshot, then its fork: " + list);
    }

    @Test
    void entriesAnInjectedFaultMetAreMarkedOnTheTimeline() {
        Universe u = Universe.create(url, "faulted");
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + u.id() + "/faults", "[{\"twin\":\"slack\","
                + "\"operation\":\"auth.test\",\"action\":\"error\",\"status\":503,\"count\":1}]").status());
        assertEquals(503, u.slack("auth.test", "{}").status());
        assertEquals(200, u.slack("auth.test", "{}").status());
        String timeline = Http.get(u.console("/timeline")).body();
        assertEquals(1, timeline.split("class=\"entry request fault\"").length - 1, timeline);
        assertEquals(2, timeline.split("data-seq=").length - 1);
        String first = Http.get(u.console("/timeline/" + u.journal().path(0).path("seq").asText())).body();
        assertTrue(first.contains("Injected fault (error)"), first);
        String second = Http.get(u.console("/timeline/" + u.journal().path(1).path("seq").asText())).body();
        assertFalse(second.contains("Injected fault"), second);
    }

    @Test
    void aTwinGapIsMarkedApartFromAnInjectedFault() {
        Universe u = Universe.create(url, "gaps");
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + u.id() + "/faults", "[{\"twin\":\"slack\","
                + "\"operation\":\"auth.test\",\"action\":\"error\",\"status\":503,\"count\":1}]").status());
        assertEquals(503, u.slack("auth.test", "{}").status());
        assertEquals(404, u.slack("chat.noSuchMethod", "{}").status());
        String timeline = Http.get(u.console("/timeline")).body();
        assertEquals(1, timeline.split("class=\"entry request fault\"").length - 1, timeline);
        assertEquals(1, timeline.split("class=\"entry request gap\"").length - 1, timeline);
        assertEquals(1, timeline.split("class=\"badge gap\"").length - 1, timeline);
        String injected = Http.get(u.console("/timeline/" + u.journal().path(0).path("seq").asText())).body();
        assertTrue(injected.contains("Injected fault (error)") && !injected.contains("Twin gap"), injected);
        String gap = Http.get(u.console("/timeline/" + u.journal().path(1).path("seq").asText())).body();
        assertTrue(gap.contains("Twin gap: the twin does not serve this operation (404)") && !gap.contains("Injected fault"), gap);
    }

    @Test
    void onlyARequestNoFaultMetIsATwinGap() throws Exception {
        assertEquals("the twin answered 502 by itself (no injected fault)", TimelinePage.twinGap(entry(
                "{\"type\":\"request\",\"status\":502,\"operation\":\"chat.postMessage\"}")).orElseThrow());
        assertTrue(TimelinePage.twinGap(entry("{\"type\":\"request\",\"status\":502,\"operation\":\"chat.postMessage\","
                + "\"fault\":{\"action\":\"error\"}}")).isEmpty(), "an injected 502");
        assertTrue(TimelinePage.twinGap(entry("{\"type\":\"request\",\"status\":504,\"operation\":\"chat.postMessage\","
                + "\"fault\":{\"action\":\"latency\",\"latencyMs\":20}}")).isPresent(), "only delayed by a fault, then the twin's 504");
        assertTrue(TimelinePage.twinGap(entry("{\"type\":\"request\",\"status\":200,\"operation\":\"chat.postMessage\","
                + "\"fault\":{\"action\":\"latency\",\"latencyMs\":20}}")).isEmpty(), "delayed, then served");
        assertTrue(TimelinePage.twinGap(entry("{\"type\":\"delivery\",\"status\":500}")).isEmpty(), "the app's 500");
        assertTrue(TimelinePage.twinGap(entry("{\"type\":\"request\",\"status\":404,\"operation\":\"conversations.info\","
                + "\"method\":\"POST\",\"path\":\"/api/conversations.info\"}")).isEmpty(), "a named operation's 404 is the vendor's answer");
    }

    private static JsonNode entry(String json) throws Exception {
        return Json.MAPPER.readTree(json);
    }

    @Test
    void imagesUploadedThroughSlackAndJiraArePreviewedAndOtherFilesAreNot() {
        Universe u = Universe.create(url, "previews");
        byte[] png = Universe.png();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        String image = u.slackFile("C000000002", "screenshot.png", png);
        String script = u.slackFile("C000000002", "not-really.png", svg);
        String slack = Http.get(u.console("/slack?channel=C000000002")).body();
        assertTrue(slack.contains("<img src=\"/_dtu/console/universes/" + u.id() + "/slack/files/" + image + "\""), slack);
        assertFalse(slack.contains("/slack/files/" + script), "an SVG named .png is listed, not previewed");
        assertTrue(slack.contains("not-really.png"));
        java.net.http.HttpResponse<byte[]> shown = Universe.fetch(u.console("/slack/files/" + image));
        assertEquals(200, shown.statusCode());
        assertEquals("image/png", shown.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(png, shown.body()));
        assertTrue(shown.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(404, Universe.fetch(u.console("/slack/files/" + script)).statusCode());

        u.jiraAttachment("SUP-1", "screenshot.png", "image/png", png);
        u.jiraAttachment("SUP-1", "page.png", "image/png", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        String issue = Http.get(u.console("/jira?issue=SUP-1")).body();
        assertTrue(issue.contains("page.png") && issue.contains("screenshot.png"), issue);
        assertEquals(1, issue.split("<img src=\"/_dtu/console/universes/" + u.id() + "/jira/attachments/").length - 1, issue);
        for (JsonNode a : Http.get(url + "/_dtu/universes/" + u.id() + "/state").json().path("jira").path("attachments")) {
            java.net.http.HttpResponse<byte[]> got = Universe.fetch(u.console("/jira/attachments/" + a.path("id").asText()));
            assertEquals(a.path("filename").asText().equals("screenshot.png") ? 200 : 404, got.statusCode(),
                    a.path("filename").asText() + ": " + new String(got.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theIssuePageShowsLinksAndSprints() {
        Universe u = Universe.create(url, "linked");
        Http.Reply linked = u.jira("POST", "/rest/api/3/issueLink", "{\"type\":{\"name\":\"Blocks\"},"
                + "\"outwardIssue\":{\"key\":\"SUP-1\"},\"inwardIssue\":{\"key\":\"SUP-2\"}}");
        assertEquals(201, linked.status(), linked.body());
        JsonNode types = Http.get(url + "/_dtu/universes/" + u.id() + "/jira/issueLinkTypes").json().path("issueLinkTypes");
        assertEquals("is blocked by", types.path(0).path("inward").asText(), types.toString());
        String one = Http.get(u.console("/jira?issue=SUP-1")).body();
        String two = Http.get(u.console("/jira?issue=SUP-2")).body();
        assertTrue(one.contains("blocks </span><a href=\"/_dtu/console/universes/" + u.id() + "/jira?issue=SUP-2\"><span class=\"key\">SUP-2</span>"), one);
        assertTrue(two.contains("is blocked by </span>"), two);
        assertTrue(one.contains("<th>Sprint</th><td>Backlog</td>"), one);

        Http.Reply filter = u.jira("POST", "/rest/api/3/filter", "{\"name\":\"Support\",\"jql\":\"project = SUP\"}");
        assertEquals(200, filter.status(), filter.body());
        Http.Reply board = u.jira("POST", "/rest/agile/1.0/board", "{\"name\":\"Support board\",\"type\":\"scrum\",\"filterId\":"
                + filter.json().path("id").asText() + ",\"location\":{\"type\":\"project\",\"projectKeyOrId\":\"SUP\"}}");
        assertEquals(201, board.status(), board.body());
        Http.Reply sprint = u.jira("POST", "/rest/agile/1.0/sprint", "{\"name\":\"Sprint <b>7</b>\",\"originBoardId\":"
                + board.json().path("id").asText() + "}");
        assertEquals(201, sprint.status(), sprint.body());
        String sprintId = sprint.json().path("id").asText();
        assertEquals(204, u.jira("POST", "/rest/agile/1.0/sprint/" + sprintId + "/issue", "{\"issues\":[\"SUP-1\"]}").status());
        assertTrue(Http.get(u.console("/jira?issue=SUP-1")).body().contains("<th>Sprint</th><td>Sprint &lt;b&gt;7&lt;/b&gt; (future)</td>"));
        String sprintBoard = Http.get(u.console("/jira?project=SUP&sprint=" + sprintId)).body();
        assertTrue(sprintBoard.contains("data-sprint=\"" + sprintId + "\""), sprintBoard);
        assertTrue(sprintBoard.contains(">SUP-1<") && !sprintBoard.contains(">SUP-2<"), "the board shows the sprint's issues: " + sprintBoard);
        assertTrue(Http.get(u.console("/jira?project=SUP")).body().contains(">SUP-2<"), "and all issues without a sprint chosen");
    }

    @Test
    void aPersonsAppHomeAndOpenModalAreShownWithWhatTheyEntered() throws Exception {
        Universe u = Universe.create(url, "surfaces");
        String ada = null;
        for (JsonNode user : Http.get(url + "/_dtu/universes/" + u.id() + "/state").json().path("slack").path("users")) {
            ada = "ada".equals(user.path("person").asText()) ? user.path("id").asText() : ada;
        }
        Http.Reply home = u.slack("views.publish", "{\"user_id\":\"" + ada + "\",\"view\":{\"type\":\"home\",\"blocks\":"
                + "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Your open tickets: 3\"}}]}}");
        assertTrue(home.json().path("ok").asBoolean(), home.body());
        try (EchoApp app = new EchoApp(u)) {
            String admin = url + "/_dtu/universes/" + u.id() + "/slack/as/ada";
            Http.Reply ran = Http.post(admin + "/shortcuts", "{\"callback_id\":\"new_ticket\"}", "Content-Type", "application/json");
            JsonNode modal = ran.json().path("views").path(0);
            assertEquals("New ticket", modal.path("title").path("text").asText(), ran.body());
            Http.Reply submitted = Http.post(admin + "/views/" + modal.path("id").asText() + "/submit",
                    "{\"values\":{\"text\":\"printer\"}}", "Content-Type", "application/json");
            assertEquals("errors", submitted.json().path("response_action").asText(), submitted.body());
        }
        String page = Http.get(u.console("/slack/surfaces")).body();
        assertTrue(page.contains("Your open tickets: 3"), page);
        assertTrue(page.contains("New ticket") && page.contains("File it") && page.contains("Cancel"), page);
        assertTrue(page.contains("value=\"printer\""), "what ada entered is shown: " + page);
        assertTrue(Http.get(u.console("/slack")).body().contains("App Home and modals (2)"));
    }
}
