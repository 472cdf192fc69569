package dev.dtu.twins.slack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.Collections;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Slack's view payload rules as properties: lengths and counts at and past their limits, and any text at all. */
class ViewPayloadPropertyTest {
    private static String modal(String title, int blocks) {
        return "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":" + Json.text(TextNode.valueOf(title))
                + "},\"blocks\":[" + String.join(",", Collections.nCopies(blocks, "{\"type\":\"divider\"}")) + "]}";
    }

    @Property(tries = 200)
    void titlesUpToTwentyFourCharactersPassLongerOnesFail(@ForAll @AlphaChars @StringLength(min = 1, max = 60) String title) {
        TextNode view = TextNode.valueOf(modal(title, 1));
        if (title.length() <= ViewPayload.MAX_TEXT) {
            assertEquals(title, ViewPayload.parse(view).at("/title/text").asText());
        } else {
            var e = assertThrows(SlackError.InvalidArguments.class, () -> ViewPayload.parse(view));
            assertEquals("[ERROR] must be less than 25 characters [json-pointer:/view/title/text]", e.messages().get(0));
        }
    }

    @Property(tries = 50)
    void upToAHundredBlocks(@ForAll @IntRange(min = 0, max = 130) int blocks) {
        TextNode view = TextNode.valueOf(modal("Blocks", blocks));
        if (blocks <= ViewPayload.MAX_BLOCKS) {
            assertEquals(blocks, ViewPayload.parse(view).get("blocks").size());
        } else {
            assertEquals("invalid_arguments", assertThrows(SlackError.class, () -> ViewPayload.parse(view)).code());
        }
    }

    @Property(tries = 300)
    void anyTextIsAViewOrSlacksError(@ForAll String text) {
        try {
            ViewPayload.parse(TextNode.valueOf(text));
        } catch (SlackError e) {
            assertEquals(true, e.code().equals("invalid_arguments") || e.code().equals("view_too_large"), e.code());
        }
    }
}
