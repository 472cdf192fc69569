package dev.dtu.recording.seeding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.fidelity.Fidelity;
import dev.dtu.recording.fidelity.FidelityReport;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.RecordedBody;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed is the world before the recording, with the people who made it, and never an id made of a method. */
class RecordingSeederTest {
    private final List<Exchange> exchanges = new ArrayList<>();

    private void record(Vendor vendor, String method, String pathAndQuery, String requestBody, int status, String body) {
        String path = pathAndQuery.replaceAll("\\?.*", "");
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        if (pathAndQuery.contains("?")) {
            for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
                query.computeIfAbsent(pair.split("=")[0], k -> new ArrayList<>()).add(pair.split("=", 2)[1]);
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchanges.add(new Exchange("m" + exchanges.size() + ".json", exchanges.size(), vendor, method, path, query,
                requestBody == null ? null : "application/json",
                requestBody == null ? new byte[0] : requestBody.getBytes(StandardCharsets.UTF_8), "Bearer REDACTED-1",
                status, Map.of("Content-Type", List.of("application/json")),
                new RecordedBody.Inline(bytes, bytes.length == 0 ? null : Json.parse(bytes))));
    }

    private RecordingSeeder.InferredSeed infer() {
        return RecordingSeeder.infer(new Recordings(List.copyOf(exchanges), List.of()));
    }

    @Test
    void aSheetsOnlyRecordingIsSeededWithItsCallerAndNoMethodIsAnId() {
        record(Vendor.GOOGLE, "GET", "/v4/spreadsheets/1sheet", null, 200,
                "{\"spreadsheetId\":\"1sheet\",\"properties\":{\"title\":\"Budget\"},\"sheets\":[{\"properties\":{\"title\":\"Q1\"}}]}");
        record(Vendor.GOOGLE, "POST", "/v4/spreadsheets/1sheet:batchUpdate", "{\"requests\":[]}", 200,
                "{\"spreadsheetId\":\"1sheet\",\"replies\":[]}");
        record(Vendor.GOOGLE, "POST", "/v4/spreadsheets/1sheet/values/Q1!A1:append", "{\"values\":[[\"x\"]]}", 200,
                "{\"spreadsheetId\":\"1sheet\",\"range\":\"Q1!A1\",\"updates\":{}}");
        RecordingSeeder.InferredSeed seed = infer();
        JsonNode sheets = seed.seed().path("google").path("spreadsheets");
        assertEquals(1, sheets.size(), sheets.toString());
        assertEquals("1sheet", sheets.path(0).path("id").asText());
        assertEquals("Recorded caller", seed.seed().path("people").path(0).path("name").asText(), seed.seed().toString());
        assertTrue(seed.notes().stream().anyMatch(n -> n.contains("name nobody")), seed.notes().toString());
    }

    @Test
    void aPartialDriveAnswerLeavesOutWhatItDoesNotShow() {
        record(Vendor.GOOGLE, "GET", "/drive/v3/files?fields=files(id,name)", null, 200,
                "{\"files\":[{\"id\":\"1sheet\",\"name\":\"Budget\"},{\"id\":\"1note\",\"name\":\"notes.txt\"}]}");
        record(Vendor.GOOGLE, "GET", "/v4/spreadsheets/1sheet", null, 200,
                "{\"spreadsheetId\":\"1sheet\",\"properties\":{\"title\":\"Budget\"},\"sheets\":[{\"properties\":{\"title\":\"Q1\"}}]}");
        JsonNode google = infer().seed().path("google");
        assertEquals(1, google.path("spreadsheets").size(), google.toString());
        assertEquals(1, google.path("files").size(), "the spreadsheet is not also a plain file: " + google);
        assertEquals("1note", google.path("files").path(0).path("id").asText());
        assertTrue(google.path("files").path(0).path("mimeType").isMissingNode(), "no guessed type: " + google);
    }

    @Test
    void recordedAdfTheTwinWouldRefuseIsSeededAsTheClosestValidDocument() {
        String description = "{\"type\":\"doc\",\"version\":1,\"content\":["
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Steps\"}]},"
                + "{\"type\":\"taskList\",\"attrs\":{\"localId\":\"t1\"},\"content\":[{\"type\":\"taskItem\","
                + "\"attrs\":{\"localId\":\"i1\",\"state\":\"TODO\"},\"content\":[{\"type\":\"text\",\"text\":\"reboot\"}]}]}]}";
        record(Vendor.JIRA, "GET", "/rest/api/3/issue/OPS-1", null, 200, "{\"id\":\"10001\",\"key\":\"OPS-1\",\"fields\":{"
                + "\"summary\":\"Down\",\"project\":{\"key\":\"OPS\",\"name\":\"Ops\"},\"issuetype\":{\"name\":\"Task\"},"
                + "\"status\":{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}},\"description\":" + description + "}}");
        RecordingSeeder.InferredSeed seed = infer();
        JsonNode seeded = seed.seed().path("jira").path("issues").path(0).path("description");
        assertTrue(dev.dtu.twins.jira.model.Adf.isDocument(seeded), seeded.toString());
        assertEquals("Steps\nreboot", dev.dtu.twins.jira.model.Adf.plainText(seeded));
        assertTrue(seed.notes().stream().anyMatch(n -> n.contains("OPS-1 description")), seed.notes().toString());
    }

    @Test
    void whatTheRecordingCreatedIsNotSeededAndItsCreationReplays() {
        record(Vendor.OKTA, "POST", "/api/v1/users?activate=true",
                "{\"profile\":{\"firstName\":\"New\",\"lastName\":\"Hire\",\"email\":\"new@acme.test\",\"login\":\"new@acme.test\"}}",
                200, user("00unew", "New", "Hire", "new@acme.test"));
        record(Vendor.OKTA, "GET", "/api/v1/users", null, 200,
                "[" + user("00uold", "Old", "Timer", "old@acme.test") + "," + user("00unew", "New", "Hire", "new@acme.test") + "]");
        record(Vendor.JIRA, "POST", "/rest/api/3/issue", "{\"fields\":{}}", 201,
                "{\"id\":\"10002\",\"key\":\"OPS-2\",\"self\":\"https://acme.atlassian.net/rest/api/3/issue/10002\"}");
        record(Vendor.JIRA, "GET", "/rest/api/3/search/jql?jql=project%3DOPS", null, 200,
                "{\"issues\":[" + issue("10001", "OPS-1") + "," + issue("10002", "OPS-2") + "]}");
        record(Vendor.SLACK, "POST", "/api/chat.postMessage", "{\"channel\":\"C1\",\"text\":\"new\"}", 200,
                "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000002.000200\"}");
        record(Vendor.SLACK, "GET", "/api/users.list", null, 200, "{\"ok\":true,\"members\":[{\"id\":\"U1\",\"name\":\"old\","
                + "\"real_name\":\"Old Timer\",\"profile\":{\"email\":\"old@acme.test\",\"real_name\":\"Old Timer\"}}]}");
        record(Vendor.SLACK, "GET", "/api/conversations.list", null, 200,
                "{\"ok\":true,\"channels\":[{\"id\":\"C1\",\"name\":\"general\",\"is_channel\":true}]}");
        record(Vendor.SLACK, "GET", "/api/conversations.history?channel=C1", null, 200,
                "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"new\",\"ts\":\"1700000002.000200\"},"
                        + "{\"type\":\"message\",\"user\":\"U1\",\"text\":\"old\",\"ts\":\"1700000001.000100\"}]}");
        RecordingSeeder.InferredSeed seed = infer();
        List<String> emails = new ArrayList<>();
        seed.seed().path("people").forEach(p -> emails.add(p.path("email").asText()));
        assertTrue(emails.contains("old@acme.test"), emails.toString());
        assertTrue(!emails.contains("new@acme.test"), "created during the recording: " + emails);
        List<String> keys = new ArrayList<>();
        seed.seed().path("jira").path("issues").forEach(i -> keys.add(i.path("key").asText(i.path("summary").asText())));
        assertEquals(1, seed.seed().path("jira").path("issues").size(), seed.seed().path("jira").toString());
        JsonNode messages = seed.seed().path("slack").path("channels").path(0).path("messages");
        assertEquals(1, messages.size(), messages.toString());
        assertEquals("old", messages.path(0).path("text").asText());

        FidelityReport report = Fidelity.measure(new Recordings(List.copyOf(exchanges), List.of()), seed.seed(), seed.notes());
        assertEquals(200, report.results().get(0).twinStatus(), "the user's creation replays: " + report.results().get(0));
    }

    @Test
    void anIssueReadWithoutItsTypeTakesItFromAnotherSightingOrSaysItGuessed() {
        record(Vendor.JIRA, "GET", "/rest/api/3/issue/OPS-1?fields=summary,status,description,labels", null, 200,
                "{\"id\":\"10001\",\"key\":\"OPS-1\",\"fields\":{\"summary\":\"Printer\",\"status\":{\"name\":\"To Do\"},"
                        + "\"labels\":[\"hw\"],\"description\":null}}");
        record(Vendor.JIRA, "GET", "/rest/api/3/search/jql?jql=project%3DOPS&fields=summary,issuetype", null, 200,
                "{\"issues\":[{\"id\":\"10001\",\"key\":\"OPS-1\",\"fields\":{\"summary\":\"Printer\",\"issuetype\":{\"name\":\"Bug\"}}},"
                        + "{\"id\":\"10002\",\"key\":\"OPS-2\",\"fields\":{\"summary\":\"Toner\"}}]}");
        RecordingSeeder.InferredSeed seed = infer();
        JsonNode issues = seed.seed().path("jira").path("issues");
        assertEquals(2, issues.size(), issues.toString());
        assertEquals("Bug", issues.path(0).path("type").asText(), "OPS-1's type from the search, its labels from the read: " + issues);
        assertEquals("hw", issues.path(0).path("labels").path(0).asText(), issues.toString());
        assertEquals("Bug", issues.path(1).path("type").asText(), "OPS-2 never shows a type: the recording's one");
        assertTrue(seed.notes().stream().anyMatch(n -> n.contains("OPS-2") && n.contains("without its issuetype")), seed.notes().toString());
        assertTrue(seed.notes().stream().noneMatch(n -> n.contains("OPS-1 was only read")), seed.notes().toString());
    }

    private static String user(String id, String first, String last, String email) {
        return "{\"id\":\"" + id + "\",\"status\":\"ACTIVE\",\"profile\":{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"email\":\"" + email + "\",\"login\":\"" + email + "\"}}";
    }

    private static String issue(String id, String key) {
        return "{\"id\":\"" + id + "\",\"key\":\"" + key + "\",\"fields\":{\"summary\":\"Issue " + key + "\","
                + "\"project\":{\"key\":\"OPS\",\"name\":\"Ops\"},\"issuetype\":{\"name\":\"Task\"},"
                + "\"status\":{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}}}}";
    }
}
