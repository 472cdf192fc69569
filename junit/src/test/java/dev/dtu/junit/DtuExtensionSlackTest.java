package dev.dtu.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Conversation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension with Slack's own Java client: each test gets its own universe, and the admin operations act on it. */
@DtuTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DtuExtensionSlackTest {
    private static final Set<String> SEEN = new HashSet<>();
    private MethodsClient slack;
    private String general;

    @BeforeEach
    void connect(DtuUniverse universe) throws Exception {
        assertTrue(SEEN.add(universe.id()), "every test has a universe of its own");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(universe.slack().baseUrl());
        slack = Slack.getInstance(config).methods(universe.slack().botToken());
        general = slack.conversationsList(r -> r).getChannels().stream()
                .filter(c -> c.getName().equals("general")).map(Conversation::getId).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aPostIsInThatUniversesState(DtuUniverse universe) throws Exception {
        ChatPostMessageResponse posted = slack.chatPostMessage(r -> r.channel(general).text("only in this universe"));

        assertTrue(posted.isOk(), posted.getError());
        assertTrue(universe.state().path("slack").toString().contains("only in this universe"));
        assertEquals(1, universe.journal(Map.of("operation", "chat.postMessage")).size());
    }

    @Test
    @Order(2)
    void theNextTestStartsFromTheSeedAgain(DtuUniverse universe) throws Exception {
        List<String> texts = slack.conversationsHistory(r -> r.channel(general)).getMessages().stream().map(m -> m.getText()).toList();

        assertFalse(texts.isEmpty(), "the default company's #general has its seeded messages");
        assertFalse(texts.contains("only in this universe"));
    }

    @Test
    @Order(3)
    void faultsReachTheSdk(DtuUniverse universe) throws Exception {
        universe.faults("{\"rules\":[{\"twin\":\"slack\",\"operation\":\"chat.postMessage\",\"action\":\"error\",\"status\":503,\"count\":1}]}");

        assertThrowsStatus(503, () -> slack.chatPostMessage(r -> r.channel(general).text("first try")));
        assertTrue(slack.chatPostMessage(r -> r.channel(general).text("second try")).isOk(), "the rule had count 1");
    }

    @Test
    @Order(4)
    void snapshotsRestoreTheState(DtuUniverse universe) throws Exception {
        String before = universe.snapshot();
        slack.chatPostMessage(r -> r.channel(general).text("undone"));
        universe.restore(before);

        JsonNode state = universe.state().path("slack");
        assertFalse(state.toString().contains("undone"));
    }

    @Test
    @Order(5)
    void aPersonActsThroughTheAdminApi(DtuUniverse universe) throws Exception {
        universe.act("slack", "POST", "/as/grace/chat.postMessage", Map.of("channel", general, "text", "from Grace"));

        var latest = slack.conversationsHistory(r -> r.channel(general).limit(1)).getMessages().get(0);
        assertEquals("from Grace", latest.getText());
        assertEquals(universe.state().path("slack").path("users").properties().stream()
                .filter(u -> u.getValue().path("person").asText().equals("grace")).findFirst().orElseThrow().getKey(), latest.getUser());
    }

    private static void assertThrowsStatus(int status, ThrowingCall call) {
        try {
            call.run();
        } catch (com.slack.api.methods.SlackApiException e) {
            assertEquals(status, e.getResponse().code());
            return;
        } catch (Exception e) {
            throw new AssertionError("expected HTTP " + status + ", got " + e, e);
        }
        throw new AssertionError("expected HTTP " + status + ", the call succeeded");
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }
}
