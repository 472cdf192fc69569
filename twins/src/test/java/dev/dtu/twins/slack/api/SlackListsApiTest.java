package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import java.util.Map;
import okhttp3.FormBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * slackLists.* through the official Java SDK's form client (the SDK version the project pins, 1.45.4, has no typed
 * slackLists methods yet; the form and the bearer token are the SDK's, as its typed methods send them).
 */
class SlackListsApiTest {
    static SlackFixture slack;
    static String bot;
    static String milton;

    private static final String SCHEMA = """
            [{"key":"task_name","name":"Task Name","type":"text","is_primary_column":true},
             {"key":"status","name":"Status","type":"select","is_primary_column":false,
              "options":{"choices":[{"value":"todo","label":"To do","color":"red"},
                                    {"value":"done","label":"Done","color":"green"}]}},
             {"key":"assignee","name":"Assignee","type":"user","is_primary_column":false}]""";

    @BeforeAll
    static void universe() {
        slack = SlackFixture.initech("""
                channels:
                  - {name: general, members: [peter, bot]}
                tokens:
                  bot: {scopes: [lists:read, lists:write]}
                  users:
                    - {person: milton, scopes: [lists:read, lists:write]}
                """);
        bot = slack.slack.get("botToken").asText();
        milton = slack.slack.get("userToken").asText();
    }

    static JsonNode call(String token, String method, Map<String, String> args) throws Exception {
        FormBody.Builder form = new FormBody.Builder();
        args.forEach(form::add);
        try (var response = slack.sdk.methods().runPostFormWithToken(form, method, token)) {
            return Json.parse(response.body().bytes());
        }
    }

    static JsonNode bot(String method, Map<String, String> args) throws Exception {
        return call(bot, method, args);
    }

    private static String text(String s) {
        return "[{\"type\":\"rich_text\",\"elements\":[{\"type\":\"rich_text_section\",\"elements\":"
                + "[{\"type\":\"text\",\"text\":\"" + s + "\"}]}]}]";
    }

    private static String column(JsonNode created, String key) {
        for (JsonNode c : created.path("list_metadata").path("schema")) {
            if (c.path("key").asText().equals(key)) {
                return c.path("id").asText();
            }
        }
        throw new AssertionError("no column " + key + " in " + created);
    }

    @Test
    void aListIsCreatedFilledUpdatedExportedAndEmptied() throws Exception {
        JsonNode created = bot("slackLists.create", Map.of("name", "Tasks", "schema", SCHEMA));
        assertTrue(created.path("ok").asBoolean(), created.toString());
        String list = created.path("list_id").asText();
        assertTrue(list.startsWith("F"), list);
        String name = column(created, "task_name");
        String status = column(created, "status");

        JsonNode item = bot("slackLists.items.create", Map.of("list_id", list, "initial_fields",
                "[{\"column_id\":\"" + name + "\",\"rich_text\":" + text("Test task item") + "}]"));
        assertTrue(item.path("ok").asBoolean(), item.toString());
        JsonNode field = item.path("item").path("fields").get(0);
        assertEquals(name, field.path("column_id").asText());
        assertEquals("Test task item", field.path("text").asText());
        String row = item.path("item").path("id").asText();

        JsonNode updated = bot("slackLists.items.update", Map.of("list_id", list, "cells",
                "[{\"row_id\":\"" + row + "\",\"column_id\":\"" + status + "\",\"select\":[\"done\"]},"
                        + "{\"row_id\":\"" + row + "\",\"column_id\":\"" + name + "\",\"rich_text\":" + text("new name") + "}]"));
        assertTrue(updated.path("ok").asBoolean(), updated.toString());
        JsonNode info = bot("slackLists.items.info", Map.of("list_id", list, "id", row));
        assertEquals("Tasks", info.path("list").path("name").asText());
        assertEquals(2, info.path("record").path("fields").size());
        assertTrue(info.path("record").path("fields").toString().contains("new name"));
        assertTrue(info.path("record").path("fields").toString().contains("[\"done\"]"));

        JsonNode job = bot("slackLists.download.start", Map.of("list_id", list));
        JsonNode download = bot("slackLists.download.get", Map.of("list_id", list, "job_id", job.path("job_id").asText()));
        assertTrue(download.path("ok").asBoolean(), download.toString());
        var csv = slack.get(download.path("download_url").asText(), "Authorization", "Bearer " + bot);
        assertEquals(200, csv.statusCode());
        assertEquals("Task Name,Status,Assignee\r\nnew name,done,\r\n", csv.body());

        JsonNode second = bot("slackLists.items.create", Map.of("list_id", list));
        assertEquals(2, bot("slackLists.items.list", Map.of("list_id", list)).path("items").size());
        JsonNode page = bot("slackLists.items.list", Map.of("list_id", list, "limit", "1"));
        assertEquals(1, page.path("items").size());
        assertFalse(page.path("response_metadata").path("next_cursor").asText().isEmpty());
        assertTrue(bot("slackLists.items.deleteMultiple", Map.of("list_id", list,
                "ids", "[\"" + row + "\",\"" + second.path("item").path("id").asText() + "\"]")).path("ok").asBoolean());
        assertEquals(0, bot("slackLists.items.list", Map.of("list_id", list)).path("items").size());
        assertEquals("record_not_found", bot("slackLists.items.delete", Map.of("list_id", list, "id", row))
                .path("error").asText());
    }

