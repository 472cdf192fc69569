package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import org.junit.jupiter.api.Test;

class AdfTest {
    private static boolean valid(String json) {
        return Adf.isDocument(Json.parse(json.getBytes()));
    }

    @Test
    void acceptsDocumentsWithBlocksInlinesAndMarks() {
        assertTrue(valid("""
                {"type":"doc","version":1,"content":[
                  {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Title"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"bold","marks":[{"type":"strong"}]},{"type":"hardBreak"},
                    {"type":"text","text":"site","marks":[{"type":"link","attrs":{"href":"https://x.example"}}]}]},
                  {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"a"}]}]}]},
                  {"type":"rule"}]}"""));
        assertTrue(valid("{\"type\":\"doc\",\"version\":1,\"content\":[]}"));
    }

    @Test
    void rejectsWhatJiraRejects() {
        assertFalse(valid("\"plain text\""));
        assertFalse(valid("{\"type\":\"doc\",\"content\":[]}"), "version is required");
        assertFalse(valid("{\"type\":\"doc\",\"version\":2,\"content\":[]}"));
        assertFalse(valid("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"text\",\"text\":\"bare\"}]}"), "text must sit in a block");
        assertFalse(valid("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"\"}]}]}"));
        assertFalse(valid("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"heading\",\"attrs\":{\"level\":7},\"content\":[]}]}"));
        assertFalse(valid("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"x\",\"marks\":[{\"type\":\"blink\"}]}]}]}"));
        assertFalse(valid("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"marquee\"}]}"));
    }

    @Test
    void rendersPlainTextAndEscapedHtml() {
        var doc = Json.parse("""
                {"type":"doc","version":1,"content":[
                  {"type":"paragraph","content":[{"type":"text","text":"a < b","marks":[{"type":"em"}]}]},
                  {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"}]}]}]}]}"""
                .getBytes());
        assertEquals("a < b\n- one", Adf.plainText(doc));
        assertEquals("<p><em>a &lt; b</em></p><ul><li><p>one</p></li></ul>", Adf.html(doc));
        assertEquals("line one\nline two", Adf.plainText(Adf.fromText("line one\n\nline two")));
        assertTrue(Adf.isDocument(Adf.fromText("x")));
    }
}
