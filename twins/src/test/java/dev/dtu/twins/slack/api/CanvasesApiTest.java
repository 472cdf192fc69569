package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.canvases.sections.CanvasesSectionsLookupRequest;
import com.slack.api.model.canvas.CanvasDocumentAccessLevel;
import com.slack.api.model.canvas.CanvasDocumentChange;
import com.slack.api.model.canvas.CanvasDocumentContent;
import com.slack.api.model.canvas.CanvasDocumentSectionType;
import com.slack.api.model.canvas.CanvasEditOperation;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** canvases.* and conversations.canvases.create through the official Java SDK. */
class CanvasesApiTest {
    static SlackFixture slack;
    static MethodsClient bot;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people:
                  - {id: peter, name: Peter Gibbons, email: peter@initech.example}
                slack:
                  channels:
                    - {name: general, members: everyone}
                  tokens:
                    bot:
                      scopes: [canvases:read, canvases:write, channels:read, channels:manage, files:read, chat:write]
                """));
        bot = slack.bot();
    }

    private static CanvasDocumentContent markdown(String md) {
        return CanvasDocumentContent.builder().markdown(md).build();
    }

    private static List<String> sections(String canvasId, String text) throws Exception {
        var found = bot.canvasesSectionsLookup(r -> r.canvasId(canvasId).criteria(
                CanvasesSectionsLookupRequest.Criteria.builder()
                        .sectionTypes(List.of(CanvasDocumentSectionType.H2)).containsText(text).build()));
        assertTrue(found.isOk(), found.getError());
        return found.getSections().stream().map(s -> s.getId()).toList();
    }

    @Test
    void aStandaloneCanvasIsFoundByItsSectionsEditedSharedAndDeleted() throws Exception {
        var created = bot.canvasesCreate(r -> r.title("Q3 plan")
                .documentContent(markdown("# Plan\n\n## Before\n**foo** _bar_\n")));
        assertTrue(created.isOk(), created.getError());
        String id = created.getCanvasId();
        assertTrue(id.startsWith("F"));

        List<String> before = sections(id, "before");
        assertEquals(1, before.size());
        assertTrue(before.get(0).startsWith("temp:C:"));
        assertEquals(List.of(), sections(id, "Plan")); // an h1, not an h2

        var edit = bot.canvasesEdit(r -> r.canvasId(id).changes(List.of(CanvasDocumentChange.builder()
                .sectionId(before.get(0)).operation(CanvasEditOperation.REPLACE)
                .documentContent(markdown("## After")).build())));
        assertTrue(edit.isOk(), edit.getError());
        assertEquals(List.of(), sections(id, "Before"));
        assertEquals(1, sections(id, "After").size());

        var info = bot.filesInfo(r -> r.file(id));
        assertTrue(info.isOk(), info.getError());
        assertEquals("Q3 plan", info.getFile().getTitle());
        assertEquals("quip", info.getFile().getFiletype());
        assertNotNull(info.getFile().getPermalink());

        String peter = slack.userId("peter");
        assertTrue(bot.canvasesAccessSet(r -> r.canvasId(id).accessLevel(CanvasDocumentAccessLevel.WRITE)
                .userIds(List.of(peter))).isOk());
        assertEquals("invalid_parameters", bot.canvasesAccessSet(r -> r.canvasId(id)
                .accessLevel(CanvasDocumentAccessLevel.READ).userIds(List.of(peter))
                .channelIds(List.of(slack.channelId("general")))).getError());
        assertEquals("user_not_found", bot.canvasesAccessSet(r -> r.canvasId(id)
                .accessLevel(CanvasDocumentAccessLevel.READ).userIds(List.of("U404"))).getError());
        assertTrue(bot.canvasesAccessDelete(r -> r.canvasId(id).userIds(List.of(peter))).isOk());

        assertTrue(bot.canvasesDelete(r -> r.canvasId(id)).isOk());
        assertEquals("canvas_not_found", bot.canvasesDelete(r -> r.canvasId(id)).getError());
        assertEquals("file_not_found", bot.filesInfo(r -> r.file(id)).getError());
    }

    @Test
    void contentOfAnotherTypeIsInvalidArguments() throws Exception {
        var created = bot.canvasesCreate(r -> r.title("t")
                .documentContent(CanvasDocumentContent.builder().markdown("x").type("html").build()));
        assertEquals("invalid_arguments", created.getError());
    }

    @Test
    void aChannelHasOneCanvasAndNestedListsOfAnotherKindAreRefusedWithADetail() throws Exception {
        var channel = bot.conversationsCreate(r -> r.name("canvas-room"));
        assertTrue(channel.isOk(), channel.getError());
        String channelId = channel.getChannel().getId();

        var refused = bot.conversationsCanvasesCreate(r -> r.channelId(channelId)
                .documentContent(markdown("1. Text\n    * Nested")));
        assertFalse(refused.isOk());
        assertEquals("canvas_creation_failed", refused.getError());
        assertTrue(refused.getDetail().contains("Unsupported list type"), refused.getDetail());

        var created = bot.conversationsCanvasesCreate(r -> r.channelId(channelId)
                .documentContent(markdown("1. One\n    1. One and a half\n2. Two")));
        assertTrue(created.isOk(), created.getError());
        assertEquals("channel_canvas_already_exists",
                bot.conversationsCanvasesCreate(r -> r.channelId(channelId)).getError());
        assertTrue(bot.filesInfo(r -> r.file(created.getCanvasId())).getFile().getChannels().contains(channelId));

        // this version of the SDK's CanvasesEditResponse has no detail field (its strict parsing refuses it)
        var raw = SlackFixture.json(slack.post(slack.baseUrl() + "canvases.edit", "application/json",
                Json.object().put("canvas_id", created.getCanvasId()).set("changes", Json.parse("""
                        [{"operation": "replace", "document_content": {"type": "markdown", "markdown": "- a\\n  1. b"}}]
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8))).toString(),
                "Authorization", "Bearer " + slack.slack.get("botToken").asText()));
        assertEquals("canvas_editing_failed", raw.path("error").asText());
        assertTrue(raw.path("detail").asText().contains("Unsupported list type"), raw.toString());
        assertEquals("channel_not_found", bot.conversationsCanvasesCreate(r -> r.channelId("C404")).getError());
    }
}
