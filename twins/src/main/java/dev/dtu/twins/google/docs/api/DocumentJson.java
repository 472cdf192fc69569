package dev.dtu.twins.google.docs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.docs.model.DocNamedRange;
import dev.dtu.twins.google.docs.model.Document;
import dev.dtu.twins.google.docs.model.Paragraph;
import dev.dtu.twins.google.docs.model.TextRun;

/** The Docs API Document resource with Google's UTF-16 start and end indexes. */
final class DocumentJson {
    private DocumentJson() {}

    static ObjectNode of(Document d, String title, String suggestionsViewMode) {
        ObjectNode o = Json.object().put("title", title);
        ArrayNode content = o.putObject("body").putArray("content");
        ObjectNode sectionBreak = content.addObject().put("endIndex", 1).putObject("sectionBreak");
        sectionBreak.putObject("sectionStyle").put("columnSeparatorStyle", "NONE")
                .put("contentDirection", "LEFT_TO_RIGHT").put("sectionType", "CONTINUOUS");
        int index = 1;
        for (Paragraph p : d.paragraphs()) {
            index = paragraph(content.addObject(), p, index, d);
        }
        documentStyle(o.putObject("documentStyle"));
        namedStyles(o.putObject("namedStyles").putArray("styles"));
        if (!d.lists().isEmpty()) {
            ObjectNode lists = o.putObject("lists");
            d.lists().forEach(lists::set);
        }
        if (!d.namedRanges().isEmpty()) {
            ObjectNode named = o.putObject("namedRanges");
            for (DocNamedRange r : d.namedRanges()) {
                ObjectNode group = named.has(r.name()) ? (ObjectNode) named.get(r.name())
                        : named.putObject(r.name()).put("name", r.name());
                ArrayNode list = group.has("namedRanges") ? (ArrayNode) group.get("namedRanges") : group.putArray("namedRanges");
                ObjectNode one = list.addObject().put("namedRangeId", r.namedRangeId()).put("name", r.name());
                one.putArray("ranges").addObject().put("startIndex", r.startIndex()).put("endIndex", r.endIndex());
            }
        }
        o.put("revisionId", d.revisionId()).put("suggestionsViewMode", suggestionsViewMode)
                .put("documentId", d.documentId());
        return o;
    }

    private static int paragraph(ObjectNode element, Paragraph p, int start, Document d) {
        int end = start + p.text().length();
        element.put("startIndex", start).put("endIndex", end);
        ObjectNode paragraph = element.putObject("paragraph");
        ArrayNode elements = paragraph.putArray("elements");
        int index = start;
        for (TextRun r : p.runs()) {
            ObjectNode e = elements.addObject().put("startIndex", index).put("endIndex", index + r.content().length());
            if (r.pageBreak()) {
                e.putObject("pageBreak").set("textStyle", style(r.textStyle()));
            } else {
                e.putObject("textRun").put("content", r.content()).set("textStyle", style(r.textStyle()));
            }
            index += r.content().length();
        }
        ObjectNode ps = p.paragraphStyle() == null ? Json.object() : ((ObjectNode) p.paragraphStyle()).deepCopy();
        String named = ps.path("namedStyleType").asText("NORMAL_TEXT");
        if (named.startsWith("HEADING_") || named.equals("TITLE") || named.equals("SUBTITLE")) {
            ps.put("headingId", "h." + Integer.toHexString((d.documentId() + ":" + start + p.text()).hashCode() & 0xfffffff));
        }
        paragraph.set("paragraphStyle", ps);
        if (p.bullet() != null) {
            ObjectNode bullet = paragraph.putObject("bullet").put("listId", p.bullet().listId());
            if (p.bullet().nestingLevel() > 0) {
                bullet.put("nestingLevel", p.bullet().nestingLevel());
            }
            bullet.putObject("textStyle");
        }
        return end;
    }

    private static JsonNode style(JsonNode s) {
        return s == null ? Json.object() : s;
    }

    private static void documentStyle(ObjectNode s) {
        s.putObject("background").putObject("color");
        s.put("pageNumberStart", 1);
        s.putObject("marginTop").put("magnitude", 72).put("unit", "PT");
        s.putObject("marginBottom").put("magnitude", 72).put("unit", "PT");
        s.putObject("marginRight").put("magnitude", 72).put("unit", "PT");
        s.putObject("marginLeft").put("magnitude", 72).put("unit", "PT");
        ObjectNode size = s.putObject("pageSize");
        size.putObject("height").put("magnitude", 792).put("unit", "PT");
        size.putObject("width").put("magnitude", 612).put("unit", "PT");
    }

    private static void namedStyles(ArrayNode styles) {
        int[] sizes = {20, 16, 14, 12, 11, 11};
        ObjectNode normal = styles.addObject().put("namedStyleType", "NORMAL_TEXT");
        normal.putObject("textStyle").put("bold", false).putObject("fontSize").put("magnitude", 11).put("unit", "PT");
        normal.putObject("paragraphStyle").put("namedStyleType", "NORMAL_TEXT").put("alignment", "START")
                .put("direction", "LEFT_TO_RIGHT");
        for (int level = 1; level <= 6; level++) {
            ObjectNode h = styles.addObject().put("namedStyleType", "HEADING_" + level);
            h.putObject("textStyle").putObject("fontSize").put("magnitude", sizes[level - 1]).put("unit", "PT");
            h.putObject("paragraphStyle").put("namedStyleType", "HEADING_" + level).put("direction", "LEFT_TO_RIGHT");
        }
    }
}
