package dev.dtu.twins.jira.model.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.jira.model.Adf;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Wiki markup to ADF and back: for any document of the kinds v2 writes (headings, marks, links, mentions, code blocks,
 * lists, tables, panels, quotes, rules, hard breaks), the markup written for it reads back as the same document, and
 * that markup reads and writes back as itself.
 */
class WikiRoundTripPropertyTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> MARKS = List.of("strong", "em", "strike", "underline");
    private static final String PLAIN = "abcxyz019 ";
    private static final String SPECIAL = "*_-+[]{}|~^!.,:?";

    @Property(tries = 400)
    void markupReadsBackAsTheSameDocument(@ForAll long seed) {
        ObjectNode doc = new Docs(new Random(seed)).document();
        String wiki = Wiki.fromAdf(doc);
        ObjectNode back = Wiki.toAdf(wiki, id -> "@" + id);
        assertEquals(doc, back, () -> "markup:\n" + wiki);
        assertEquals(wiki, Wiki.fromAdf(back));
        assertTrue(Adf.isDocument(back), back::toString);
    }

    /** Random documents from one seed. */
    private record Docs(Random r) {
        ObjectNode document() {
            ObjectNode doc = F.objectNode().put("type", "doc").put("version", 1);
            ArrayNode content = doc.putArray("content");
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                content.add(block(true));
            }
            return doc;
        }

        ObjectNode block(boolean top) {
            int kind = top ? r.nextInt(9) : r.nextInt(2);
            return switch (kind) {
                case 0, 1 -> paragraph(true);
                case 2 -> {
                    ObjectNode h = F.objectNode().put("type", "heading");
                    h.putObject("attrs").put("level", 1 + r.nextInt(6));
                    h.set("content", inline(false));
                    yield h;
                }
                case 3 -> list(r.nextBoolean(), true);
                case 4 -> code();
                case 5 -> F.objectNode().put("type", "rule");
                case 6 -> container("panel");
                case 7 -> container("blockquote");
                default -> table();
            };
        }

        ObjectNode paragraph(boolean breaks) {
            ObjectNode p = F.objectNode().put("type", "paragraph");
            p.set("content", inline(breaks));
            return p;
        }

        ObjectNode list(boolean ordered, boolean nest) {
            ObjectNode list = F.objectNode().put("type", ordered ? "orderedList" : "bulletList");
            if (ordered) {
                list.putObject("attrs").put("order", 1);
            }
            ArrayNode items = list.putArray("content");
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                ArrayNode item = items.addObject().put("type", "listItem").putArray("content");
                item.add(paragraph(false));
                if (nest && r.nextInt(4) == 0) {
                    item.add(list(r.nextBoolean(), false));
                }
            }
            return list;
        }

        ObjectNode code() {
            ObjectNode code = F.objectNode().put("type", "codeBlock");
            if (r.nextBoolean()) {
                code.putObject("attrs").put("language", r.nextBoolean() ? "java" : "python");
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                lines.add(word() + " = " + word() + "*" + word() + ";");
            }
            code.putArray("content").addObject().put("type", "text").put("text", String.join("\n", lines));
            return code;
        }

        ObjectNode container(String type) {
            ObjectNode c = F.objectNode().put("type", type);
            if (type.equals("panel")) {
                c.putObject("attrs").put("panelType", List.of("info", "note", "success", "warning", "error").get(r.nextInt(5)));
            }
            ArrayNode content = c.putArray("content");
            for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                content.add(paragraph(true));
            }
            return c;
        }

        ObjectNode table() {
            ObjectNode t = F.objectNode().put("type", "table");
            t.putObject("attrs").put("isNumberColumnEnabled", false).put("layout", "default");
            ArrayNode rows = t.putArray("content");
            int cols = 1 + r.nextInt(3);
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                ArrayNode cells = rows.addObject().put("type", "tableRow").putArray("content");
                for (int j = 0; j < cols; j++) {
                    ObjectNode cell = cells.addObject().put("type", i == 0 && r.nextBoolean() ? "tableHeader" : "tableCell");
                    cell.putObject("attrs");
                    cell.putArray("content").add(paragraph(false));
                }
            }
            return t;
        }

        /** Segments (plain text, marked words, links, mentions, hard breaks) with a space between each two. */
        ArrayNode inline(boolean breaks) {
            ArrayNode out = F.arrayNode();
            for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
                if (i > 0) {
                    if (breaks && r.nextInt(5) == 0) {
                        out.addObject().put("type", "hardBreak");
                    } else {
                        text(out, " ", List.of());
                    }
                }
                switch (r.nextInt(6)) {
                    case 0 -> {
                        ObjectNode m = out.addObject().put("type", "mention");
                        String id = "5b10a" + r.nextInt(1000);
                        m.putObject("attrs").put("id", id).put("text", "@" + id).put("accessLevel", "");
                    }
                    case 1, 2 -> text(out, plain(), List.of());
                    default -> text(out, word(), marks());
                }
            }
            return out;
        }

        List<ObjectNode> marks() {
            List<ObjectNode> marks = new ArrayList<>();
            if (r.nextInt(4) == 0) {
                ObjectNode link = F.objectNode().put("type", "link");
                link.putObject("attrs").put("href", "https://example.com/" + word());
                marks.add(link);
            }
            for (String m : MARKS) {
                if (r.nextInt(3) == 0) {
                    marks.add(F.objectNode().put("type", m));
                }
            }
            if (r.nextInt(4) == 0) {
                marks.add(F.objectNode().put("type", "code"));
            }
            return marks;
        }

        /** A text node; joins the one before when its marks are the same (as parsed documents are). */
        void text(ArrayNode out, String text, List<ObjectNode> marks) {
            ArrayNode marksNode = F.arrayNode();
            marks.forEach(marksNode::add);
            if (!out.isEmpty() && out.get(out.size() - 1).path("type").asText().equals("text")
                    && out.get(out.size() - 1).path("marks").equals(marks.isEmpty() ? F.missingNode() : marksNode)) {
                ObjectNode last = (ObjectNode) out.get(out.size() - 1);
                last.put("text", last.path("text").asText() + text);
                return;
            }
            ObjectNode t = out.addObject().put("type", "text").put("text", text);
            if (!marks.isEmpty()) {
                t.set("marks", marksNode);
            }
        }

        String word() {
            StringBuilder w = new StringBuilder();
            for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                w.append(PLAIN.charAt(r.nextInt(PLAIN.length() - 1)));
            }
            return w.toString();
        }

        /** Words with wiki's special characters among them, which must stay plain text. */
        String plain() {
            StringBuilder w = new StringBuilder(word());
            for (int i = 0, n = r.nextInt(4); i < n; i++) {
                w.append(r.nextBoolean() ? SPECIAL.charAt(r.nextInt(SPECIAL.length())) : ' ').append(word());
            }
            return w.toString();
        }
    }
}
