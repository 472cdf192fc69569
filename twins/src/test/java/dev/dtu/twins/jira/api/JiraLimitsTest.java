package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #15 items 1, 5 and 6 through Jira's own routes: deep or huge input gets Jira's 400, never a stall. */
class JiraLimitsTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    private Reply search(String jql) {
        ObjectNode body = Json.object().put("jql", jql);
        body.putArray("fields").add("key");
        return site.post("/rest/api/3/search/jql", body.toString());
    }

    private static List<String> keys(JsonNode answer) {
        List<String> keys = new ArrayList<>();
        answer.path("issues").forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }

    private Reply create(String summary, JsonNode description) {
        ObjectNode fields = Json.object();
        fields.putObject("project").put("key", "SUP");
        fields.putObject("issuetype").put("name", "Task");
        fields.put("summary", summary);
        if (description != null) {
            fields.set("description", description);
        }
        ObjectNode body = Json.object();
        body.set("fields", fields);
        return site.post("/rest/api/3/issue", body.toString());
    }

    @Test
    void tenThousandNotsAndTwentyThousandParenthesesAreJqlSyntaxErrors() {
        for (String jql : List.of("NOT ".repeat(10_000) + "project = SUP",
                "(".repeat(20_000) + "project = SUP" + ")".repeat(20_000))) {
            Reply r = search(jql);
            assertEquals(400, r.status(), r.body());
            assertTrue(r.json().path("errorMessages").get(0).asText().startsWith("Error in the JQL Query: "), r.body());
        }
        assertEquals(200, search("(".repeat(100) + "project = SUP" + ")".repeat(100)).status());
    }

    @Test
    void wildcardTextSearchOverLongSummariesAnswersByTokens() {
        String key = create("a".repeat(200), null).json().path("key").asText();
        assertEquals(List.of(), keys(search("summary ~ \"a*a*a*a*a*a*a*a*a*a*a*a*c\"").json()));
        assertEquals(List.of(key), keys(search("summary ~ \"a*a*a*a*a*a*a*a*a*a*a*a*a\"").json()));
        Reply leading = search("summary ~ \"*a\"");
        assertEquals(400, leading.status());
        assertEquals("The text query '*a' for field 'summary' is not allowed to start with '*'.",
                leading.json().path("errorMessages").get(0).asText());
    }

    @Test
    void fieldLengthsAreJirasLimits() {
        Reply summary = create("s".repeat(256), null);
        assertEquals(400, summary.status());
        assertEquals("Summary must be less than 255 characters.", summary.json().path("errors").path("summary").asText());
        Reply description = create("long description", paragraph("d".repeat(32_768)));
        assertEquals(400, description.status(), description.body());
        assertEquals("The entered text is too long. It exceeds the allowed limit of 32767 characters.",
                description.json().path("errors").path("description").asText());
        assertEquals(201, create("fits", paragraph("d".repeat(32_767))).status());
    }

    @Test
    void documentsNestedBeyondTheBoundAreInvalidAdf() {
        Reply deep = create("deep", nestedLists(150));
        assertEquals(400, deep.status(), deep.body());
        assertEquals("Operation value must be an Atlassian Document (see the Atlassian Document Format)",
                deep.json().path("errors").path("description").asText());
        assertEquals(201, create("shallow", nestedLists(20)).status());
    }

    private static JsonNode paragraph(String text) {
        ObjectNode doc = Json.object().put("type", "doc").put("version", 1);
        doc.putArray("content").addObject().put("type", "paragraph")
                .putArray("content").addObject().put("type", "text").put("text", text);
        return doc;
    }

    /** bulletList > listItem > bulletList > … : two ADF levels per list. */
    private static JsonNode nestedLists(int lists) {
        ObjectNode doc = Json.object().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (int i = 0; i < lists; i++) {
            ObjectNode list = content.addObject().put("type", "bulletList");
            ObjectNode item = list.putArray("content").addObject().put("type", "listItem");
            content = item.putArray("content");
            content.addObject().put("type", "paragraph")
                    .putArray("content").addObject().put("type", "text").put("text", "level " + i);
        }
        return doc;
    }
}
