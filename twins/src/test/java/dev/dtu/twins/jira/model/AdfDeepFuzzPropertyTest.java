package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15 item 5: ADF documents of any depth (built in memory, past what a JSON parser would accept) are
 * judged valid or invalid, and valid ones render as text and HTML, without throwing.
 */
class AdfDeepFuzzPropertyTest {
    private static final List<String> TYPES = List.of("bulletList", "listItem", "paragraph", "blockquote", "panel",
            "orderedList", "heading", "codeBlock", "table", "text");

    @Property(tries = 150)
    void deepDocumentsAreJudgedWithoutThrowing(@ForAll("typePaths") List<Integer> path) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (int i : path) {
            ObjectNode node = content.addObject().put("type", TYPES.get(i));
            node.putObject("attrs").put("level", 1);
            content = node.putArray("content");
        }
        content.addObject().put("type", "text").put("text", "leaf");
        if (Adf.isDocument(doc)) {
            assertNotNull(Adf.plainText(doc));
            assertNotNull(Adf.html(doc));
        }
    }

    @Property(tries = 150)
    void theClosestDocumentOfAnyDocumentIsValid(@ForAll("typePaths") List<Integer> path) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (int i : path) {
            ObjectNode node = content.addObject().put("type", TYPES.get(i));
            node.putObject("attrs").put("level", 1);
            content = node.putArray("content");
        }
        content.addObject().put("type", "taskItem").putArray("content").addObject().put("type", "text").put("text", "leaf");
        org.junit.jupiter.api.Assertions.assertTrue(Adf.isDocument(Adf.closestDocument(doc)));
    }

    @Provide
    Arbitrary<List<Integer>> typePaths() {
        Arbitrary<Integer> type = Arbitraries.integers().between(0, TYPES.size() - 1);
        Arbitrary<List<Integer>> nestedLists = Arbitraries.integers().between(0, 5_000)
                .map(n -> java.util.stream.IntStream.range(0, 2 * n).map(i -> i % 2).boxed().toList());
        return Arbitraries.oneOf(type.list().ofMaxSize(300), nestedLists);
    }
}
