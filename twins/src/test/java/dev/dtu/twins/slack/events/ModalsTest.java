package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Modals, App Home and shortcuts through the official Java SDK and a real HTTP app that checks Slack's signatures:
 * a person runs a shortcut, the app opens a modal with the trigger_id, the person submits it and the app's
 * response_action changes the view stack.
 */
class ModalsTest {
    static final String TICKET_VIEW = """
            {"type":"modal","callback_id":"ticket","title":{"type":"plain_text","text":"New ticket"},
             "submit":{"type":"plain_text","text":"Create"},"notify_on_close":true,
             "blocks":[{"type":"input","block_id":"summary","label":{"type":"plain_text","text":"Summary"},
                        "element":{"type":"plain_text_input","action_id":"summary_input"}},
                       {"type":"input","block_id":"severity","label":{"type":"plain_text","text":"Severity"},
                        "element":{"type":"static_select","action_id":"severity_pick","options":[
                          {"text":{"type":"plain_text","text":"High"},"value":"high"},
                          {"text":{"type":"plain_text","text":"Low"},"value":"low"}]}},
                       {"type":"actions","elements":[{"type":"button","action_id":"more",
                        "text":{"type":"plain_text","text":"More"},"value":"more"}]}]}""";
    static final String DETAILS_VIEW = """
            {"type":"modal","callback_id":"details","title":{"type":"plain_text","text":"Details"},
             "blocks":[{"type":"section","text":{"type":"mrkdwn","text":"More details"}}]}""";