    @Test
    void cellsAreCheckedAgainstTheirColumns() throws Exception {
        JsonNode created = bot("slackLists.create", Map.of("name", "Checked", "schema", SCHEMA));
        String list = created.path("list_id").asText();
        String status = column(created, "status");
        String assignee = column(created, "assignee");
        assertEquals("invalid_column_id", bot("slackLists.items.create", Map.of("list_id", list,
                "initial_fields", "[{\"column_id\":\"Col999\",\"rich_text\":" + text("x") + "}]")).path("error").asText());
        assertEquals("invalid_input_type", bot("slackLists.items.create", Map.of("list_id", list,
                "initial_fields", "[{\"column_id\":\"" + status + "\",\"rich_text\":" + text("x") + "}]"))
                .path("error").asText());
        assertEquals("invalid_option_id", bot("slackLists.items.create", Map.of("list_id", list,
                "initial_fields", "[{\"column_id\":\"" + status + "\",\"select\":[\"later\"]}]")).path("error").asText());
        assertEquals("user_not_found", bot("slackLists.items.create", Map.of("list_id", list,
                "initial_fields", "[{\"column_id\":\"" + assignee + "\",\"user\":[\"U404\"]}]")).path("error").asText());
        assertEquals("row_id_not_provided", bot("slackLists.items.update", Map.of("list_id", list,
                "cells", "[{\"column_id\":\"" + status + "\",\"select\":[\"done\"]}]")).path("error").asText());
        assertEquals("list_not_found", bot("slackLists.items.list", Map.of("list_id", "F404")).path("error").asText());
    }

    @Test
    void theSchemaNeedsOnePrimaryTextColumnAndTodoModeAddsItsColumns() throws Exception {
        assertEquals("invalid_primary_column", bot("slackLists.create", Map.of("name", "x",
                "schema", "[{\"key\":\"a\",\"name\":\"A\",\"type\":\"text\"}]")).path("error").asText());
        assertEquals("invalid_primary_column", bot("slackLists.create", Map.of("name", "x",
                "schema", "[{\"key\":\"a\",\"name\":\"A\",\"type\":\"date\",\"is_primary_column\":true}]"))
                .path("error").asText());
        assertEquals("invalid_column_type", bot("slackLists.create", Map.of("name", "x",
                "schema", "[{\"key\":\"a\",\"name\":\"A\",\"type\":\"hologram\",\"is_primary_column\":true}]"))
                .path("error").asText());
        assertEquals("invalid_arguments", bot("slackLists.create", Map.of()).path("error").asText());

        JsonNode todo = bot("slackLists.create", Map.of("name", "Todo", "todo_mode", "true"));
        assertTrue(todo.path("ok").asBoolean(), todo.toString());
        assertEquals(4, todo.path("list_metadata").path("schema").size());
        assertTrue(todo.path("list_metadata").path("schema").toString().contains("todo_assignee"));
        String list = todo.path("list_id").asText();
        assertEquals("missing_arguments", bot("slackLists.update", Map.of("id", list)).path("error").asText());
        assertTrue(bot("slackLists.update", Map.of("id", list, "name", "Renamed")).path("ok").asBoolean());
    }

    @Test
    void othersSeeAListOnlyOnceAccessIsGiven() throws Exception {
        String list = bot("slackLists.create", Map.of("name", "Private")).path("list_id").asText();
        assertEquals("list_not_found", call(milton, "slackLists.items.list", Map.of("list_id", list))
                .path("error").asText());
        assertEquals("invalid_parameters", bot("slackLists.access.set", Map.of("list_id", list,
                "access_level", "read")).path("error").asText());
        String miltonId = slack.userId("milton");
        assertTrue(bot("slackLists.access.set", Map.of("list_id", list, "access_level", "read",
                "user_ids", "[\"" + miltonId + "\"]")).path("ok").asBoolean());
        assertTrue(call(milton, "slackLists.items.list", Map.of("list_id", list)).path("ok").asBoolean());
        assertEquals("permission_denied", call(milton, "slackLists.items.create", Map.of("list_id", list))
                .path("error").asText());
        assertTrue(bot("slackLists.access.set", Map.of("list_id", list, "access_level", "write",
                "channel_ids", "[\"" + slack.channelId("general") + "\"]")).path("ok").asBoolean());
        assertTrue(bot("slackLists.access.delete", Map.of("list_id", list,
                "user_ids", "[\"" + miltonId + "\"]")).path("ok").asBoolean());
        assertEquals("list_not_found", call(milton, "slackLists.items.list", Map.of("list_id", list))
                .path("error").asText());
        SlackFixture other = SlackFixture.withBotScopes("chat:write");
        try (var refused = other.sdk.methods().runPostFormWithToken(new FormBody.Builder().add("name", "x"),
                "slackLists.create", other.slack.get("botToken").asText())) {
            assertEquals("missing_scope", Json.parse(refused.body().bytes()).path("error").asText());
        }
    }
}
