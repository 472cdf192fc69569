package dev.dtu.twins.google.docs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.docs.model.DocNamedRange;
import dev.dtu.twins.google.docs.model.Document;
import dev.dtu.twins.google.docs.model.Paragraph;
import dev.dtu.twins.google.docs.model.StructuralElement;
import dev.dtu.twins.google.docs.model.Table;
import dev.dtu.twins.google.docs.model.TableCell;
import dev.dtu.twins.google.docs.model.TableRow;
import dev.dtu.twins.google.docs.model.TextRun;
import java.util.List;

/** The Docs API Document resource with Google's UTF-16 start and end indexes. */
final class DocumentJson {
    private DocumentJson() {}

    static ObjectNode of(Document d, String title, String suggestionsViewMode) {
        ObjectNode o = Json.object().put("title", title);
        ArrayNode content = o.putObject("body").putArray("content");
        ObjectNode sectionBreak = content.addObject().put("endIndex", 1).putObject("sectionBreak");
        ObjectNode sectionStyle = sectionBreak.putObject("sectionStyle").put("columnSeparatorStyle", "NONE")
                .put("contentDirection", "LEFT_TO_RIGHT").put("sectionType", "CONTINUOUS");
        dev.dtu.twins.google.docs.model.DocStyles.render(sectionStyle, d, dev.dtu.twins.google.docs.model.DocStyles.SECTION);
        content(content, d.body(), 1, d);
        if (d.header() != null) {
            ObjectNode h = o.putObject("headers").putObject(d.header().headerId()).put("headerId", d.header().headerId());
            content(h.putArray("content"), d.header().content(), 0, d);
        }
        if (d.footer() != null) {
            ObjectNode f = o.putObject("footers").putObject(d.footer().footerId()).put("footerId", d.footer().footerId());
            content(f.putArray("content"), d.footer().content(), 0, d);
        }
        ObjectNode documentStyle = o.putObject("documentStyle");
        if (d.header() != null) {
            documentStyle.put("defaultHeaderId", d.header().headerId());
        }
        if (d.footer() != null) {
            documentStyle.put("defaultFooterId", d.footer().footerId());
        }
        documentStyle(documentStyle);
        dev.dtu.twins.google.docs.model.DocStyles.render(documentStyle, d, dev.dtu.twins.google.docs.model.DocStyles.DOCUMENT);
        namedStyles(o.putObject("namedStyles").putArray("styles"));
        if (!d.lists().isEmpty()) {
            ObjectNode lists = o.putObject("lists");
            d.lists().forEach(lists::set);
        }
        if (!d.namedRanges().isEmpty()) {
            namedRanges(o.putObject("namedRanges"), d);
        }
        if (!d.inlineObjects().isEmpty()) {
            ObjectNode inline = o.putObject("inlineObjects");
            d.inlineObjects().forEach((id, object) -> inline.set(id, object.deepCopy()));
        }
        o.put("revisionId", d.revisionId()).put("suggestionsViewMode", suggestionsViewMode)
                .put("documentId", d.documentId());
        return o;
    }

    private static void namedRanges(ObjectNode named, Document d) {
        for (DocNamedRange r : d.namedRanges()) {
            ObjectNode group = named.has(r.name()) ? (ObjectNode) named.get(r.name())
                    : named.putObject(r.name()).put("name", r.name());
            ArrayNode list = group.has("namedRanges") ? (ArrayNode) group.get("namedRanges") : group.putArray("namedRanges");
            ObjectNode one = list.addObject().put("namedRangeId", r.namedRangeId()).put("name", r.name());
            ObjectNode range = one.putArray("ranges").addObject();
            if (!r.segmentId().isEmpty()) {
                range.put("segmentId", r.segmentId());
            }
            index(range, "startIndex", r.startIndex()).put("endIndex", r.endIndex());
        }
    }

    private static int content(ArrayNode out, List<StructuralElement> elements, int start, Document d) {
        int index = start;
        for (StructuralElement e : elements) {
            ObjectNode element = out.addObject();
            index = e.paragraph() != null ? paragraph(element, e.paragraph(), index, d) : table(element, e.table(), index, d);
        }
        return index;
    }

    // Google leaves out zero values, so a header's first element has no startIndex.
    private static ObjectNode index(ObjectNode o, String name, int value) {
        return value == 0 ? o : o.put(name, value);
    }

    private static int table(ObjectNode element, Table t, int start, Document d) {
        index(element, "startIndex", start).put("endIndex", start + t.size());
        ObjectNode table = element.putObject("table").put("rows", t.rows()).put("columns", t.columns());
        ArrayNode rows = table.putArray("tableRows");
        int index = start + 1;
        for (TableRow r : t.tableRows()) {
            ObjectNode row = rows.addObject().put("startIndex", index).put("endIndex", index + r.size());
            ArrayNode cells = row.putArray("tableCells");
            index++;
            for (TableCell c : r.tableCells()) {
                ObjectNode cell = cells.addObject().put("startIndex", index).put("endIndex", index + c.size());
                index = content(cell.putArray("content"), c.content(), index + 1, d);
                cellStyle(cell.putObject("tableCellStyle"), c.tableCellStyle());
            }
            row.putObject("tableRowStyle").putObject("minRowHeight").put("unit", "PT");
        }
        ArrayNode columns = table.putObject("tableStyle").putArray("tableColumnProperties");
        JsonNode stored = t.tableStyle() == null ? null : t.tableStyle().get("tableColumnProperties");
        for (int c = 0; c < t.columns(); c++) {
            columns.add(stored == null ? Json.object().put("widthType", "EVENLY_DISTRIBUTED") : stored.get(c).deepCopy());
        }
        return start + t.size();
    }

    // A cell covered by a merged cell has spans of 0, which Google leaves out like every zero value.
    private static void cellStyle(ObjectNode style, JsonNode spans) {
        int rowSpan = spans == null ? 1 : spans.path("rowSpan").asInt(1);
        int columnSpan = spans == null ? 1 : spans.path("columnSpan").asInt(1);
        if (rowSpan > 0) {
            style.put("rowSpan", rowSpan).put("columnSpan", columnSpan);
        }
        style.put("contentAlignment", "TOP").putObject("backgroundColor");
    }

    private static int paragraph(ObjectNode element, Paragraph p, int start, Document d) {
        int end = start + p.text().length();
        index(element, "startIndex", start).put("endIndex", end);
        ObjectNode paragraph = element.putObject("paragraph");
        ArrayNode elements = paragraph.putArray("elements");
        int index = start;
        for (TextRun r : p.runs()) {
            ObjectNode e = index(elements.addObject(), "startIndex", index).put("endIndex", index + r.content().length());
            if (r.pageBreak()) {
                e.putObject("pageBreak").set("textStyle", style(r.textStyle()));
            } else if (r.inlineObjectId() != null) {
                e.putObject("inlineObjectElement").put("inlineObjectId", r.inlineObjectId())
                        .set("textStyle", style(r.textStyle()));
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