    static SlackFixture slack;
    static AppReceiver app;
    final List<String> triggers = new CopyOnWriteArrayList<>();
    final List<Object> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        app = new AppReceiver(slack.slack.get("signingSecret").asText());
        HttpResponse<String> configured = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events"),
                "interactivityUrl", app.url("/interactive")));
        assertEquals(200, configured.statusCode(), configured.body());
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    @AfterEach
    void answerPlainly() {
        app.interactiveAnswer = r -> "";
        SlackFixture.server().universes().require(slack.universeId).setClock(Clock.system(ZoneOffset.UTC));
    }

    /** The app opens TICKET_VIEW with the trigger of each shortcut (and keeps the trigger). */
    private void openOnShortcut() {
        app.interactiveAnswer = r -> {
            JsonNode p = r.payload();
            if (p.path("type").asText().equals("shortcut") || p.path("type").asText().equals("message_action")) {
                triggers.add(p.get("trigger_id").asText());
                opened.add(call(() -> slack.bot().viewsOpen(v -> v.triggerId(p.get("trigger_id").asText())
                        .viewAsString(TICKET_VIEW))));
            }
            return "";
        };
    }

    private JsonNode shortcut(String person) {
        HttpResponse<String> ran = slack.admin("POST", "/as/" + person + "/shortcuts", Map.of("callback_id", "new_ticket"));
        assertEquals(200, ran.statusCode(), ran.body());
        return SlackFixture.json(ran);
    }

    @Test
    void aGlobalShortcutOpensAModalWithItsTriggerOnceOnly() throws Exception {
        openOnShortcut();
        JsonNode ran = shortcut("ada");
        ViewsOpenResponse open = (ViewsOpenResponse) opened.get(0);
        assertTrue(open.isOk(), open.getError());
        assertEquals("New ticket", open.getView().getTitle().getText());
        assertEquals("ticket", open.getView().getCallbackId());
        assertEquals(open.getView().getId(), open.getView().getRootViewId());
        assertEquals(slack.slack.get("teamId").asText(), open.getView().getTeamId());
        assertEquals(open.getView().getId(), ran.at("/views/0/id").asText(), "the person sees the modal");

        var shortcut = app.received.stream().filter(r -> r.path().equals("/interactive")).findFirst().orElseThrow();
        assertTrue(shortcut.signatureValid());
        assertEquals("shortcut", shortcut.payload().get("type").asText());
        assertEquals("new_ticket", shortcut.payload().get("callback_id").asText());
        assertEquals(slack.userId("ada"), shortcut.payload().at("/user/id").asText());

        String trigger = triggers.get(0);
        assertEquals("exchanged_trigger_id",
                slack.bot().viewsOpen(v -> v.triggerId(trigger).viewAsString(TICKET_VIEW)).getError());
    }

    @Test
    void aTriggerExpiresAfterThreeSecondsAndForeignOnesAreInvalid() throws Exception {
        app.interactiveAnswer = r -> {
            triggers.add(r.payload().get("trigger_id").asText());
            return "";
        };
        shortcut("grace");
        var universe = SlackFixture.server().universes().require(slack.universeId);
        universe.setClock(Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofSeconds(4)));
        assertEquals("expired_trigger_id",
                slack.bot().viewsOpen(v -> v.triggerId(triggers.get(0)).viewAsString(TICKET_VIEW)).getError());
        assertEquals("invalid_trigger_id",
                slack.bot().viewsOpen(v -> v.triggerId("not-a-trigger").viewAsString(TICKET_VIEW)).getError());
        assertEquals("invalid_trigger_id", slack.bot().viewsOpen(v -> v.triggerId(
                System.currentTimeMillis() + 4000 + ".1234.abcdef").viewAsString(TICKET_VIEW)).getError());
    }

    @Test
    void aSubmissionAnsweredWithErrorsStaysOpenThenAnUpdateReplacesItAndClearClosesAll() {
        openOnShortcut();
        JsonNode ran = shortcut("alan");
        String viewId = ran.at("/views/0/id").asText();

        app.interactiveAnswer = r -> "{\"response_action\":\"errors\",\"errors\":{\"summary\":\"Too short\"}}";
        HttpResponse<String> refused = slack.admin("POST", "/as/alan/views/" + viewId + "/submit",
                Map.of("values", Map.of("summary_input", "x", "severity_pick", "high")));
        assertEquals(200, refused.statusCode(), refused.body());
        JsonNode out = SlackFixture.json(refused);
        assertEquals("errors", out.get("response_action").asText());
        assertEquals("Too short", out.at("/errors/summary").asText());
        assertEquals(viewId, out.at("/views/0/id").asText(), "the modal stays open");

        var submission = app.received.stream().filter(r -> r.path().equals("/interactive"))
                .filter(r -> r.payload().path("type").asText().equals("view_submission")).findFirst().orElseThrow();
        JsonNode payload = submission.payload();
        assertEquals("x", payload.at("/view/state/values/summary/summary_input/value").asText());
        assertEquals("plain_text_input", payload.at("/view/state/values/summary/summary_input/type").asText());
        assertEquals("high", payload.at("/view/state/values/severity/severity_pick/selected_option/value").asText());
        assertEquals("ticket", payload.at("/view/callback_id").asText());
        assertFalse(payload.path("trigger_id").asText().isEmpty());

        app.interactiveAnswer = r -> "{\"response_action\":\"update\",\"view\":" + DETAILS_VIEW + "}";
        JsonNode updated = SlackFixture.json(slack.admin("POST", "/as/alan/views/" + viewId + "/submit",
                Map.of("values", Map.of("summary_input", "Printer on fire"))));
        assertEquals(1, updated.get("views").size());
        assertEquals(viewId, updated.at("/views/0/id").asText(), "update keeps the view id");
        assertEquals("Details", updated.at("/views/0/title/text").asText());

        app.interactiveAnswer = r -> "{\"response_action\":\"clear\"}";
        HttpResponse<String> noSubmit = slack.admin("POST", "/as/alan/views/" + viewId + "/submit", Map.of());
        assertEquals(400, noSubmit.statusCode(), "the details view has no submit button");
        assertEquals("view_has_no_submit", SlackFixture.json(noSubmit).get("error").asText());
    }

    @Test
    void pushStacksUpToThreeViewsAndAnEmptyAnswerClosesOnlyTheTop() throws Exception {
        openOnShortcut();
        String root = shortcut("katherine").at("/views/0/id").asText();
        List<Object> pushes = new CopyOnWriteArrayList<>();
        app.interactiveAnswer = r -> {
            JsonNode p = r.payload();
            if (p.path("type").asText().equals("block_actions")) {
                assertEquals("view", p.at("/container/type").asText());
                pushes.add(call(() -> slack.bot().viewsPush(v -> v.triggerId(p.get("trigger_id").asText())
                        .viewAsString(TICKET_VIEW))));
            }
            return "";
        };
        String top = root;
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> clicked = slack.admin("POST", "/as/katherine/views/" + top + "/actions",
                    Map.of("action_id", "more"));
            assertEquals(200, clicked.statusCode(), clicked.body());
            var pushed = (com.slack.api.methods.response.views.ViewsPushResponse) pushes.get(i);
            if (i < 2) {
                assertTrue(pushed.isOk(), pushed.getError());
                assertEquals(root, pushed.getView().getRootViewId());
                assertEquals(top, pushed.getView().getPreviousViewId());
                top = pushed.getView().getId();
            } else {
                assertEquals("push_limit_reached", pushed.getError());
            }
        }
        app.interactiveAnswer = r -> "";
        JsonNode after = SlackFixture.json(slack.admin("POST", "/as/katherine/views/" + top + "/submit",
                Map.of("values", Map.of("summary_input", "done"))));
        assertEquals("close", after.get("response_action").asText());
        assertEquals(2, after.get("views").size(), "the submitted view closed, the two below stay");

        HttpResponse<String> notTop = slack.admin("POST", "/as/katherine/views/" + root + "/submit", Map.of());
        assertEquals(404, notTop.statusCode(), "only the top view shows");
    }

    @Test
    void closingAViewThatAskedToBeNotifiedSendsViewClosed() {
        openOnShortcut();
        String viewId = shortcut("ada").at("/views/0/id").asText();
        HttpResponse<String> closed = slack.admin("POST", "/as/ada/views/" + viewId + "/close", Map.of());
        assertEquals(200, closed.statusCode(), closed.body());
        SlackFixture.json(closed).get("views").forEach(v -> assertNotEquals(viewId, v.get("id").asText()));
        var delivered = await(() -> app.received.stream().filter(r -> r.path().equals("/interactive"))
                .filter(r -> r.payload().path("type").asText().equals("view_closed")).toList(), l -> !l.isEmpty());
        assertEquals(viewId, delivered.get(0).payload().at("/view/id").asText());
        assertFalse(delivered.get(0).payload().get("is_cleared").asBoolean());
    }

    @Test
    void viewsUpdateChecksTheHashAndFindsViewsByExternalId() throws Exception {
        String withExternalId = TICKET_VIEW.replace("\"callback_id\":\"ticket\"",
                "\"callback_id\":\"ticket\",\"external_id\":\"ticket-42\"");
        app.interactiveAnswer = r -> {
            opened.add(call(() -> slack.bot().viewsOpen(v -> v.triggerId(r.payload().get("trigger_id").asText())
                    .viewAsString(withExternalId))));
            return "";
        };
        shortcut("grace");
        ViewsOpenResponse open = (ViewsOpenResponse) opened.get(0);
        assertTrue(open.isOk(), open.getError());
        var byExternal = slack.bot().viewsUpdate(v -> v.externalId("ticket-42").viewAsString(withExternalId));
        assertTrue(byExternal.isOk(), byExternal.getError());
        assertEquals(open.getView().getId(), byExternal.getView().getId());
        String hash = byExternal.getView().getHash();

        var updated = slack.bot().viewsUpdate(v -> v.viewId(open.getView().getId()).hash(hash)
                .viewAsString(DETAILS_VIEW));
        assertTrue(updated.isOk(), updated.getError());
        assertNotEquals(hash, updated.getView().getHash());
        assertEquals("hash_conflict", slack.bot().viewsUpdate(v -> v.viewId(open.getView().getId()).hash(hash)
                .viewAsString(DETAILS_VIEW)).getError());
        assertEquals("not_found", slack.bot().viewsUpdate(v -> v.externalId("ticket-42").viewAsString(DETAILS_VIEW))
                .getError(), "the update without external_id dropped it");
        assertEquals("not_found", slack.bot().viewsUpdate(v -> v.viewId("V000000ZZZ").viewAsString(DETAILS_VIEW))
                .getError());
    }

    @Test
    void appHomeIsPublishedPerPersonAndOpeningItSendsAppHomeOpened() throws Exception {
        String home = """
                {"type":"home","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*Your tickets*"}}]}""";
        var published = slack.bot().viewsPublish(v -> v.userId(slack.userId("ada")).viewAsString(home));
        assertTrue(published.isOk(), published.getError());
        assertEquals("home", published.getView().getType());
        var again = slack.bot().viewsPublish(v -> v.userId(slack.userId("ada")).viewAsString(home)
                .hash(published.getView().getHash()));
        assertEquals(published.getView().getId(), again.getView().getId(), "one Home per person");
        assertEquals("hash_conflict", slack.bot().viewsPublish(v -> v.userId(slack.userId("ada")).viewAsString(home)
                .hash(published.getView().getHash())).getError());

        HttpResponse<String> opened = slack.admin("POST", "/as/ada/home", Map.of());
        assertEquals(200, opened.statusCode(), opened.body());
        var event = await(() -> app.events(e -> e.path("type").asText().equals("app_home_opened")
                && e.path("user").asText().equals(slack.userId("ada"))), l -> !l.isEmpty()).get(0).json();
        assertEquals("home", event.at("/event/tab").asText());
        assertEquals(published.getView().getId(), event.at("/event/view/id").asText());
        assertTrue(event.at("/event/channel").asText().startsWith("D"));

        slack.admin("POST", "/as/grace/home", Map.of());
        var graces = await(() -> app.events(e -> e.path("type").asText().equals("app_home_opened")
                && e.path("user").asText().equals(slack.userId("grace"))), l -> !l.isEmpty()).get(0).json();
        assertTrue(graces.at("/event/view").isMissingNode(), "grace has no Home published");
    }

    @Test
    void aMessageShortcutCarriesTheMessageAndAResponseUrl() {
        openOnShortcut();
        String general = slack.channelId("general");
        String ts = SlackFixture.json(slack.admin("POST", "/messages",
                Map.of("as", "grace", "channel", general, "text", "the build is red"))).get("ts").asText();
        HttpResponse<String> ran = slack.admin("POST", "/as/ada/shortcuts",
                Map.of("callback_id", "file_bug", "channel", general, "message_ts", ts));
        assertEquals(200, ran.statusCode(), ran.body());
        var action = app.received.stream().filter(r -> r.path().equals("/interactive"))
                .filter(r -> r.payload().path("type").asText().equals("message_action")).findFirst().orElseThrow();
        JsonNode p = action.payload();
        assertEquals("file_bug", p.get("callback_id").asText());
        assertEquals("the build is red", p.at("/message/text").asText());
        assertEquals(general, p.at("/channel/id").asText());
        assertTrue(p.get("response_url").asText().startsWith("http"));
        assertTrue(((ViewsOpenResponse) opened.get(0)).isOk());
    }

    @Test
    void badViewsGetSlacksInvalidArguments() throws Exception {
        app.interactiveAnswer = r -> {
            triggers.add(r.payload().get("trigger_id").asText());
            return "";
        };
        shortcut("ada");
        String trigger = triggers.get(0);
        Map<String, String> cases = Map.of(
                TICKET_VIEW.replace("New ticket", "A title far longer than Slack allows"),
                "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]",
                TICKET_VIEW.replace("\"submit\":{\"type\":\"plain_text\",\"text\":\"Create\"},", ""),
                "[ERROR] must provide a submit property when using input blocks [json-pointer:/view]",
                DETAILS_VIEW.replace("\"section\"", "\"carousel\""),
                "[ERROR] unsupported type: carousel [json-pointer:/view/blocks/0/type]",
                "{\"type\":\"modal\",\"blocks\":[]}", "[ERROR] missing required field: title [json-pointer:/view]",
                "not json", "[ERROR] must provide an object [json-pointer:/view]",
                manyBlocks(101), "[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]");
        for (var c : cases.entrySet()) {
            var refused = slack.bot().viewsOpen(v -> v.triggerId(trigger).viewAsString(c.getKey()));
            assertEquals("invalid_arguments", refused.getError(), c.getKey());
            assertEquals(List.of(c.getValue()), refused.getResponseMetadata().getMessages());
        }
        var fine = slack.bot().viewsOpen(v -> v.triggerId(trigger).viewAsString(manyBlocks(100)));
        assertTrue(fine.isOk(), "a refused view does not spend the trigger: " + fine.getError());
    }

    @Test
    void withoutInteractivityTheAdminSaysSo() {
        SlackFixture bare = SlackFixture.universe();
        HttpResponse<String> ran = bare.admin("POST", "/as/ada/shortcuts", Map.of("callback_id", "x"));
        assertEquals(400, ran.statusCode());
        assertEquals("no_interactivity_url", SlackFixture.json(ran).get("error").asText());
        assertEquals(404, bare.admin("POST", "/as/ada/views/V0/submit", Map.of()).statusCode());
        assertNull(SlackFixture.json(bare.admin("GET", "/as/ada/views", null)).get("home"));
    }

    static String manyBlocks(int n) {
        String block = "{\"type\":\"divider\"}";
        return "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Many\"},\"blocks\":["
                + String.join(",", java.util.Collections.nCopies(n, block)) + "]}";
    }

    interface SdkCall {
        Object run() throws Exception;
    }

    static Object call(SdkCall c) {
        try {
            return c.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
